import { describe, expect, it } from "vitest";
import type { MultiplesView } from "../../stats/view-types.ts";
import { exclusionsOverTime } from "../fixtures/exclusions-over-time.ts";
import { GROUP_COLOURS } from "../group-marks.ts";
import { overlapArea } from "../labels.ts";
import { multiples } from "./index.ts";
import { layoutMultiples } from "./layout.ts";
import type { MultiplesLayout } from "./layout-types.ts";

const multiplesChart = multiples.draw;
const WIDE = { width: 640, height: 360 };
const NARROW = { width: 320, height: 300 };

/** Permanent exclusions by ethnicity over two years (see the fixture for which figures are published and which made up). */
const view: MultiplesView = exclusionsOverTime;

const panel = (layout: MultiplesLayout, key: string) => layout.panels.find((p) => p.key === key)!;
const panelMarkup = (svg: string, key: string) => new RegExp(`<g class="panel[^"]*" data-group="${key}">[\\s\\S]*?\\n</g>`).exec(svg)?.[0] ?? "";

describe("multiplesChart snapshots", () => {
  it("draws each group's permanent exclusion rate over two years in a grid, and stacked at 320 px", async () => {
    await expect(multiplesChart(view, WIDE)).toMatchFileSnapshot("../__snapshots__/multiples-exclusions-ethnicity.svg");
    await expect(multiplesChart(view, NARROW)).toMatchFileSnapshot("../__snapshots__/multiples-exclusions-ethnicity-320.svg");
  });
});

describe("the grid", () => {
  it("has a column per 200 px, at least one, and no more than there are groups", () => {
    expect(layoutMultiples(view, WIDE).columns).toBe(3);
    expect(layoutMultiples(view, NARROW).columns).toBe(1);
    expect(layoutMultiples(view, { width: 150, height: 300 }).columns).toBe(1);
    expect(layoutMultiples(view, { width: 1200, height: 300 }).columns).toBe(4);
    const layout = layoutMultiples(view, WIDE);
    expect(layout.panels.map((p) => p.key)).toEqual(["White British", "Black Caribbean", "Unclassified", "Total"]);
    expect(panel(layout, "Total").box.y0).toBeGreaterThan(panel(layout, "White British").box.y1);
    expect(panel(layout, "Black Caribbean").plot.y0).toBe(panel(layout, "White British").plot.y0);
  });

  it("puts every panel on one scale from 0, so equal rates sit at equal heights", () => {
    const layout = layoutMultiples(view, WIDE);
    for (const p of layout.panels) expect(p.yTicks.map((t) => t.label.lines[0])).toEqual(["0.0", "0.1", "0.2", "0.3"]);
    const height = (key: string, period: string) => {
      const placed = panel(layout, key);
      const point = placed.points.find((x) => x.periodKey === period)!;
      return (placed.plot.y1 - point.y) / (placed.plot.y1 - placed.plot.y0);
    };
    // 260 of 92,595 is 0.2808 per 100; 5,470 of 5,439,705 is 0.1006; the axis runs to 0.3.
    expect(height("Black Caribbean", "201617|Academic year")).toBeCloseTo(((260 / 92595) * 100) / 0.3, 2);
    expect(height("White British", "201617|Academic year")).toBeCloseTo(((5470 / 5439705) * 100) / 0.3, 2);
  });

  it("labels each panel's time axis with academic years as they are written, under the middle of each year", () => {
    for (const p of layoutMultiples(view, WIDE).panels) expect(p.xTicks.map((t) => t.label.lines[0])).toEqual(["2015/16", "2016/17"]);
  });
});

describe("panels", () => {
  it("titles each panel with its group and labels its latest rate", () => {
    const layout = layoutMultiples(view, WIDE);
    expect(panel(layout, "Black Caribbean").title.lines).toEqual(["Black Caribbean"]);
    expect(panel(layout, "Black Caribbean").latest!.lines).toEqual(["0.28"]);
    expect(panel(layout, "White British").latest!.lines).toEqual(["0.10"]);
    expect(panel(layout, "Unclassified").latest!.lines).toEqual(["0.11*"]);
    expect(panel(layout, "Unclassified").tag!.lines).toEqual(["not recorded"]);
    expect(panel(layout, "Total").tag!.lines).toEqual(["overall"]);
  });

  it("wraps a long group name", () => {
    const long = { ...view, panels: view.panels.map((p, i) => (i === 1 ? { ...p, label: "Pupils with special educational needs without a statement or EHC plan" } : p)) };
    const title = layoutMultiples(long, WIDE).panels[1]!.title;
    expect(title.lines.length).toBe(2);
    expect(title.box.x1).toBeLessThanOrEqual(layoutMultiples(long, WIDE).panels[1]!.box.x1);
  });

  it("marks the reference group's panel and draws its line faintly in every other panel", () => {
    const layout = layoutMultiples(view, WIDE);
    const wb = panel(layout, "White British");
    expect(wb.mark).toBe("reference");
    expect(wb.tag!.lines).toEqual(["reference group"]);
    expect(wb.colour).toBe(GROUP_COLOURS.reference);
    expect(wb.ghost).toBeNull();
    expect(panel(layout, "Black Caribbean").ghost).toMatch(/^M[\d.,]+L[\d.,]+$/);
    expect(layout.legend.map((e) => e.text.lines.join(" "))).toEqual(["White British, the reference group, for comparison", "Estimate or unconfirmed *"]);
    const svg = multiplesChart(view, WIDE);
    expect(panelMarkup(svg, "White British")).toContain('class="panel panel-reference"');
    expect(panelMarkup(svg, "White British")).not.toContain("reference-line");
    expect(panelMarkup(svg, "Black Caribbean")).toContain('class="reference-line"');
  });

  it("breaks a line at a suppressed rate, names it under the panel and never plots it", () => {
    const layout = layoutMultiples(view, WIDE);
    const un = panel(layout, "Unclassified");
    expect(un.points.map((p) => p.periodKey)).toEqual(["201617|Academic year"]);
    expect(un.path).not.toContain("L");
    expect(un.gaps.map((g) => [g.periodLabel, g.reason])).toEqual([["2015/16", "suppressed"]]);
    expect(un.gapNote!.lines).toEqual(["No rate: 2015/16 suppressed"]);
    const markup = panelMarkup(multiplesChart(view, WIDE), "Unclassified");
    expect(markup).toContain('data-period="201516|Academic year" data-reason="suppressed" tabindex="-1"><title>Unclassified, 2015/16: no rate, suppressed; not plotted');
    expect(panel(layout, "Black Caribbean").path).toMatch(/^M[\d.,]+L[\d.,]+$/);
  });

  it("labels the latest rate with its period when the latest period has none", () => {
    const points = view.panels[1]!.points;
    const latestSuppressed = { ...view, panels: view.panels.map((p, i) => (i === 1 ? { ...p, points: [points[0]!, { ...points[1]!, rate: { kind: "missing" as const, reason: "suppressed" as const, symbol: "c" } }] } : p)) };
    expect(layoutMultiples(latestSuppressed, WIDE).panels[1]!.latest!.lines).toEqual(["0.28* in 2015/16"]);
  });

  it("draws an estimated rate hollow and a plain published one filled", () => {
    const bc = view.panels[1]!;
    const estimated = { ...view, panels: view.panels.map((p) => (p === bc ? { ...p, points: [p.points[0]!, { ...p.points[1]!, flags: ["estimated" as const] }] } : p)) };
    const plain = panel(layoutMultiples(view, WIDE), "Black Caribbean").points.map((p) => p.hollow);
    expect(plain).toEqual([true, false]);
    expect(panel(layoutMultiples(estimated, WIDE), "Black Caribbean").points.map((p) => p.hollow)).toEqual([true, true]);
    expect(panel(layoutMultiples(estimated, WIDE), "Black Caribbean").latest!.lines).toEqual(["0.28*"]);
  });
});

describe("markup", () => {
  it("is accessible, with one focusable mark per rate and per missing rate, and the same string every time", () => {
    const svg = multiplesChart(view, WIDE);
    const id = "chart-exclusions-perm_excl-by-ethnicity_minor-over-time";
    expect(svg).toMatch(new RegExp(`^<svg [^>]*class="chart-multiples" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc"`));
    expect(svg).toContain(`<title id="${id}-title">Perm excl per 100 by ethnicity minor, 2015/16 to 2016/17</title>`);
    expect(svg).toContain(
      `<desc id="${id}-desc">Small multiples of Perm excl per 100, England, 2015/16 to 2016/17: one line chart per group of ethnicity minor, 4 panels, all on one scale from 0. White British is the reference group; its line is drawn dashed in every other panel. 4 rates are estimates or unconfirmed (hollow markers, *). Not plotted: Unclassified, 2015/16 (suppressed).</desc>`,
    );
    expect([...svg.matchAll(/<g class="point[^"]*" data-group="[^"]*" data-series="[^"]*" data-period="[^"]*" data-(value|reason)="[^"]*" tabindex="-1"><title>/g)]).toHaveLength(8);
    expect(panelMarkup(svg, "Black Caribbean")).toContain(
      '<g class="point" data-group="Black Caribbean" data-series="Black Caribbean" data-period="201617|Academic year" data-value="0.2807926993898159" tabindex="-1"><title>Black Caribbean, 2016/17: 0.28 per 100 worked out from the counts (260 of 92,595) — source: Permanent and fixed period exclusions in England: 2016 to 2017, Department for Education, 2018-07</title>',
    );
    expect(multiplesChart(view, WIDE)).toBe(svg);
  });

  it("fits in 320 px: every text inside the viewBox and no two texts touching", () => {
    const layout = layoutMultiples(view, NARROW);
    const svg = multiplesChart(view, NARROW);
    const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
    expect(w).toBe(320);
    const boxes = [
      layout.caption!.box,
      ...layout.legend.map((e) => e.text.box),
      ...layout.panels.flatMap((p) => [p.title, p.tag, p.latest, p.gapNote, ...p.yTicks.map((t) => t.label), ...p.xTicks.map((t) => t.label)].flatMap((t) => (t ? [t.box] : []))),
    ];
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(320);
      expect(b.y0).toBeGreaterThanOrEqual(0);
      expect(b.y1).toBeLessThanOrEqual(h!);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlapArea(boxes[i]!, boxes[j]!)).toBe(0);
  });

  it("escapes every data string", () => {
    const evil = "<script>alert(1)</script>";
    const svg = multiplesChart({ ...view, title: evil, reference: evil, panels: view.panels.map((p, i) => (i === 1 ? { ...p, key: evil, label: evil } : p)) }, WIDE);
    expect(svg).not.toContain("<script");
    expect(svg).toContain('data-group="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it("says so when there are no groups", () => {
    expect(multiplesChart({ ...view, panels: [] }, WIDE)).toContain("No groups to show");
  });
});
