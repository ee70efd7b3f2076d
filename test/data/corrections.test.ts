import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/data/types.ts";
import { loadDataset } from "../../src/node/load-dataset.ts";

/**
 * Statements about the shipped figures, as a second check against each publication found them:
 * what a number counts, where it is unconfirmed, and what each source's address is.
 */

/** One indicator's cell on the row whose source and officers cell are given. */
async function cell(id: string, source: string, column: string): Promise<Cell> {
  const { table } = await loadDataset("data", id);
  const row = table!.observations.find((o) => table!.sourceIds[o.source] === source)!;
  return row.cells[table!.indicators.findIndex((i) => i.column === column)]!;
}

describe("corrections to the shipped statements", () => {
  it("says 23 forces employed the UK's 683 school officers in early 2021, not that 23 forces responded", async () => {
    expect(await cell("england-uk-officers", "guardian-foi-2021-uk", "officers")).toEqual({ kind: "value", value: 683, flags: [] });
    expect(await cell("england-uk-officers", "guardian-foi-2021-uk", "forces_with_school_officers")).toEqual({ kind: "value", value: 23, flags: [] });
    expect(await cell("england-uk-officers", "guardian-foi-2021-uk", "forces_responded")).toEqual({ kind: "missing", reason: "not-available", symbol: "x" });
  });

  it("keeps London's 489 for spring 2022 only flagged unconfirmed, from a source marked unconfirmed, with the Mayor's \"over 370\" beside it", async () => {
    expect(await cell("england-uk-officers", "wsws-2023", "officers")).toEqual({ kind: "value", value: 489, flags: ["low-reliability"] });
    const { descriptor } = await loadDataset("data", "england-uk-officers");
    expect(descriptor.sources.find((s) => s.id === "wsws-2023")!.unconfirmed).toBe(true);
    expect(descriptor.notes!.some((n) => n.includes("489") && n.includes('"over 370"') && n.includes("June 2022"))).toBe(true);
  });

  it("cites the December 2022 event to the Guardian's report of 5 December 2022 and the end of the role also to the Met's answer of June 2025", async () => {
    const { descriptor } = await loadDataset("data", "london-officers");
    expect(descriptor.annotations!.find((a) => a.date === "2022-12")!.sources).toEqual(["guardian-2022-12-05"]);
    expect(descriptor.sources.find((s) => s.id === "guardian-2022-12-05")!.date).toBe("2022-12-05");
    expect(descriptor.annotations!.find((a) => a.date === "2025-05")!.sources).toEqual(["newham-citizen-2025", "met-foi-2025-06"]);
    expect(descriptor.sources.find((s) => s.id === "met-foi-2025-06")!.secondary!.path).toBe(
      "https://yjlc.uk/resources/legal-updates/met-police-dissolve-role-safer-school-officer-371-police-officers-stationed",
    );
    expect(descriptor.sources.map((s) => s.id)).not.toContain("met-foi-01-foi-23-028560");
  });

  it("labels the US 31% as Black students' share of the students referred or arrested", async () => {
    const { table } = await loadDataset("data", "us-school-policing");
    expect(table!.indicators.find((i) => i.column === "share_of_outcome_pct")!.label).toBe("Group's share of the students with this outcome");
    const { descriptor } = await loadDataset("data", "us-school-policing");
    expect(descriptor.notes![0]).toContain("Black students were 31% of the students referred to law enforcement or arrested in 2015/16");
  });

  it("gives every source an address, or says in its locator that the address is not recorded", async () => {
    const files = (await readdir("data")).filter((f) => f.endsWith(".json") && f !== "descriptor.schema.json");
    const unaddressed: string[] = [];
    let sources = 0;
    for (const file of files) {
      const d = JSON.parse(await readFile(join("data", file), "utf8")) as { sources: { id: string; path: string; locator: string; secondary?: { path: string; title: string } }[] };
      for (const s of d.sources) {
        sources++;
        if (s.path === "" && !/address (are |is )?not recorded/i.test(s.locator)) unaddressed.push(`${file} ${s.id}`);
        if (s.secondary && s.secondary.path === "" && !/address (are |is )?not recorded/i.test(`${s.secondary.title} ${s.locator}`)) unaddressed.push(`${file} ${s.id} (secondary)`);
      }
    }
    expect(unaddressed).toEqual([]);
    expect(sources).toBeGreaterThan(24);
  });
});
