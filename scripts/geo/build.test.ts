import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOOKUP } from "../../src/geo/lookup.ts";
import type { Authority } from "../../src/geo/types.ts";
import { buildLookup, type SourceBytes } from "./build.ts";
import { CHANGES } from "./facts.ts";
import { formatLookup } from "./format.ts";
import { EXCERPT_FOLDER, EXCERPT_NUMBERS } from "./make-excerpts.ts";
import { InputError } from "./read.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(join(EXCERPT_FOLDER, name)));

const EXCERPTS: SourceBytes = {
  reasons: fixture("reasons.csv"),
  "clean-la": fixture("clean_la_data.csv"),
  ap: fixture("ap_placements_ap_census.zip"),
  lait: fixture("bds_long_excerpt.csv"),
  las: fixture("las.csv"),
  regions: fixture("regions.csv"),
  police: fixture("police-force-areas.csv"),
};

const EXCERPT_CHANGES = CHANGES.filter((c) => [...c.from, ...c.to].every((n) => EXCERPT_NUMBERS.includes(n)));

const committed = (number: string): Authority | undefined => LOOKUP.authorities.find((a) => a.number === number);

describe("building the lookup from DfE's files", () => {
  it("rebuilds the committed records of the authorities in the excerpts exactly", async () => {
    const { lookup } = await buildLookup(EXCERPTS, EXCERPT_CHANGES);
    expect(lookup.authorities.map((a) => a.number).sort()).toEqual([...EXCERPT_NUMBERS].sort());
    for (const built of lookup.authorities) expect(built).toEqual(committed(built.number));
  });

  it("rebuilds the committed changes between them", async () => {
    const { lookup } = await buildLookup(EXCERPTS, EXCERPT_CHANGES);
    expect(lookup.changes.map((c) => c.id)).toEqual(["2009-bedfordshire", "2013-gateshead-northumberland", "2019-dorset", "2020-buckinghamshire"]);
    for (const built of lookup.changes) expect(built).toEqual(LOOKUP.changes.find((c) => c.id === built.id));
  });

  it("rebuilds the committed regions, police force areas, sources and citations", async () => {
    const { lookup } = await buildLookup(EXCERPTS, EXCERPT_CHANGES);
    const summary = (rs: typeof lookup.regions) => rs.map((r) => [r.code, r.name, r.kind, r.number]);
    expect(summary(lookup.regions)).toEqual(summary(LOOKUP.regions));
    expect(lookup.policeForceAreas).toEqual(LOOKUP.policeForceAreas);
    expect(lookup.sources).toEqual(LOOKUP.sources);
    expect(lookup.citations).toEqual(LOOKUP.citations);
  });

  it("lists the rows it leaves out and why", async () => {
    const { leftOut } = await buildLookup(EXCERPTS, EXCERPT_CHANGES);
    expect(leftOut).toEqual([
      'dfe-analytical-services/exclusion-statistics/data/clean_la_data.csv line 212: the "NULL" placeholder row at Region level (no area)',
      'dfe-analytical-services/exclusion-statistics/data/clean_la_data.csv line 224: the "NULL" placeholder row at Local authority level (no area)',
      'dfe-analytical-services/dfe-published-data-qa/data/las.csv line 12: E06000061 / E06000062 "North Northamptonshire / West Northamptonshire" (number "940 / 941")',
      'dfe-analytical-services/dfe-published-data-qa/data/las.csv line 18: E10000005 "Cornwall and Isles of Scilly" (number "x")',
      'dfe-analytical-services/dfe-published-data-qa/data/las.csv line 20: E10000010 "Durham" (number "x")',
      'dfe-analytical-services/dfe-published-data-qa/data/las.csv line 21: E10000022 "Northumberland" (number "x")',
      'dfe-analytical-services/dfe-published-data-qa/data/las.csv line 22: E10000026 "Shropshire" (number "x")',
      'dfe-analytical-services/dfe-published-data-qa/data/las.csv line 23: E10000033 "Wiltshire" (number "x")',
      'dfe-analytical-services/dfe-published-data-qa/data/las.csv line 24: z "British Forces Post Office overseas establishments" (number "702")',
      'dfe-analytical-services/dfe-published-data-qa/data/police-force-areas.csv line 41: L99999999 "Pseudo Channel Islands" (not a force in England or Wales)',
      'dfe-analytical-services/dfe-published-data-qa/data/police-force-areas.csv line 42: M99999999 "Pseudo Isle of Man" (not a force in England or Wales)',
      'dfe-analytical-services/dfe-published-data-qa/data/police-force-areas.csv line 43: N23000001 "Police Service of Northern Ireland" (not a force in England or Wales)',
      'dfe-analytical-services/dfe-published-data-qa/data/police-force-areas.csv line 44: S23000009 "Scotland" (not a force in England or Wales)',
    ]);
  });

  it("writes the committed file byte for byte from its own content", () => {
    expect(formatLookup(LOOKUP)).toBe(readFileSync("src/geo/local-authorities.json", "utf8"));
  });

  it("stops on a code DfE's list does not give the authority, naming file, line, column and value", async () => {
    const text = new TextDecoder().decode(EXCERPTS.reasons).replace("204,E09000012,Hackney", "204,E09000099,Hackney");
    const broken = { ...EXCERPTS, reasons: new TextEncoder().encode(text) };
    const error = await buildLookup(broken, EXCERPT_CHANGES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      /^dfe-analytical-services\/exclusion-statistics\/data\/reasons\.csv, line \d+, column "new_la_code": value "E09000099": DfE's list of codes has no such code for authority 204/,
    );
  });

  it("stops when a stated change does not match the dates in DfE's list of codes", async () => {
    const wrongDate = EXCERPT_CHANGES.map((c) => (c.id === "2019-dorset" ? { ...c, date: "2019-05-01" } : c));
    await expect(buildLookup(EXCERPTS, wrongDate)).rejects.toThrow("Change 2019-dorset (scripts/geo/facts.ts): DfE's list of codes ends 0 of 3 codes on 2019-04-30");
  });
});

describe("the committed lookup against its sources", () => {
  it("has one authority per single-authority row of DfE's list of codes for England: 160", () => {
    expect(LOOKUP.authorities).toHaveLength(160);
    expect(new Set(LOOKUP.authorities.map((a) => a.number)).size).toBe(160);
    expect(new Set(LOOKUP.authorities.map((a) => a.id)).size).toBe(160);
  });

  it("has as many numbers from each file as the file has", () => {
    const from = (source: string) => LOOKUP.authorities.filter((a) => a.seen.some((s) => s.source === source)).length;
    expect(from("reasons")).toBe(154);
    expect(from("clean-la")).toBe(154);
    expect(from("ap")).toBe(156);
    expect(from("lait")).toBe(158);
  });

  it("gives each authority a region, and each London authority a half of London", () => {
    for (const a of LOOKUP.authorities) {
      expect(a.region).toMatch(/^E120000\d\d$/);
      expect(a.londonPart !== null).toBe(a.region === "E12000007");
    }
    expect(LOOKUP.authorities.filter((a) => a.londonPart === "E13000001")).toHaveLength(14);
    expect(LOOKUP.authorities.filter((a) => a.londonPart === "E13000002")).toHaveLength(19);
  });
});
