import { describe, expect, it } from "vitest";
import type { BreakdownView } from "../../stats/view-types.ts";
import { breakdown } from "./index.ts";
import { layoutBreakdown } from "./layout.ts";
import { value } from "../fixtures/cells.ts";
import { londonByPhase, londonByPhaseSuppressed } from "../fixtures/london.ts";
import { overlapArea } from "../labels.ts";

const barChart = breakdown.draw;
const WIDE = { width: 640, height: 360 };
const NARROW = { width: 320, height: 300 };

describe("barChart snapshots (the London figures as published)", () => {
  it("draws officers by school phase, February 2019", async () => {
    await expect(barChart(londonByPhase, WIDE)).toMatchFileSnapshot("../__snapshots__/bar-chart-london-by-phase.svg");
  });

  it("draws a suppressed cell as a labelled empty row, at 320 px", async () => {
    await expect(barChart(londonByPhaseSuppressed, NARROW)).toMatchFileSnapshot(
      "../__snapshots__/bar-chart-london-by-phase-suppressed-320.svg",
    );
  });
});

describe("bars", () => {
  it("puts the total first, in its own group, drawn distinct and labelled", () => {
    const layout = layoutBreakdown(londonByPhase, WIDE);
    expect(layout.rows.map((r) => r.key)).toEqual(["total", "primary", "secondary", "pru", "fe"]);
    expect(layout.rows[0]!.isTotal).toBe(true);
    expect(layout.rows[0]!.label.lines).toEqual(["Total"]);
    expect(layout.rows[0]!.label.bold).toBe(true);
    expect(layout.separatorY).not.toBeNull();
    expect(layout.separatorY!).toBeGreaterThan(layout.rows[0]!.y + layout.rows[0]!.height);
    expect(layout.separatorY!).toBeLessThan(layout.rows[1]!.y);
    const svg = barChart(londonByPhase, WIDE);
    expect(svg).toMatch(/<g class="bar bar-total" data-bar="total" data-period="2019\|February" data-value="382" tabindex="-1">/);
  });

  it("sizes bars by value from zero and labels their ends", () => {
    const layout = layoutBreakdown(londonByPhase, WIDE);
    const length = (key: string): number => {
      const bar = layout.rows.find((r) => r.key === key)!.bar!;
      return bar.x1 - bar.x0;
    };
    expect(length("secondary") / length("primary")).toBeCloseTo(311 / 16, 0);
    for (const row of layout.rows) {
      expect(row.bar!.x0).toBe(layout.zeroX);
      expect(row.valueLabel.box.x0).toBeGreaterThan(row.bar!.x1);
    }
    expect(layout.rows.map((r) => r.valueLabel.lines[0])).toEqual(["382", "16", "311", "47", "5"]);
  });

  it("shows a missing cell as its reason in words, with no bar", () => {
    const layout = layoutBreakdown(londonByPhaseSuppressed, WIDE);
    const fe = layout.rows.find((r) => r.key === "fe")!;
    expect(fe.bar).toBeNull();
    expect(fe.valueLabel.lines).toEqual(["suppressed"]);
    const svg = barChart(londonByPhaseSuppressed, WIDE);
    const row = /<g class="bar bar-missing" data-bar="fe"[^>]*>([\s\S]*?)<\/g>/.exec(svg);
    expect(row?.[0]).toContain('data-reason="suppressed"');
    expect(row?.[0]).not.toContain("data-value");
    expect(row?.[1]).toContain(">suppressed</text>");
    expect(row?.[1]).toContain("<title>Further education, Feb 2019: suppressed — source:");
    expect(svg).toContain("No bar: Further education (suppressed).");
  });

  it("draws an estimate hollow, marks its value and explains it in a legend", () => {
    const view: BreakdownView = {
      ...londonByPhase,
      bars: londonByPhase.bars.map((b) => (b.key === "pru" ? { ...b, cell: value(47, "estimated") } : b)),
    };
    const layout = layoutBreakdown(view, WIDE);
    const pru = layout.rows.find((r) => r.key === "pru")!;
    expect(pru.hollow).toBe(true);
    expect(pru.valueLabel.lines).toEqual(["47*"]);
    expect(layout.legend.map((e) => e.kind)).toEqual(["published", "qualified"]);
    expect(layoutBreakdown(londonByPhase, WIDE).legend).toEqual([]);
  });

  it("wraps long labels and keeps rows apart", () => {
    const view: BreakdownView = {
      ...londonByPhase,
      bars: [
        ...londonByPhase.bars,
        { key: "long", label: "Special educational needs with a statement or education, health and care plan", cell: value(3), source: null, isTotal: false },
      ],
    };
    const layout = layoutBreakdown(view, NARROW);
    const long = layout.rows.find((r) => r.key === "long")!;
    expect(long.label.lines.length).toBeGreaterThan(1);
    const boxes = [...layout.headings.map((h) => h.box), ...layout.rows.flatMap((r) => [r.label.box, r.valueLabel.box])];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlapArea(boxes[i]!, boxes[j]!)).toBe(0);
    }
  });

  it("draws negative values to the left of zero", () => {
    const view: BreakdownView = {
      ...londonByPhase,
      bars: [
        { key: "up", label: "Up", cell: value(2), source: null, isTotal: false },
        { key: "down", label: "Down", cell: value(-1), source: null, isTotal: false },
      ],
    };
    const layout = layoutBreakdown(view, WIDE);
    const down = layout.rows.find((r) => r.key === "down")!;
    expect(down.bar!.x1).toBe(layout.zeroX);
    expect(down.valueLabel.box.x1).toBeLessThan(down.bar!.x0);
    expect(down.valueLabel.box.x0).toBeGreaterThan(down.label.box.x1);
  });
});

describe("markup", () => {
  it("keeps every text inside the viewBox at 320 px", () => {
    const layout = layoutBreakdown(londonByPhaseSuppressed, NARROW);
    for (const box of [...layout.headings.map((h) => h.box), ...layout.rows.flatMap((r) => [r.label.box, r.valueLabel.box])]) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(320);
    }
    const svg = barChart(londonByPhaseSuppressed, NARROW);
    const xs = [...svg.matchAll(/<(?:text|tspan) [^>]*?\bx="([-\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs.length).toBeGreaterThan(5);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(320);
    }
  });

  it("escapes every data string", () => {
    const evil = "<script>alert(1)</script>";
    const view: BreakdownView = {
      ...londonByPhase,
      title: evil,
      by: evil,
      bars: [{ key: evil, label: evil, cell: value(1), source: evil, isTotal: false }],
    };
    const svg = barChart(view, WIDE);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("is accessible and the same string every time", () => {
    const svg = barChart(londonByPhase, WIDE);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-london-by-phase-title chart-london-by-phase-desc" viewBox="0 0 640 [\d.]+" width="100%"/);
    expect(svg).toContain(
      '<desc id="chart-london-by-phase-desc">Bar chart of Police officers based in schools by school phase, Feb 2019: 4 bars. Total: 382.</desc>',
    );
    expect(barChart(londonByPhase, WIDE)).toBe(svg);
  });

  it("says so when there are no bars", () => {
    expect(barChart({ ...londonByPhase, bars: [] }, WIDE)).toContain("No values to show");
  });
});
