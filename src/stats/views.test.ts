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

describe("a view split by place", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "views-"));
    const header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,rate";
    const rows = ["2016,Calendar year,National,E92000001,England,,,,,,x", "2016,Calendar year,Regional,E92000001,England,x,North East,,,,417", "2016,Calendar year,Regional,E92000001,England,x,London,,,,412", "2016,Calendar year,Local authority,E92000001,England,x,London,204,x,Hackney,443"];
    await writeFile(join(dir, "places.csv"), [header, ...rows, ""].join("\n"));
    const featured = (id: string, level?: string) => ({ id, type: "trend", indicator: "rate", by: "geography", ...(level ? { level } : {}) });
    const descriptor = { title: "Places", description: "A test fixture.", sources: [], featured: [featured("by-region", "Regional"), featured("every-place")] };
    await writeFile(join(dir, "places.json"), JSON.stringify(descriptor));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("draws only the places of the level it names, and every place when it names none", async () => {
    const { table, descriptor } = await loadDataset(dir, "places");
    const { views } = buildViews("places", table!, descriptor);
    const lines = (id: string) => (views.find((v) => v.id === `places-${id}`) as { series: { label: string }[] }).series.map((s) => s.label);
    expect(lines("by-region")).toEqual(["North East", "London"]);
    expect(lines("every-place")).toEqual(["England", "North East", "London", "Hackney"]);
  });
});
