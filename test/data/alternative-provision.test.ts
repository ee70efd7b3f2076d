import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/node/load-dataset.ts";

/** Alternative provision placements: the Department's CSV as published, read as the site reads it. */

const ID = "alternative-provision-placements-2017-2023";

describe("pupils in local authority funded alternative provision", () => {
  it("is the published CSV byte for byte, every one of its 101,220 rows read and used", async () => {
    const bytes = await readFile(`data/${ID}.csv`);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe("1c97464b6a46e054084de4779aa4e02d2ed024abb3c57c4017be9453be0cb138");
    const { table, problems } = await loadDataset("data", ID);
    expect(table!.rows).toEqual({ read: 101220, used: 101220, rejectedLines: [], ignored: 0 });
    expect(problems).toEqual([]);
  });

  it("gives England's and Hackney's totals as published: 22,848 in 2017/18 rising to 40,904 in 2022/23; Hackney 409", async () => {
    const { table } = await loadDataset("data", ID);
    const t = table!;
    const total = (place: string) =>
      t.observations
        .filter((o) => t.places[o.place]!.name === place && o.levels.every((level, k) => t.filters[k]!.levels[level] === "Total"))
        .map((o) => `${t.periods[o.period]!.label} ${o.cells[0]!.kind === "value" ? o.cells[0]!.value : "?"}`)
        .sort();
    expect(total("England")).toEqual(["2017/18 22848", "2018/19 26128", "2019/20 29496", "2020/21 32436", "2021/22 35600", "2022/23 40904"]);
    expect(total("Hackney")).toEqual(["2017/18 218", "2018/19 236", "2019/20 260", "2020/21 331", "2021/22 301", "2022/23 409"]);
    expect(total("Haringey").map((p) => p.slice(0, 7))).toEqual(["2020/21", "2021/22", "2022/23"]);
  });
});
