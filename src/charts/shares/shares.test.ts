import { describe, expect, it } from "vitest";
import type { SharesView } from "../../stats/view-types.ts";
import { overlapArea } from "../labels.ts";
import { contrastRatio } from "../palette.ts";
import { shares } from "./index.ts";
import { layoutShares } from "./layout.ts";
import { SHARE_COLOURS } from "./render.ts";
import { usShares } from "../fixtures/us.ts";

const sharesChart = shares.draw;
const WIDE = { width: 640, height: 360 };
const NARROW = { width: 320, height: 300 };
const BLACK_2015 = "Referred to law enforcement or arrested, Black students, 2015/16";
const WHITE_2015 = "Referred to law enforcement or arrested, White students, 2015/16";

/** US Civil Rights Data Collection shares as reported: 31% of students referred or arrested were Black, against 15% of enrolment. */
const us: SharesView = usShares;

/** White students' share of enrolment made not available, as a publisher's gap would: illustrative only. */
function withGap(view: SharesView): SharesView {
  return {
    ...view,
    id: "us-shares-gap",
    rows: view.rows.map((r) =>
      r.key === WHITE_2015
        ? { ...r, population: { kind: "missing", reason: "not-available", symbol: "x" }, difference: { kind: "missing", reason: "not-available", symbol: "x" }, ratio: { kind: "missing", reason: "not-available", symbol: "x" } }
        : r,
    ),
  };
}

const rowOf = (view: SharesView, key: string, size = WIDE) => layoutShares(view, size).rows.find((r) => r.key === key)!;

describe("sharesChart snapshots (US Civil Rights Data Collection as reported)", () => {
  it("draws share of students referred or arrested beside share of enrolment", async () => {
    await expect(sharesChart(us, WIDE)).toMatchFileSnapshot("../__snapshots__/shares-us-school-policing.svg");
  });

  it("draws the same at 320 px, with a missing share in words", async () => {
    await expect(sharesChart(withGap(us), NARROW)).toMatchFileSnapshot("../__snapshots__/shares-us-school-policing-gap-320.svg");
  });
});

describe("paired bars", () => {
  it("shows Black students' 31% of referrals and arrests beside 15% of enrolment, 16 points apart", () => {
    const black = rowOf(us, BLACK_2015);
    const [outcome, population] = black.shares;
    expect(outcome.kind).toBe("outcome");
    expect(outcome.valueLabel.lines).toEqual(["31%"]);
    expect(population.valueLabel.lines).toEqual(["15%"]);
    expect(black.difference.lines).toEqual(["+16 pp"]);
    expect((outcome.bar!.x1 - outcome.bar!.x0) / (population.bar!.x1 - population.bar!.x0)).toBeCloseTo(31 / 15, 1);
    expect(population.y).toBeGreaterThan(outcome.y + outcome.height);
    expect(outcome.valueLabel.box.x0).toBeGreaterThan(outcome.bar!.x1);
    expect(black.difference.box.x0).toBeGreaterThan(Math.max(outcome.valueLabel.box.x1, population.valueLabel.box.x1));
  });

  it("keeps shares as published, one decimal only where published with one, and signs the difference", () => {
    const layout = layoutShares(us, WIDE);
    expect(layout.rows.map((r) => [r.shares[0].valueLabel.lines[0], r.shares[1].valueLabel.lines[0], r.difference.lines[0]])).toEqual([
      ["31%", "15%", "+16 pp"],
      ["36%", "49%", "-13 pp"],
      ["28%", "12%", "+16 pp"],
      ["33.4%", "15.5%", "+17.9 pp"],
      ["28%", "17%", "+11 pp"],
    ]);
  });

  it("names the two bars in a legend, with fills that differ by pattern as well as colour", () => {
    const layout = layoutShares(us, WIDE);
    expect(layout.legend.map((e) => [e.kind, e.text.lines.join(" ")])).toEqual([
      ["outcome", "Group's share of the students with this outcome"],
      ["population", "Share of enrolment"],
    ]);
    const svg = sharesChart(us, WIDE);
    expect(svg).toContain('<pattern id="chart-us-shares-hatch"');
    const population = /<g class="share share-population" data-group="Referred[^"]*Black students[^"]*"[^>]*>[\s\S]*?<\/g>/.exec(svg)![0];
    expect(population).toContain('fill="url(#chart-us-shares-hatch)"');
    expect(population).toContain('data-value="15"');
    expect(population).toContain(
      "<title>Referred to law enforcement or arrested, Black students, 2015/16: share of enrolment 15% (group&#39;s share of the students with this outcome 31%; difference +16 pp, 2.07× its share of the population).",
    );
    for (const colour of Object.values(SHARE_COLOURS)) expect(contrastRatio(colour, "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("shows a missing share as its reason in words, with no bar", () => {
    const white = rowOf(withGap(us), WHITE_2015);
    expect(white.shares[0].bar).not.toBeNull();
    expect(white.shares[1].bar).toBeNull();
    expect(white.shares[1].valueLabel.lines).toEqual(["not available"]);
    expect(white.difference.lines).toEqual(["not available"]);
    const svg = sharesChart(withGap(us), WIDE);
    const missing = /<g class="share share-population share-missing"[^>]*>/.exec(svg)![0];
    expect(missing).toContain('data-reason="not-available"');
    expect(missing).not.toContain("data-value");
    expect(svg).toContain(`No bar: ${WHITE_2015}, share of enrolment (not available).`);
  });
});

describe("markup", () => {
  it("fits in 320 px: long names wrap and every text stays within the viewBox", () => {
    const layout = layoutShares(withGap(us), NARROW);
    expect(layout.rows[0]!.label.lines.length).toBeGreaterThan(1);
    const boxes = [
      ...layout.legend.map((e) => e.text.box),
      layout.differenceHeading!.box,
      ...layout.rows.flatMap((r) => [r.label.box, r.difference.box, ...r.shares.map((s) => s.valueLabel.box)]),
    ];
    for (const box of boxes) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(320);
      expect(box.y1).toBeLessThanOrEqual(layout.height);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlapArea(boxes[i]!, boxes[j]!)).toBe(0);
    }
    const svg = sharesChart(withGap(us), NARROW);
    for (const m of svg.matchAll(/<(?:text|tspan) [^>]*?\bx="([-\d.]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1])).toBeLessThanOrEqual(320);
    }
  });

  it("escapes every data string", () => {
    const evil = "<script>alert(1)</script>";
    const view: SharesView = { ...us, title: evil, outcomeLabel: evil, populationLabel: evil, rows: us.rows.map((r) => ({ ...r, key: evil, label: evil })) };
    const svg = sharesChart(view, WIDE);
    expect(svg).not.toContain("<script");
    expect(svg).toContain('data-group="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it("is accessible and the same string every time", () => {
    const svg = sharesChart(us, WIDE);
    expect(svg).toMatch(/^<svg [^>]*class="chart-shares" id="chart-us-shares" role="img" aria-labelledby="chart-us-shares-title chart-us-shares-desc"/);
    expect(svg).toContain(
      '<desc id="chart-us-shares-desc">Paired bar chart: for each of 5 groups, group&#39;s share of the students with this outcome (solid bar) beside share of enrolment (hatched bar), with the difference in percentage points.</desc>',
    );
    expect([...svg.matchAll(/<g class="share [^>]*tabindex="-1"><title>/g)]).toHaveLength(10);
    expect(sharesChart(us, WIDE)).toBe(svg);
  });

  it("says so when there are no groups", () => {
    expect(sharesChart({ ...us, rows: [] }, WIDE)).toContain("No values to show");
  });
});
