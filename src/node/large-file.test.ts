import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitePages } from "../site/pages.ts";
import { checkDataset } from "./load-site.ts";

/**
 * A file too large to draw from every row: 187,860 rows of 20 years, England and 30 authorities,
 * by sex and by 100 ages. Every row is read and counted; the page says which rows it draws.
 */

let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "large-"));
  const lines = ["time_period,time_identifier,geographic_level,country_code,country_name,new_la_code,la_name,sex,age,pupils"];
  const ages = ["Total", ...Array.from({ length: 100 }, (_, i) => `Age ${i}`)];
  const places = ["National,E92000001,England,,", ...Array.from({ length: 30 }, (_, i) => `Local authority,E92000001,England,E0900${String(i).padStart(4, "0")},Borough ${i}`)];
  for (let year = 2000; year < 2020; year++) {
    for (const place of places) for (const sex of ["Total", "Boys", "Girls"]) for (const age of ages) lines.push(`${year},Calendar year,${place},${sex},${age},${year - 1990}`);
  }
  await writeFile(join(dir, "big.csv"), `${lines.join("\n")}\n`);
  await writeFile(
    join(dir, "big.meta.csv"),
    "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\nsex,Filter,Sex,,,,,\nage,Filter,Age,,,,,\npupils,Indicator,Pupils,,,0,,\n",
  );
  await writeFile(join(dir, "big.json"), JSON.stringify({ title: "A large file", sources: [] }));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("a file too large to hold every row", () => {
  it("counts every row and holds the totals, each authority's latest year and every year for England", async () => {
    const { loaded, model } = await checkDataset(dir, "big");
    const table = loaded.table!;
    expect(table.rows.read).toBe(187_860);
    expect(table.rows.used).toBe(187_860);
    expect(table.kept).toEqual({ rows: 5150, rule: "totals", latestOnly: ["Local authority"], droppedLevels: [], truncated: false });
    expect(table.places).toHaveLength(31);
    expect(table.filters.map((f) => f.levels.length)).toEqual([3, 101]);
    const html = sitePages([model!]).find((p) => p.path === "datasets/big/")!.render({ scripts: [], styles: [] });
    expect(html).toContain("187860 read, 187860 used, 0 rejected. The charts and tables use 5,150 of these rows: the rows at or next to the totals, one breakdown at a time; each place&#39;s latest period only at Local authority level. The download has every row.");
    expect(html).toContain("(100 of the 187860 rows, earliest first, from those the charts use; download the file for all)");
  });
});
