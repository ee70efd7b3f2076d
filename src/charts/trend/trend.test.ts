import { describe, expect, it } from "vitest";
import type { TrendView } from "../../stats/view-types.ts";
import { period, point, value } from "../fixtures/cells.ts";
import { londonDefinitions as london, londonTrend } from "../fixtures/london.ts";
import type { Box } from "../labels.ts";
import { overlapArea } from "../labels.ts";
import { trendEvents as annotationKey } from "./events.ts";
import { trend } from "./index.ts";
import { layoutTrend } from "./layout.ts";
import type { TrendLayout } from "./layout-types.ts";
import { MAX_VALUE_LABELS } from "./style.ts";

const lineChart = trend.draw;
const WIDE = { width: 640, height: 360 };
const NARROW = { width: 320, height: 300 };
const PHONE = { width: 360, height: 300 };


/** Every text block a layout places. */
function textBoxes(layout: TrendLayout): Box[] {
  return [
    ...(layout.caption ? [layout.caption.box] : []),
    ...layout.yTicks.map((t) => t.label.box),
    ...layout.xTicks.map((t) => t.label.box),
    ...layout.series.flatMap((s) => [
      ...(s.nameLabel ? [s.nameLabel.box] : []),
      ...s.points.flatMap((p) => (p.valueLabel ? [p.valueLabel.box] : [])),
    ]),
    ...layout.seriesKey.map((e) => e.text.box),
    ...layout.legend.map((e) => e.text.box),
  ];
}

/** Every label a layout draws, placed or in the key, as one string per label. */
function allText(layout: TrendLayout): string[] {
  return [
    ...layout.series.flatMap((s) => (s.nameLabel ? [s.nameLabel.lines.join(" ")] : [])),
    ...layout.seriesKey.map((e) => e.text.lines.join(" ")),
  ];
}

function pointX(layout: TrendLayout, periodKey: string): number {
  const found = layout.series.flatMap((s) => s.points).find((p) => p.periodKey === periodKey);
  if (!found) throw new Error(`no point for ${periodKey}`);
  return found.x;
}

/** A one-series view, for behaviour that needs only one line. */
function oneSeries(points: TrendView["series"][number]["points"], label = "Officers"): TrendView {
  return { ...londonTrend, id: "one", annotations: [], series: [{ key: "one", label, points }] };
}

describe("lineChart snapshots (the London figures as published)", () => {
  it("draws the London trend at the default width", async () => {
    await expect(lineChart(londonTrend, WIDE)).toMatchFileSnapshot("../__snapshots__/line-chart-london.svg");
  });

  it("draws the London trend at 320 px", async () => {
    await expect(lineChart(londonTrend, NARROW)).toMatchFileSnapshot("../__snapshots__/line-chart-london-320.svg");
  });

  it("draws the seven London definitions at 360 px with a key for the labels that do not fit", async () => {
    await expect(lineChart(london, PHONE)).toMatchFileSnapshot("../__snapshots__/line-chart-london-definitions-360.svg");
  });
});

describe("time axis", () => {
  it("spaces periods by real time, not by order", () => {
    const layout = layoutTrend(londonTrend, WIDE);
    const x1011 = pointX(layout, "201011|Academic year");
    const x1415 = pointX(layout, "201415|Academic year");
    const x2017 = pointX(layout, "2017|Calendar year");
    // Midpoints: 2 March 2011, 2 March 2015, 2 July 2017.
    const realRatio = (Date.UTC(2017, 6, 2) - Date.UTC(2015, 2, 2)) / (Date.UTC(2015, 2, 2) - Date.UTC(2011, 2, 2));
    const drawnRatio = (x2017 - x1415) / (x1415 - x1011);
    expect(drawnRatio).toBeCloseTo(realRatio, 1);
    expect(Math.abs(drawnRatio - 1)).toBeGreaterThan(0.3);
  });

  it("labels ticks by year without overlapping at 320 px", () => {
    const layout = layoutTrend(londonTrend, NARROW);
    const labels = layout.xTicks.map((t) => t.label);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const label of labels) expect(label.lines[0]).toMatch(/^\d{4}$/);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.box.x0).toBeGreaterThan(labels[i - 1]!.box.x1);
  });
});

describe("value axis", () => {
  it("starts at zero and labels ticks in the indicator's unit", () => {
    const layout = layoutTrend({ ...londonTrend, indicator: { ...londonTrend.indicator, unit: "%" } }, WIDE);
    expect(layout.yTicks[0]!.value).toBe(0);
    expect(layout.yTicks.every((t) => t.label.lines[0]!.endsWith("%"))).toBe(true);
  });
});

describe("lines", () => {
  it("breaks a series at a missing cell: one path of two runs", () => {
    const view = oneSeries([
      point(period("201516", "Academic year"), value(10), null),
      point(period("201617", "Academic year"), value(12), null),
      point(period("201718", "Academic year"), { kind: "missing", reason: "suppressed", symbol: "c" }, null),
      point(period("201819", "Academic year"), value(14), null),
      point(period("201920", "Academic year"), value(15), null),
    ]);
    const layout = layoutTrend(view, WIDE);
    expect(layout.series[0]!.path?.match(/M/g)).toHaveLength(2);
    expect(layout.series[0]!.gaps).toEqual([expect.objectContaining({ periodKey: "201718|Academic year", reason: "suppressed" })]);
    const svg = lineChart(view, WIDE);
    expect(svg.match(/<path d="M[^"]*M[^"M]*"/g)).toHaveLength(1);
    expect(svg).toContain('data-reason="suppressed"');
    expect(svg).toMatch(/<desc[^>]*>[^<]*Officers, 2017\/18 \(suppressed\)/);
  });

  it("never joins two series: every path's vertices are points of one series", () => {
    const layout = layoutTrend(londonTrend, WIDE);
    for (const s of layout.series) {
      const own = new Set(s.points.map((p) => `${p.x},${p.y}`));
      for (const d of [s.path ?? ""]) {
        const vertices = [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => `${Number(m[1])},${Number(m[2])}`);
        expect(vertices.length).toBeGreaterThan(1);
        for (const v of vertices) expect(own.has(v)).toBe(true);
      }
    }
    const svg = lineChart(londonTrend, WIDE);
    const groups = [...svg.matchAll(/<g class="series" data-series="([^"]+)">([\s\S]*?)\n<\/g>/g)];
    expect(groups.map((g) => g[1])).toEqual(["safer-schools-officers", "officers-in-schools", "full-time-roles"]);
    expect(groups.map((g) => g[2]!.match(/<path d="M/g)?.length ?? 0)).toEqual([1, 1, 1]);
  });

  it("draws a series of one point as a marker with no line", () => {
    const layout = layoutTrend(oneSeries([point(period("2019", "March"), value(420), null)]), WIDE);
    expect(layout.series[0]!.legs).toEqual([]);
    expect(layout.series[0]!.path).not.toContain("L");
    expect(layout.series[0]!.points).toHaveLength(1);
    expect(layout.series[0]!.nameLabel?.lines.join(" ")).toBe("Officers");
  });
});

describe("markers", () => {
  it("draws an estimated point hollow and marks its value label", () => {
    const svg = lineChart(londonTrend, WIDE);
    const estimate = /<g class="point" data-series="full-time-roles" data-period="201718\|Academic year"[^>]*>([\s\S]*?)<\/g>/.exec(svg);
    expect(estimate?.[1]).toMatch(/fill="#ffffff" stroke="#801650"/);
    const published = /<g class="point" data-series="full-time-roles" data-period="2019\|March"[^>]*>([\s\S]*?)<\/g>/.exec(svg);
    expect(published?.[1]).toMatch(/fill="#801650"/);
    const layout = layoutTrend(londonTrend, WIDE);
    const hollow = layout.series.flatMap((s) => s.points).filter((p) => p.hollow);
    expect(hollow.map((p) => p.valueLabel?.lines[0])).toEqual(["280*"]);
  });

  it("draws an unconfirmed source's point hollow", () => {
    const view = oneSeries([point(period("2022", "Calendar year"), value(489), "u")]);
    view.sources = [{ id: "u", title: "Report summary", publisher: "Press", date: "2023", path: "", locator: "", unconfirmed: true }];
    expect(layoutTrend(view, WIDE).series[0]!.points[0]!.hollow).toBe(true);
  });

  it("gives each series a distinct shape and colour", () => {
    const layout = layoutTrend(londonTrend, WIDE);
    expect(new Set(layout.series.map((s) => s.shape)).size).toBe(3);
    expect(layout.series.map((s) => s.colour)).toEqual(["#12436D", "#28A197", "#801650"]);
  });

  it("gives each point data attributes, focusability and a title naming its source", () => {
    const svg = lineChart(londonTrend, WIDE);
    expect(svg).toContain(
      '<g class="point" data-series="safer-schools-officers" data-period="201617|Academic year" data-value="294" tabindex="-1"><title>Safer Schools Officers, 2016/17: 294 — source: More and More Cops Are Working in London Schools, VICE World News, 2020</title>',
    );
    expect(svg.match(/<g class="point"/g)).toHaveLength(7);
  });
});

describe("legend", () => {
  it("explains only the marker styles that occur", () => {
    const layout = layoutTrend(londonTrend, WIDE);
    expect(layout.legend.map((e) => e.kind)).toEqual(["published", "qualified"]);
    const plain = layoutTrend(oneSeries([point(period("2019", "March"), value(420), null)]), WIDE);
    expect(plain.legend).toEqual([]);
  });
});

describe("labels", () => {
  it("puts a value label by each point where it touches no other text, marker or line, and none when there are many", () => {
    const labelled = (size: typeof WIDE) => layoutTrend(londonTrend, size).series.flatMap((s) => s.points.filter((p) => p.valueLabel).map((p) => p.value));
    expect(labelled(NARROW)).toEqual([183, 294, 350, 270, 295, 280, 420]);
    // 294 (Safer Schools Officers, 2016/17) sits beside 295 (officers in London's schools, 2017): its figure is in the table and its tooltip.
    expect(labelled(WIDE)).toEqual([183, 350, 270, 295, 280, 420]);
    const many = oneSeries(
      Array.from({ length: MAX_VALUE_LABELS + 1 }, (_, i) => point(period(String(2000 + i), "Calendar year"), value(i), null)),
    );
    expect(layoutTrend(many, WIDE).series[0]!.points.some((p) => p.valueLabel)).toBe(false);
  });

  it("with a series to quote, draws it heavier with its values labelled and mutes the rest, their values in the table", () => {
    const quoted: TrendView = { ...londonTrend, emphasis: "safer-schools-officers" };
    const layout = layoutTrend(quoted, WIDE);
    expect(layout.series.flatMap((s) => s.points.filter((p) => p.valueLabel).map((p) => `${s.key} ${p.value}`))).toEqual(["safer-schools-officers 183", "safer-schools-officers 294", "safer-schools-officers 350"]);
    const svg = trend.draw(quoted, WIDE);
    expect(svg.match(/<g class="series[^"]*" data-series="[^"]+"[^>]*>/g)).toEqual([
      '<g class="series" data-series="safer-schools-officers">',
      '<g class="series series-muted" data-series="officers-in-schools" opacity="0.6">',
      '<g class="series series-muted" data-series="full-time-roles" opacity="0.6">',
    ]);
  });

  it("labels every series and keeps all text apart", () => {
    for (const size of [WIDE, NARROW]) {
      const layout = layoutTrend(londonTrend, size);
      expect(layout.series.every((s) => s.nameLabel)).toBe(true);
      expect(layout.seriesKey).toEqual([]);
      const boxes = textBoxes(layout);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlapArea(boxes[i]!, boxes[j]!)).toBe(0);
      }
    }
  });

  it("names every drawn series once, whole, beside its line or in the key, at phone and desktop widths", () => {
    const drawn = london.series.filter((s) => s.points.some((p) => p.cell.kind === "value")).map((s) => s.label);
    expect(drawn).toHaveLength(7);
    for (const width of [320, 340, 360, 640]) {
      const layout = layoutTrend(london, { width, height: 300 });
      expect(allText(layout).sort()).toEqual([...drawn].sort());
      expect(allText(layout).join(" ")).not.toContain("…");
      const boxes = textBoxes(layout);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlapArea(boxes[i]!, boxes[j]!)).toBe(0);
      }
      for (const box of boxes) expect(box.y1).toBeLessThanOrEqual(layout.height);
    }
  });

  it("at 360 px keeps the labels that fit by their lines and keys the rest under the axis, one a line", () => {
    const layout = layoutTrend(london, PHONE);
    expect(layout.series.filter((s) => s.nameLabel).map((s) => s.label)).toEqual([
      "Safer Schools Officers",
      "officers in London's schools",
      "officers with full-time roles in schools",
      "officers in London schools",
    ]);
    expect(layout.seriesKey.map((e) => e.text.lines)).toEqual([
      ["Schools and Youth Engagement Officers"],
      ["officers working full time in London schools"],
      ["Safer Schools Officers moved into neighbourhood", "ward teams (role ended)"],
    ]);
    const axisBottom = Math.max(...layout.xTicks.map((t) => t.label.box.y1));
    const [first, second, third] = layout.seriesKey;
    expect(first!.text.box.y0).toBeGreaterThan(axisBottom);
    expect(second!.text.box.y0).toBeGreaterThan(first!.text.box.y1);
    expect(third!.text.box.y0).toBeGreaterThan(second!.text.box.y1);
    expect(layout.legend[0]!.text.box.y0).toBeGreaterThan(third!.text.box.y1);
    expect(layout.height).toBeGreaterThan(PHONE.height);
  });

  it("draws each key entry with its series' line, marker shape and colour, its words in a shade readable on white", () => {
    const layout = layoutTrend(london, PHONE);
    const svg = lineChart(london, PHONE);
    const key = /<g class="series-key">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    for (const entry of layout.seriesKey) {
      const s = layout.series.find((x) => x.key === entry.key)!;
      expect([entry.colour, entry.shape, entry.textColour]).toEqual([s.colour, s.shape, s.textColour]);
      expect(key).toContain(`stroke="${s.colour}" stroke-width="2.5"`);
      expect(key).toContain(`data-series="${s.key}" fill="${s.textColour}"`);
    }
    expect(layout.seriesKey.map((e) => e.textColour)).toEqual(["#C3551E", "#826AA7", "#12436D"]);
  });

  it("puts a label too long to place whole in the key, wrapped and never cut", () => {
    const long = "Officers with full-time roles in schools as counted by the force at the end of each school term";
    const layout = layoutTrend(oneSeries([point(period("2019", "March"), value(420), null)], long), NARROW);
    expect(layout.series[0]!.nameLabel).toBeNull();
    expect(layout.seriesKey).toHaveLength(1);
    expect(layout.seriesKey[0]!.text.lines.length).toBeGreaterThan(1);
    expect(layout.seriesKey[0]!.text.lines.join(" ")).toBe(long);
  });

  it("keeps every text inside the viewBox at 320 px", () => {
    const layout = layoutTrend(londonTrend, NARROW);
    for (const box of textBoxes(layout)) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(320);
      expect(box.y0).toBeGreaterThanOrEqual(0);
      expect(box.y1).toBeLessThanOrEqual(layout.height);
    }
    const svg = lineChart(londonTrend, NARROW);
    expect(svg).toContain('viewBox="0 0 320 300"');
    const xs = [...svg.matchAll(/<(?:text|tspan) [^>]*?\bx="([-\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs.length).toBeGreaterThan(10);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(320);
    }
  });
});

describe("annotations", () => {
  it("numbers the events inside the time span and leaves out the rest", () => {
    expect(annotationKey(londonTrend)).toEqual([
      {
        number: 1,
        date: "2020-03",
        dateLabel: "March 2020",
        label: "Judicial review claim brought over the Safer Schools scheme and the Public Sector Equality Duty",
        sources: [],
      },
    ]);
    const layout = layoutTrend(londonTrend, WIDE);
    expect(layout.annotations.map((a) => a.number)).toEqual([1]);
    expect(layout.annotations[0]!.x).toBeGreaterThan(pointX(layout, "2019|March"));
  });

  it("moves markers of close events apart and keeps their rules at their dates", () => {
    const view: TrendView = {
      ...londonTrend,
      annotations: [
        { date: "2015-06", label: "Second" },
        { date: "2015-05", label: "First" },
      ],
    };
    const layout = layoutTrend(view, NARROW);
    const [first, second] = layout.annotations;
    expect(first!.number).toBe(1);
    expect(first!.label).toBe("First");
    expect(second!.markerX - first!.markerX).toBeGreaterThanOrEqual(2 * first!.markerR);
    expect(second!.x - first!.x).toBeLessThan(2 * first!.markerR);
  });
});

describe("markup", () => {
  it("escapes every data string", () => {
    const evil = "<script>alert(1)</script>";
    const view: TrendView = {
      ...londonTrend,
      id: `x" onload="alert(1)`,
      title: evil,
      series: [{ ...londonTrend.series[0]!, key: evil, label: evil }],
      annotations: [{ date: "2015-01", label: evil }],
      sources: londonTrend.sources.map((s) => ({ ...s, title: evil })),
    };
    const svg = lineChart(view, WIDE);
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain('" onload="');
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("is accessible: role, labelled by its title and description", () => {
    const svg = lineChart(londonTrend, WIDE);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-london-officers-title chart-london-officers-desc" viewBox="0 0 640 360" width="100%"/);
    expect(svg).toContain('<title id="chart-london-officers-title">Police officers based in London&#39;s schools</title>');
    expect(svg).toContain(
      '<desc id="chart-london-officers-desc">Line chart of Police officers based in schools: 3 series, 2010/11 to 2019/20. 7 values plotted. 1 is an estimate or unconfirmed (hollow markers, *). 1 event marked.</desc>',
    );
  });

  it("is the same string every time", () => {
    expect(lineChart(londonTrend, WIDE)).toBe(lineChart(londonTrend, WIDE));
    expect(lineChart(londonTrend, NARROW)).toBe(lineChart(londonTrend, NARROW));
  });

  it("rounds coordinates to one decimal place", () => {
    const svg = lineChart(londonTrend, WIDE);
    const attributes = [...svg.matchAll(/(?<![-\w])(?:x|y|x1|x2|y1|y2|cx|cy|r|width|height|d|transform)="([^"]*)"/g)].map((m) => m[1]!);
    for (const a of attributes) expect(a).not.toMatch(/\d\.\d{2}/);
  });

  it("says so when nothing is numeric", () => {
    const view = oneSeries([point(period("2019", "March"), { kind: "missing", reason: "not-available", symbol: "x" }, null)]);
    const svg = lineChart(view, WIDE);
    expect(svg).toContain("No values to plot");
    expect(svg).toContain("Not plotted: Officers, Mar 2019 (not available).");
  });
});
