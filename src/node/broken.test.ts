import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROKEN_CASES } from "../../test/fixtures/broken-cases.ts";
import { loadSite } from "./load-site.ts";
import { readFixture } from "./test-helpers.ts";

const DIR = "test/fixtures/broken";

/** The warning a fixture without a descriptor gets; the cases leave it out. */
const noDescriptor = (id: string) =>
  `data/${id}.json  warning  No descriptor file: the page is titled from the file name and cites no sources. Add a .json descriptor with title, description and sources; see data/README.md.`;

describe("broken and hostile files: a clear error or a documented repair, never a crash or a silent loss", () => {
  it("has at least forty cases", () => {
    expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of BROKEN_CASES) {
    it(c.title, async () => {
      const fixture = await readFixture(DIR, c.id);
      expect(fixture.problems.filter((p) => p !== noDescriptor(c.id))).toEqual(c.problems);
      expect(fixture.lines).toEqual(c.lines);
      expect(fixture.rows).toEqual(c.rows);
      expect(fixture.unread).toBe(c.unread);
      // Nothing lost: every row read is used or rejected by line.
      if (fixture.rows) expect(fixture.rows.used + fixture.rows.rejectedLines.length + fixture.rows.ignored).toBe(fixture.rows.read);
    });
  }

  it("leaves the object prototype alone when a descriptor names __proto__", async () => {
    await readFixture(DIR, "json-proto");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("counts symbols in a column named constructor as its own key", async () => {
    const { table } = await readFixture(DIR, "proto-names");
    expect(Object.entries(table!.symbolCounts)).toEqual([["constructor", { c: 1 }]]);
  });

  it("builds the whole folder without throwing: errors listed, valid files kept, links outside never read", async () => {
    const site = await loadSite(DIR);
    const errors = new Set(site.problems.map((p) => p.file));
    expect(errors).toContain("data/Bad Name.csv");
    expect(errors).toContain("data/symlink-outside.csv");
    expect(errors).toContain("data/folder.csv");
    expect(site.models.map((m) => m.id)).toContain("script-label");
    expect(site.models.map((m) => m.id)).not.toContain("symlink-outside");
    const failing = BROKEN_CASES.filter((c) => c.problems.some((p) => p.includes("  error  "))).map((c) => `data/${c.id}`);
    for (const file of failing) expect([...errors].some((e) => e.startsWith(file))).toBe(true);
  });
});

describe("files too big to be real", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "broken-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reads a 10 MB single line quickly and says what is missing", async () => {
    await writeFile(join(dir, "one-line.csv"), "x".repeat(10 * 1024 * 1024));
    const started = performance.now();
    const fixture = await readFixture(dir, "one-line");
    expect(performance.now() - started).toBeLessThan(5000);
    expect(fixture.problems.filter((p) => p.includes("  error  "))).toEqual([
      "data/one-line.csv:1  error  The file has a header but no rows of data. Export the data again with its rows, or remove the file.",
    ]);
  });

  it("rejects a row with a 10 MB cell, quoting only its start", async () => {
    const header = "time_period,time_identifier,geographic_level,country_code,country_name,officers";
    await writeFile(join(dir, "huge-cell.csv"), `${header}\n2019,Calendar year,National,E92000001,England,${"9".repeat(10 * 1024 * 1024)}\n`);
    await writeFile(join(dir, "huge-cell.meta.csv"), "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\nofficers,Indicator,Officers,,,0,,\n");
    const fixture = await readFixture(dir, "huge-cell");
    expect(fixture.problems).toContain(
      `data/huge-cell.csv:2:6  error  Value "${"9".repeat(80)}… (10,485,760 characters)" in column "officers" is neither a number nor a known symbol. Write a number, or a GSS symbol (c, x, z, low, k, u) for a value that is not published.`,
    );
    expect(fixture.rows).toEqual({ read: 1, used: 0, rejectedLines: [2], ignored: 0 });
  });

  it("reads 5,000 columns and keeps its messages short", async () => {
    const names = Array.from({ length: 4995 }, (_, i) => `c${i}`);
    const header = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", ...names].join(",");
    const row = ["2019", "Calendar year", "National", "E92000001", "England", ...names.map((_, i) => String(i))].join(",");
    await writeFile(join(dir, "wide.csv"), `${header}\n${row}\n${row.replace("2019", "2020")}\n`);
    const fixture = await readFixture(dir, "wide");
    expect(fixture.rows).toEqual({ read: 2, used: 2, rejectedLines: [], ignored: 0 });
    expect(fixture.table!.indicators.length).toBe(4995);
    expect(fixture.problems).toContain(
      "data/wide.csv  warning  No meta file: read c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 and 4,985 more as indicators and no columns as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators.",
    );
  });
});
