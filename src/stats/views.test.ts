import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../node/load-dataset.ts";
import { formatProblem } from "../data/problems.ts";
import { buildViews } from "./views.ts";

describe("rows that repeat a line and period", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "views-"));
    const row = (year: number, value: number) => `${year},Calendar year,National,E92000001,England,${value}`;
    const rows = [row(2019, 1), row(2020, 2), ...Array.from({ length: 12 }, (_, i) => row(2019 + (i % 2), 10 + i))];
    await writeFile(join(dir, "repeats.csv"), ["time_period,time_identifier,geographic_level,country_code,country_name,officers", ...rows, ""].join("\n"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("are named in one warning per chart with their count and first lines, not one line each", async () => {
    const { table, descriptor } = await loadDataset(dir, "repeats");
    const { views, problems } = buildViews("repeats", table!, descriptor);
    expect(views.map((v) => v.id)).toEqual(["repeats-trend-officers"]);
    expect(problems.map(formatProblem)).toEqual([
      'data/repeats.csv:4  warning  12 rows repeat a line and period an earlier row gives (lines 4, 5, 6, 7, 8 and 7 more), the first "Officers" for 2019; the chart shows the first row of each. Add a filter column that tells the rows apart, or remove the repeated rows.',
    ]);
  });
});
