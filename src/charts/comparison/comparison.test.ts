import { describe, expect, it } from "vitest";
import type { Cell } from "../../data/types.ts";
import { withReference } from "../../stats/comparison.ts";
import { rate } from "../../stats/measures.ts";
import type { ComparisonRow, ComparisonView } from "../../stats/view-types.ts";
import { GROUP_COLOURS as COMPARISON_COLOURS, GROUP_SHAPES as COMPARISON_SHAPES } from "../group-marks.ts";
import { ratioDomain } from "./axis.ts";
import { comparison } from "./index.ts";
import { layoutComparison, type ComparisonLayout } from "./layout.ts";
import { exclusionsByEthnicity, exclusionsBySen, suspensionsBySen } from "../fixtures/exclusions.ts";
import { overlapArea } from "../labels.ts";
import { contrastRatio } from "../palette.ts";

const comparisonChart = comparison.draw;
const WIDE = { width: 640, height: 360 };
const NARROW = { width: 320, height: 300 };

/** DfE permanent exclusions and suspension rates as published (see the fixtures). */
const ethnicity: ComparisonView = exclusionsByEthnicity;
const sen: ComparisonView = exclusionsBySen;
const suspensions: ComparisonView = suspensionsBySen;

const SUPPRESSED: Cell = { kind: "missing", reason: "suppressed", symbol: "c" };
const NOT_AVAILABLE: Cell = { kind: "missing", reason: "not-available", symbol: "x" };

/**
 * The ethnicity view with two gaps, illustrative only: an "Unclassified" group whose count the
 * publisher suppressed (no figure of it is invented), and the small-count threshold raised to 100
 * events so that Gypsy/Roma pupils' 90 permanent exclusions are too few to say.
 */
function withGaps(view: ComparisonView): ComparisonView {
  const unclassified: ComparisonRow = {
    key: "Unclassified",
    label: "Unclassified",
    numerator: SUPPRESSED,
    denominator: NOT_AVAILABLE,
    rate: rate(SUPPRESSED, NOT_AVAILABLE, 100),
    published: SUPPRESSED,
    ratio: { kind: "value", value: 1 },
    isReference: false,
    isOverall: false,
    isUnknown: true,
    source: "dfe-exclusions-2016-17",
  };
  return withReference({ ...view, id: "exclusions-permanent-by-ethnicity-gaps", minEvents: 100, rows: [...view.rows, unclassified] }, view.reference);
}

const row = (layout: ComparisonLayout, key: string) => layout.rows.find((r) => r.key === key)!;
const groupMarkup = (svg: string, key: string) => new RegExp(`<g class="comparison-row[^"]*" data-group="${key}"[^>]*>[\\s\\S]*?</g>`).exec(svg)?.[0] ?? "";

/** Where a ratio sits on the chart's log axis, read from two of its labelled ticks. */
function onAxis(layout: ComparisonLayout, ratio: number): number {
  const two = layout.ticks.find((t) => t.value === 2)!;
  const four = layout.ticks.find((t) => t.value === 4)!;
  return two.x + (four.x - two.x) * Math.log2(ratio / 2);
}

describe("comparisonChart snapshots (DfE exclusions and suspensions as published)", () => {
  it("draws permanent exclusions by ethnicity against White British, 2016/17", async () => {
    await expect(comparisonChart(ethnicity, WIDE)).toMatchFileSnapshot("../__snapshots__/comparison-exclusions-ethnicity.svg");
    await expect(comparisonChart(ethnicity, NARROW)).toMatchFileSnapshot("../__snapshots__/comparison-exclusions-ethnicity-320.svg");
  });

  it("draws the same against all pupils", async () => {
    await expect(comparisonChart(withReference(ethnicity, "All pupils"), WIDE)).toMatchFileSnapshot(
      "../__snapshots__/comparison-exclusions-ethnicity-all-pupils.svg",
    );
  });

  it("wraps long SEN group names at 320 px", async () => {
    await expect(comparisonChart(sen, NARROW)).toMatchFileSnapshot("../__snapshots__/comparison-exclusions-sen-320.svg");
  });

  it("draws published suspension rates by SEN without intervals, 2021/22", async () => {
    await expect(comparisonChart(suspensions, WIDE)).toMatchFileSnapshot("../__snapshots__/comparison-suspensions-sen.svg");
  });

  it("draws a suppressed group and a too-few-to-say group in words, at 320 px", async () => {
    await expect(comparisonChart(withGaps(ethnicity), NARROW)).toMatchFileSnapshot("../__snapshots__/comparison-exclusions-gaps-320.svg");
  });
});

describe("dots, whiskers and the rule at 1", () => {
  it("puts Black Caribbean right of the rule, its whisker spanning 2.47 to 3.16 on the log scale", () => {
    // 260 of 92,595 against 5,470 of 5,439,705, with the Katz log interval worked out here.
    const ratio = 260 / 92595 / (5470 / 5439705);
    const se = Math.sqrt(1 / 260 - 1 / 92595 + 1 / 5470 - 1 / 5439705);
    const [lower, upper] = [ratio * Math.exp(-1.96 * se), ratio * Math.exp(1.96 * se)];
    expect([ratio.toFixed(2), lower.toFixed(2), upper.toFixed(2)]).toEqual(["2.79", "2.47", "3.16"]);

    const layout = layoutComparison(ethnicity, WIDE);
    const bc = row(layout, "Black Caribbean");
    expect(bc.x!).toBeGreaterThan(layout.ruleX);
    expect(bc.x!).toBeCloseTo(onAxis(layout, ratio), 0);
    expect(bc.whisker!.x0).toBeCloseTo(onAxis(layout, lower), 0);
    expect(bc.whisker!.x1).toBeCloseTo(onAxis(layout, upper), 0);
    expect(bc.whisker!.x0).toBeGreaterThan(layout.ruleX);
    expect(bc.ratioText.lines).toEqual(["2.79× (2.47 to 3.16)"]);
    expect(bc.rateText.lines).toEqual(["0.28 per 100"]);
  });

  it("marks ratios on a log axis with 1 on a tick and room for every interval", () => {
    const layout = layoutComparison(ethnicity, WIDE);
    expect(layout.ticks.map((t) => t.label.lines[0])).toEqual(["0.5×", "1×", "2×", "4×", "8×"]);
    expect(layout.ticks.find((t) => t.value === 1)!.x).toBe(layout.ruleX);
    const step = layout.ticks[1]!.x - layout.ticks[0]!.x;
    for (let i = 1; i < layout.ticks.length; i++) expect(layout.ticks[i]!.x - layout.ticks[i - 1]!.x).toBeCloseTo(step, 0);
    expect(ratioDomain([0.96, 2.47, 5.18])).toEqual([0.5, 8]);
    expect(ratioDomain([1.01])).toEqual([0.5, 2]);
    expect(ratioDomain([0.1, 12])).toEqual([0.0625, 16]);
  });

  it("labels the rule with the reference group and marks that group at 1 with its own shape, no whisker", () => {
    const layout = layoutComparison(ethnicity, WIDE);
    expect(layout.ruleLabel!.lines).toEqual(["same rate as White British"]);
    const wb = row(layout, "White British");
    expect(wb.mark).toBe("reference");
    expect(wb.x).toBe(layout.ruleX);
    expect(wb.whisker).toBeNull();
    expect(wb.ratioText.lines).toEqual(["reference group"]);
    const svg = comparisonChart(ethnicity, WIDE);
    const markup = groupMarkup(svg, "White British");
    expect(markup).toContain('data-value="1"');
    expect(markup).toContain(`fill="${COMPARISON_COLOURS.reference}"`);
    expect(markup).toContain("<title>White British: the reference group, drawn at 1. Rate 0.10 per 100 as published (5,470 of 5,439,705)");
    expect(groupMarkup(svg, "Black Caribbean")).toContain("<circle");
    expect(markup).not.toContain("<circle");
  });

  it("moves the rule's label and every dot when the reference group changes", () => {
    const before = layoutComparison(ethnicity, WIDE);
    const after = layoutComparison(withReference(ethnicity, "All pupils"), WIDE);
    expect(after.ruleLabel!.lines).toEqual(["same rate as All pupils"]);
    for (const r of before.rows) expect(row(after, r.key).x).not.toBe(r.x);
    expect(row(after, "All pupils").mark).toBe("reference");
    expect(row(after, "White British").mark).toBe("group");
    expect(row(after, "White British").ratioText.lines).toEqual([`${(5470 / 5439705 / (7720 / 8024635)).toFixed(2)}× (1.01 to 1.08)`]);
    expect(row(after, "White British").x!).toBeGreaterThan(after.ruleX);
    expect(comparisonChart(withReference(ethnicity, "All pupils"), WIDE)).toContain("Times the rate of All pupils (log scale)");
  });

  it("keeps everyone last and labelled, set apart by a rule", () => {
    const layout = layoutComparison(ethnicity, WIDE);
    expect(layout.rows.map((r) => r.key)).toEqual(["Gypsy/Roma", "Black Caribbean", "White British", "All pupils"]);
    const all = row(layout, "All pupils");
    expect(all.mark).toBe("overall");
    expect(all.tag!.lines).toEqual(["overall"]);
    expect(layout.separatorY!).toBeGreaterThan(row(layout, "White British").y1);
    expect(layout.separatorY!).toBeLessThan(all.y0);
    expect(layout.legend.map((e) => e.text.lines.join(" "))).toEqual(["Ratio with its 95% interval", "Reference group", "Everyone (overall)"]);
  });
});

describe("rows with no ratio", () => {
  it("says too few to say, with no dot", () => {
    const view = withGaps(ethnicity);
    const gr = row(layoutComparison(view, NARROW), "Gypsy/Roma");
    expect(gr.x).toBeNull();
    expect(gr.whisker).toBeNull();
    expect(gr.reason).toBe("too-few");
    expect(gr.ratioText.lines).toEqual(["too few to say"]);
    // As published: 90 of 21,260 gives 0.42, but the Department publishes 0.43 from its unrounded counts.
    expect(gr.rateText.lines).toEqual(["0.43 per 100"]);
    const markup = groupMarkup(comparisonChart(view, NARROW), "Gypsy/Roma");
    expect(markup).toContain('data-reason="too-few"');
    expect(markup).not.toContain("data-value");
    expect(markup).not.toMatch(/<circle|<path/);
    expect(markup).toContain("<title>Gypsy/Roma: ratio to White British too few to say. Rate 0.43 per 100 as published (90 of 21,260).");
    expect(comparisonChart(view, NARROW)).toContain("No dot: Gypsy/Roma (too few to say); Unclassified (suppressed).");
  });

  it("keeps a not-recorded group with a suppressed count, labelled and in words", () => {
    const layout = layoutComparison(withGaps(ethnicity), NARROW);
    expect(layout.rows.map((r) => r.key)).toEqual(["Gypsy/Roma", "Black Caribbean", "White British", "Unclassified", "All pupils"]);
    const un = row(layout, "Unclassified");
    expect(un.isUnknown).toBe(true);
    expect(un.tag!.lines).toEqual(["not recorded"]);
    expect(un.ratioText.lines).toEqual(["suppressed"]);
    expect(un.rateText.lines).toEqual(["rate suppressed"]);
    expect(un.x).toBeNull();
    expect(groupMarkup(comparisonChart(withGaps(ethnicity), NARROW), "Unclassified")).toContain('data-reason="suppressed"');
  });
});

describe("published rates (no counts)", () => {
  it("draws dots without whiskers and says why there is no interval", () => {
    const layout = layoutComparison(suspensions, WIDE);
    expect(suspensions.reference).toBe("No SEN");
    expect(layout.rows.every((r) => r.whisker === null)).toBe(true);
    const support = row(layout, "SEN without a statement (SEN support)");
    expect(support.ratioText.lines).toEqual([`${(18.59 / 4.69).toFixed(2)}×`]);
    expect(support.x!).toBeGreaterThan(layout.ruleX);
    expect(layout.legend[0]!.text.lines.join(" ")).toBe("Ratio (no interval: counts not published)");
    const svg = comparisonChart(suspensions, WIDE);
    expect(svg).toMatch(/<desc [^>]*>[^<]*No interval: counts not published/);
    expect(svg).toContain("3.96 times the rate of No SEN (no interval: counts not published). Rate 18.59 per 100.");
  });
});

describe("markup", () => {
  it("wraps long group names", () => {
    const layout = layoutComparison(sen, NARROW);
    expect(row(layout, "SEN without a statement or EHC plan").label.lines.length).toBeGreaterThan(1);
    const boxes = layout.rows.flatMap((r) => [r.label.box, ...(r.tag ? [r.tag.box] : []), r.ratioText.box, r.rateText.box]);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlapArea(boxes[i]!, boxes[j]!)).toBe(0);
    }
  });

  it("fits in 320 px: every text within the viewBox", () => {
    for (const view of [ethnicity, sen, suspensions, withGaps(ethnicity)]) {
      const svg = comparisonChart(view, NARROW);
      const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
      expect(w).toBe(320);
      const layout = layoutComparison(view, NARROW);
      const texts = [
        layout.heading,
        layout.ruleLabel,
        layout.axisLabel,
        ...layout.ticks.map((t) => t.label),
        ...layout.legend.map((e) => e.text),
        ...layout.rows.flatMap((r) => [r.label, r.tag, r.ratioText, r.rateText]),
      ].filter((t) => t !== null);
      for (const t of texts) {
        expect(t!.box.x0).toBeGreaterThanOrEqual(0);
        expect(t!.box.x1).toBeLessThanOrEqual(320);
        expect(t!.box.y0).toBeGreaterThanOrEqual(0);
        expect(t!.box.y1).toBeLessThanOrEqual(h!);
      }
      for (const m of svg.matchAll(/<(?:text|tspan) [^>]*?\bx="([-\d.]+)"/g)) {
        expect(Number(m[1])).toBeGreaterThanOrEqual(0);
        expect(Number(m[1])).toBeLessThanOrEqual(320);
      }
    }
  });

  it("escapes every data string", () => {
    const evil = "<script>alert(1)</script>";
    const rows = ethnicity.rows.map((r) => (r.key === "Black Caribbean" ? { ...r, key: evil, label: evil } : r));
    const view = withReference({ ...ethnicity, title: evil, breakdown: evil, rows }, evil);
    const svg = comparisonChart(view, WIDE);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("same rate as &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain('data-group="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it("is accessible, with one focusable mark per group, and the same string every time", () => {
    const svg = comparisonChart(ethnicity, WIDE);
    expect(svg).toMatch(
      /^<svg [^>]*class="chart-comparison" id="chart-exclusions-permanent-by-ethnicity" role="img" aria-labelledby="chart-exclusions-permanent-by-ethnicity-title chart-exclusions-permanent-by-ethnicity-desc"/,
    );
    expect(svg).toContain(
      "<desc id=\"chart-exclusions-permanent-by-ethnicity-desc\">Dot chart of Permanent exclusions per 100 pupils by ethnicity, England, 2016/17: each group&#39;s rate as a ratio to the rate of White British, on a log scale where the rule at 1 means the same rate; 3 groups compared. Lines show 95% intervals.</desc>",
    );
    expect([...svg.matchAll(/<g class="comparison-row[^>]*tabindex="-1"><title>/g)]).toHaveLength(4);
    expect(groupMarkup(svg, "Black Caribbean")).toContain(
      "<title>Black Caribbean: 2.79 times the rate of White British (95% interval 2.47 to 3.16). Rate 0.28 per 100 as published (260 of 92,595). — source: Permanent and fixed period exclusions in England: 2016 to 2017, Department for Education, 2018-07</title>",
    );
    expect(comparisonChart(ethnicity, WIDE)).toBe(svg);
  });

  it("uses colours that pass 3:1 on white, each with its own shape", () => {
    for (const colour of Object.values(COMPARISON_COLOURS)) expect(contrastRatio(colour, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(COMPARISON_SHAPES)).size).toBe(3);
  });

  it("says so when there are no groups", () => {
    expect(comparisonChart({ ...ethnicity, rows: [] }, WIDE)).toContain("No groups to show");
  });
});
