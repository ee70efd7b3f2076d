import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { authorityById } from "../geo/authorities.ts";
import { areaMapView } from "../stats/area-map.ts";
import { ordinal, rankOf, rankWords } from "../stats/area-rank.ts";
import { areaBreakdownView, areaTrendView } from "../stats/area-views.ts";
import type { AreaData } from "../stats/areas.ts";
import { homeAreas } from "../site/home-areas.ts";
import { areaPages } from "../site/places.ts";
import { checkDataset } from "./load-site.ts";

/**
 * Local area pages from the published local authority files: Hackney's series, comparators and
 * rank, a series that ends at a change of boundaries, and the map's links, each checked against
 * the figures as the files give them.
 */

const DATA = resolve(import.meta.dirname, "../../data");

async function areasOf(id: string): Promise<AreaData> {
  const { model } = await checkDataset(DATA, id);
  if (!model?.areas) throw new Error(`${id} has no area figures`);
  return model.areas;
}

const hackney = authorityById("E09000012")!;

describe("Hackney's page, from the Local Authority Interactive Tool's exclusion rates", async () => {
  const data = await areasOf("exclusions-by-local-authority-2015-2024");
  const perm = data.indicators.find((i) => i.indicator.column === "perm_excl_rate")!;
  const view = areaTrendView(data, perm, hackney)!;

  it("has Hackney's permanent exclusion rate in every year from 2015/16 to 2023/24, unrounded", () => {
    const own = view.series[0]!;
    expect(own.label).toBe("Hackney");
    expect(own.points.map((p) => `${p.period.label} ${p.cell.kind === "value" ? p.cell.value : "missing"}`)).toEqual([
      "2015/16 0.0765",
      "2016/17 0.12518",
      "2017/18 0.1508",
      "2018/19 0.12676",
      "2019/20 0.07182",
      "2020/21 0.01741",
      "2021/22 0.08779",
      "2022/23 0.09817",
      "2023/24 0.15783",
    ]);
    expect(view.emphasis).toBe("E09000012");
  });

  it("draws London where the file has it, Inner London for the years before, and England, and says so", () => {
    expect(view.series.map((s) => `${s.label}: ${s.points.map((p) => p.period.label).join(" ")}`)).toEqual([
      "Hackney: 2015/16 2016/17 2017/18 2018/19 2019/20 2020/21 2021/22 2022/23 2023/24",
      "London: 2022/23 2023/24",
      "London (Inner): 2015/16 2016/17 2017/18 2018/19 2019/20 2020/21 2021/22",
      "England: 2015/16 2016/17 2017/18 2018/19 2019/20 2020/21 2021/22 2022/23 2023/24",
    ]);
    expect(view.notes[0]).toBe(
      "The file gives London figures only for 2022/23 and 2023/24; for 2015/16, 2016/17, 2017/18, 2018/19, 2019/20, 2020/21 and 2021/22 the chart shows London (Inner), the Department's grouping of boroughs Hackney is in, as its comparator. The two are different places and are never joined.",
    );
  });

  it("ranks Hackney among the 153 authorities with a 2023/24 figure, in words", () => {
    expect(rankWords(rankOf(perm, hackney.id), "Hackney")).toBe(
      "In 2023/24, Hackney's figure of 0.16% was the 56th highest of 153 authorities with a figure: in the second-highest fifth (quintile 2 of 5, 1 the highest).",
    );
  });

  it("gives an area that ended no rank, and ends its series at the change", () => {
    const northamptonshire = authorityById("E10000021")!;
    const series = areaTrendView(data, perm, northamptonshire)!.series[0]!;
    expect(series.points[series.points.length - 1]!.period.label).toBe("2020/21");
    expect(rankWords(rankOf(perm, northamptonshire.id), "Northamptonshire")).toBe("No figure for 2023/24: the area has no row for it.");
  });

  it("maps every authority with a 2023/24 figure, each hex linking to its page", () => {
    const map = areaMapView(data, perm, (a) => `areas/${a.id}/`)!;
    expect(map.period.label).toBe("2023/24");
    expect(map.areas).toHaveLength(153);
    expect(map.areas.find((a) => a.code === "E09000012")).toMatchObject({ name: "Hackney", href: "areas/E09000012/", cell: { kind: "value", value: 0.15783 } });
  });
});

describe("ranks said in words", async () => {
  it("writes ordinals as English does", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 153].map(ordinal).join(" ")).toBe("1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th 153rd");
  });

  it("gives authorities with the same published figure the same rank, and says how many share it", async () => {
    const data = await areasOf("social-care-referrals-by-local-authority-2016-2025");
    const police = data.indicators.find((i) => i.indicator.column === "referrals_from_police_pct")!;
    // Hackney, Kensington and Chelsea, East Riding of Yorkshire and North Northamptonshire all published 26.7% for 2024-25.
    expect(rankWords(rankOf(police, hackney.id), "Hackney")).toBe(
      "In 2024-25, Hackney's figure of 26.7% was the joint 99th highest (with 3 others) of 153 authorities with a figure: in the second-lowest fifth (quintile 4 of 5, 1 the highest).",
    );
  });

  it("does not rank authorities on a count of pupils, and says why", async () => {
    const data = await areasOf("alternative-provision-placements-2017-2023");
    expect(rankWords(rankOf(data.indicators[0]!, hackney.id), "Hackney")).toBe("Authorities are not ranked on a count: they differ in size.");
  });
});

describe("the older exclusions file and alternative provision, for Hackney", async () => {
  it("has Hackney's 2016/17 permanent exclusion rate as published (43 among 34,350 pupils: 0.13 per 100)", async () => {
    const data = await areasOf("exclusions-by-local-authority-2006-2017");
    const view = areaTrendView(data, data.indicators.find((i) => i.indicator.column === "perm_excl_rate")!, hackney)!;
    const point = view.series[0]!.points.find((p) => p.period.label === "2016/17")!;
    expect(point.cell).toMatchObject({ kind: "value", value: 0.13 });
  });

  it("breaks Hackney's pupils in alternative provision down by free school meals in its latest year", async () => {
    const data = await areasOf("alternative-provision-placements-2017-2023");
    const view = areaBreakdownView(data, data.breakdowns.find((b) => b.by === "Free school meals")!, hackney)!;
    expect(view.period.label).toBe("2022/23");
    expect(view.bars.map((b) => `${b.label} ${b.cell.kind === "value" ? b.cell.value : "missing"}`)).toEqual(["FSM eligible 57", "Not FSM eligible 352"]);
  });
});

describe("the weight of the local area pages and the map", async () => {
  const ids = [
    "alternative-provision-placements-2017-2023",
    "exclusions-by-local-authority-2006-2017",
    "exclusions-by-local-authority-2015-2024",
    "first-time-entrants-by-local-authority-2016-2024",
    "social-care-referrals-by-local-authority-2016-2025",
  ];
  const models = await Promise.all(ids.map(async (id) => (await checkDataset(DATA, id)).model!));
  const assets = { styles: ["assets/main.css"], scripts: ["assets/main.js"], csp: true };

  // London boroughs are the heaviest pages (Inner or Outer London is drawn beside London); areas whose boundaries changed carry the most words.
  const heaviest = ["E09000012-hackney", "E09000013-hammersmith-and-fulham", "E09000020-kensington-and-chelsea", "E06000065-north-yorkshire", "E06000063-cumberland", "E10000021-northamptonshire"];

  it("writes a page for each of the 160 areas, the heaviest kinds at most 60 kB of gzipped HTML", () => {
    const pages = areaPages(models);
    expect(pages).toHaveLength(160);
    const weighed = pages.filter((p) => heaviest.some((h) => p.path === `areas/${h}/`));
    expect(weighed).toHaveLength(heaviest.length);
    for (const page of weighed) expect(gzipSync(page.render(assets)).byteLength, page.path).toBeLessThanOrEqual(60_000);
  });

  it("puts the map, its table and its words in at most 30 kB gzipped on the home page", () => {
    const section = homeAreas({ ...assets, path: "" }, models);
    const figure = /<figure class="chart"[\s\S]*?<\/figure>/.exec(section ? section.value : "")?.[0] ?? "";
    expect(figure).toContain('class="chart-hexmap"');
    expect(gzipSync(figure).byteLength).toBeLessThanOrEqual(30_000);
  });
});
