import { describe, expect, it } from "vitest";
import { compareSites, markdownTable, median, renderTable, summariseRuns, summariseSite, targets, type BenchResults } from "./report.ts";
import { pagesToWeigh } from "./site.ts";
import { drawnCharts, weigh } from "./weights.ts";

const size = (raw: number, gzip: number) => ({ raw, gzip });

function results(over: Partial<BenchResults> = {}): BenchResults {
  return {
    date: "2024-06-01T00:00:00.000Z",
    node: "v20.19.0",
    cpus: 2,
    files: [
      {
        name: "generated-1m.csv",
        rows: 1_008_000,
        bytes: 150_000_000,
        baseline: summariseRuns([{ ms: 3000, peakRssMb: 100 }, { ms: 2900, peakRssMb: 104 }], 150_000_000),
        ingest: summariseRuns([{ ms: 2500, peakRssMb: 140 }, { ms: 2700, peakRssMb: 151 }], 150_000_000),
        ratio: 2950 / 2600,
      },
    ],
    pages: [
      { page: "(home)", html: size(70_000, 13_000), css: size(8_000, 2_600), jsFirst: size(14_000, 5_800), js: size(70_000, 24_000), other: size(0, 0), requests: 3, charts: 2, chartsInHtml: 2 },
      { page: "datasets/a/", html: size(9_000, 3_000), css: size(8_000, 2_600), jsFirst: size(40_000, 15_200), js: size(140_000, 46_000), other: size(0, 0), requests: 4, charts: 3, chartsInHtml: 2 },
    ],
    redraw: { rows: 50_400, control: "Compare with", medianMs: 9.5, maxMs: 20, samples: 41 },
    lighthouse: null,
    seconds: 120,
    ...over,
  };
}

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("summariseRuns", () => {
  it("reports throughput at the median time and the largest peak memory", () => {
    const runs = summariseRuns([{ ms: 2000, peakRssMb: 90 }, { ms: 4000, peakRssMb: 120 }, { ms: 3000, peakRssMb: 100 }], 150_000_000);
    expect(runs.medianMs).toBe(3000);
    expect(runs.mbPerSecond).toBe(50);
    expect(runs.peakRssMb).toBe(120);
  });
});

describe("targets", () => {
  it("checks each target against its figure", () => {
    const found = targets(results());
    expect(found.map((t) => [t.name, t.value, t.met])).toEqual([
      ["Ingest throughput, generated-1m.csv", "1.13×", false],
      ["Ingest peak RSS, generated-1m.csv", "151 MB", false],
      ["Script before any interaction (heaviest: datasets/a/)", "15.2 kB", false],
      ["Script once every control is used (heaviest: datasets/a/)", "46.0 kB", false],
      ["Home page HTML + CSS + JS", "39.6 kB", true],
      ["Charts drawn in the HTML (no JS needed)", "1 need JS", false],
      ["Redraw after a control change (50,400 rows)", "9.5 ms", true],
    ]);
  });

  it("counts a measurement that could not be made as missed", () => {
    const found = targets(results({ pages: "no Chromium at /usr/bin/chromium", redraw: "no Chromium at /usr/bin/chromium" }));
    expect(found.filter((t) => !t.met).map((t) => t.name)).toEqual(["Ingest throughput, generated-1m.csv", "Ingest peak RSS, generated-1m.csv", "Page weights", "Redraw after a control change"]);
  });

  it("checks only the ingest when nothing else was measured (--only ingest)", () => {
    const ingestOnly = results({ pages: null, redraw: null });
    expect(targets(ingestOnly).map((t) => [t.name, t.met])).toEqual([
      ["Ingest throughput, generated-1m.csv", false],
      ["Ingest peak RSS, generated-1m.csv", false],
    ]);
    const lines = renderTable(ingestOnly).split("\n");
    expect(lines.slice(2).map((l) => l.split(" | ")[0]!.slice(2).trimEnd())).toEqual([
      "Baseline: papaparse header:true stream, generated-1m.csv (1,008,000 rows, 150 MB)",
      "Project ingest (parse, check, fold, views), generated-1m.csv (1,008,000 rows, 150 MB)",
      "Ingest ÷ baseline, generated-1m.csv",
    ]);
  });
});

describe("the ingest throughput target", () => {
  it("is met at 1.3 times the baseline's throughput and missed below it", () => {
    const at = (ratio: number) => targets(results({ files: [{ ...results().files[0]!, ratio }], pages: null, redraw: null }))[0]!;
    expect([at(1.3), at(1.29), at(1.5)].map((t) => [t.limit, t.value, t.met])).toEqual([
      ["≥ 1.30× baseline", "1.30×", true],
      ["≥ 1.30× baseline", "1.29×", false],
      ["≥ 1.30× baseline", "1.50×", true],
    ]);
  });
});

describe("renderTable", () => {
  it("prints the ratio, peak memory, page weights and redraw time in one table", () => {
    const lines = renderTable(results()).split("\n");
    expect(lines[0]).toMatch(/^\| Measure +\| Result +\| Target +\| Met \|$/);
    expect(lines.find((l) => l.startsWith("| Project ingest"))).toContain("57.7 MB/s (median of 2), peak RSS 151 MB");
    expect(lines.find((l) => l.startsWith("| Ingest ÷ baseline"))).toMatch(/\| 1\.13× +\| ≥ 1\.30× baseline +\| NO/);
    expect(lines.find((l) => l.startsWith("| Page datasets/a/"))).toMatch(/\+ JS 15\.2 kB first, 46\.0 kB with every control gzip .*; 4 requests; 2\/3 charts in HTML +\| JS ≤ 15\.0 kB first, ≤ 45\.0 kB with every control +\| NO/);
    expect(lines.find((l) => l.startsWith("| Script before any interaction"))).toMatch(/\| 15\.2 kB +\| ≤ 15\.0 kB gzip +\| NO/);
    expect(lines.find((l) => l.startsWith("| Script once every control is used"))).toMatch(/\| 46\.0 kB +\| ≤ 45\.0 kB gzip +\| NO/);
    expect(lines.at(-1)).toMatch(/^\| Redraw after "Compare with" changes, 50,400-row dataset +\| 9\.5 ms median of 41 \(max 20\.0 ms\)/);
  });
});

describe("site builds", () => {
  it("prints each file's build beside the build of data/, with the memory the file adds", () => {
    const base = results();
    const withBuilds = results({ siteBaseline: { ms: 3_100, peakRssMb: 384 }, files: [{ ...base.files[0]!, siteBuild: { ms: 11_500, peakRssMb: 549.6 } }] });
    const lines = renderTable(withBuilds).split("\n");
    expect(lines.find((l) => l.startsWith("| Site build from data/"))).toMatch(/\| 3\.1 s, peak RSS 384 MB +\|/);
    expect(lines.find((l) => l.startsWith("| Site build from generated-1m.csv alone"))).toMatch(/\| 11\.5 s, peak RSS 550 MB \(\+166 MB over the baseline\) +\|/);
    expect(renderTable(base)).not.toContain("Site build");
  });
});

describe("the shipped data's build beside a baseline build", () => {
  const baseline = summariseSite("test/site/fixtures/basic/ (one small file)", [
    { ms: 6_000, peakRssMb: 200, pages: 7, largest: { page: "(home)", gzip: 5_200, raw: 30_000 } },
    { ms: 7_000, peakRssMb: 210, pages: 7, largest: { page: "(home)", gzip: 5_200, raw: 30_000 } },
    { ms: 6_500, peakRssMb: 205, pages: 7, largest: { page: "(home)", gzip: 5_200, raw: 30_000 } },
  ]);
  const data = summariseSite("data/ (the shipped files)", [
    { ms: 19_000, peakRssMb: 400, pages: 367, largest: { page: "datasets/x/", gzip: 128_600, raw: 1_272_000 } },
    { ms: 21_000, peakRssMb: 420, pages: 367, largest: { page: "datasets/x/", gzip: 128_600, raw: 1_272_000 } },
    { ms: 65_000, peakRssMb: 410, pages: 367, largest: { page: "datasets/x/", gzip: 128_600, raw: 1_272_000 } },
  ]);
  const site = compareSites(baseline, data);

  it("reads each folder's builds by their median and divides data/ by the baseline, in time and in its largest page", () => {
    expect([baseline.medianMs, data.medianMs, data.peakRssMb, data.pages]).toEqual([6_500, 21_000, 420, 367]);
    expect(site.ratio.toFixed(2)).toBe("3.23");
    expect(site.largestRatio.toFixed(2)).toBe("24.73");
  });

  it("checks the build against 60 seconds and the largest page against 150 kB gzip", () => {
    expect(targets(results({ site })).slice(0, 2).map((t) => [t.name, t.limit, t.value, t.met])).toEqual([
      ["Site build from data/", "≤ 60 s", "21.0 s", true],
      ["Largest page's HTML, data/", "≤ 150.0 kB gzip", "128.6 kB", true],
    ]);
    const heavy = compareSites(baseline, summariseSite("data/", [{ ms: 61_000, peakRssMb: 1, pages: 1, largest: { page: "datasets/y/", gzip: 150_001, raw: 1 } }]));
    expect(targets(results({ site: heavy })).slice(0, 2).map((t) => t.met)).toEqual([false, false]);
  });

  it("prints both folders side by side, with the ratios", () => {
    const lines = renderTable(results({ site })).split("\n");
    expect(lines.find((l) => l.startsWith("| Baseline: site build from"))).toMatch(/\| 6\.5 s \(median of 3\), peak RSS 210 MB; 7 pages +\|/);
    expect(lines.find((l) => l.startsWith("| Site build from data/"))).toMatch(/\| 21\.0 s \(median of 3\), peak RSS 420 MB; 367 pages +\| ≤ 60 s +\| yes/);
    expect(lines.find((l) => l.startsWith("| Site build, data/ ÷ baseline"))).toMatch(/\| 3\.23× +\|/);
    expect(lines.find((l) => l.startsWith("| Largest page's HTML, data/"))).toMatch(/\| 128\.6 kB gzip \(raw 1272\.0 kB\), datasets\/x\/ +\| ≤ 150\.0 kB gzip +\| yes/);
    expect(lines.find((l) => l.startsWith("| Largest page, data/ ÷ baseline"))).toMatch(/\| 24\.73× +\|/);
  });
});

describe("markdownTable", () => {
  it("pads every column to its widest cell", () => {
    expect(markdownTable(["a", "bb"], [["ccc", "d"]])).toBe("| a   | bb |\n|-----|----|\n| ccc | d  |");
  });
});

describe("page weights", () => {
  it("sorts responses by kind and counts every request", () => {
    const page = weigh("x/", [
      { type: "document", body: Buffer.from('<div data-chart="a"><svg class="c"></svg></div><div data-chart="b"></div>') },
      { type: "script", body: Buffer.from("console.log(1)") },
      { type: "script", body: Buffer.from("console.log(2)") },
      { type: "image", body: Buffer.from("x") },
    ]);
    expect([page.html.raw, page.js.raw, page.other.raw, page.css.raw, page.requests]).toEqual([73, 28, 1, 0, 4]);
    expect(page.jsFirst.raw).toBe(28);
    expect([page.charts, page.chartsInHtml]).toEqual([2, 1]);
  });

  it("counts the script that arrived before any interaction apart from all of it", () => {
    const page = weigh("x/", [
      { type: "document", body: Buffer.from("<p>x</p>") },
      { type: "script", body: Buffer.from("main()") },
      { type: "script", body: Buffer.from("tooltip()") },
    ], 2);
    expect([page.jsFirst.raw, page.js.raw]).toEqual([6, 15]);
  });

  it("counts a chart as drawn only when its SVG is in the markup", () => {
    expect(drawnCharts('<div class="chart" data-chart="v1">\n<svg viewBox="0 0 1 1"></svg></div><div data-chart="v2"><p>Loading</p></div>')).toEqual({ charts: 2, chartsInHtml: 1 });
    expect(drawnCharts('<div class="chart-svg" data-chart="v1"><div class="chart-size" data-width="340"><svg viewBox="0 0 1 1"></svg></div></div>')).toEqual({ charts: 1, chartsInHtml: 1 });
    expect(drawnCharts('<div class="chart-svg" data-chart="map"><div class="chart-size chart-scaled"><svg viewBox="0 0 1 1"></svg></div></div>')).toEqual({ charts: 1, chartsInHtml: 1 });
  });
});

describe("the pages opened in Chromium", () => {
  it("are home, about and every dataset page, and the first chart page, embed and place page", () => {
    const built = ["", "about/", "datasets/a/", "datasets/a/places/e09000001/", "datasets/a/places/e09000002/", "datasets/a/views/by-sex/", "datasets/a/views/trend/", "datasets/b/", "embed/a-by-sex/", "embed/a-trend/"];
    expect(pagesToWeigh(built)).toEqual(["", "about/", "datasets/a/", "datasets/b/", "datasets/a/views/by-sex/", "embed/a-by-sex/", "datasets/a/places/e09000001/"]);
  });
});
