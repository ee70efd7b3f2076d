import { describe, expect, it } from "vitest";
import type { View } from "../stats/view-types.ts";
import { chooseShown, MAX_SHOWN, rankViews } from "./shown.ts";
import { londonTrend } from "../charts/fixtures/london.ts";

/** Just enough of a view for choosing: its kind, id, measure and breakdown. */
const view = (kind: string, id: string, extra: Record<string, unknown> = {}): View => ({ kind, id, title: id, subtitle: "", sources: [], notes: [], ...extra }) as unknown as View;
const comparison = (measure: string, breakdown: string) => view("comparison", `${measure}-by-${breakdown}`, { measure: { id: measure }, breakdown });
const multiples = (measure: string, breakdown: string) => view("multiples", `${measure}-by-${breakdown}-over-time`, { measure: { id: measure }, breakdown });

/** The national characteristics file's views, in the order they are made: trends, breakdowns, then each measure by each group, then over time. */
const BREAKDOWNS = ["Gender", "Age", "Ethnicity (major groups)", "Ethnicity (minor groups)", "National curriculum year", "Free school meal eligibility", "Free school meal eligibility in the last 6 years", "SEN provision", "SEN primary need", "IDACI decile"];
const characteristics: View[] = [
  ...["headcount", "perm-excl", "perm-excl-rate", "fixed-excl", "fixed-excl-rate", "one-plus-fixed"].map((c) => view("trend", `trend-${c}`)),
  view("breakdown", "by-school-type", { by: "School type" }),
  view("breakdown", "by-sex", { by: "Sex" }),
  ...["permanent", "fixed", "one-plus-fixed"].flatMap((m) => BREAKDOWNS.flatMap((b) => [comparison(m, b), multiples(m, b)])),
];

describe("the charts a dataset page draws", () => {
  it("draws every view, in the order made, when there are no more than a dozen", () => {
    const few = characteristics.slice(0, 8);
    expect(chooseShown(few)).toEqual({ shown: few, linked: [] });
  });

  it("draws a dozen of the national characteristics file's 68: comparisons of the first measure by the groups readers ask about, then the same over time, then the rest", () => {
    const { shown, linked } = chooseShown(characteristics);
    expect(MAX_SHOWN).toBe(12);
    expect(shown.map((v) => v.id)).toEqual([
      "permanent-by-Ethnicity (major groups)",
      "permanent-by-Ethnicity (minor groups)",
      "permanent-by-SEN provision",
      "permanent-by-SEN primary need",
      "permanent-by-Free school meal eligibility",
      "permanent-by-Free school meal eligibility in the last 6 years",
      "permanent-by-Ethnicity (major groups)-over-time",
      "permanent-by-Ethnicity (minor groups)-over-time",
      "permanent-by-SEN provision-over-time",
      "permanent-by-SEN primary need-over-time",
      "by-school-type",
      "by-sex",
    ]);
    expect(linked).toHaveLength(56);
    expect(new Set([...shown, ...linked])).toEqual(new Set(characteristics));
    expect(linked[0]!.id).toBe("trend-headcount");
  });

  it("always draws the views a descriptor features, ahead of the rest", () => {
    const { shown } = chooseShown(characteristics, new Set(["trend-perm-excl-rate", "fixed-by-Gender"]));
    expect(shown.slice(0, 2).map((v) => v.id)).toEqual(["trend-perm-excl-rate", "fixed-by-Gender"]);
    expect(shown).toHaveLength(12);
  });

  it("gives places a tier cannot fill to the next: a file of trends and two comparisons draws both comparisons and ten trends", () => {
    const views = [...Array.from({ length: 20 }, (_, i) => view("trend", `trend-${i}`)), comparison("rate", "Sex"), comparison("rate", "Age")];
    const { shown } = chooseShown(views);
    expect(shown.map((v) => v.id)).toEqual(["rate-by-Sex", "rate-by-Age", ...Array.from({ length: 10 }, (_, i) => `trend-${i}`)]);
  });

  it("ranks within a tier by measure first, then ethnicity, SEN and free school meals before other groups", () => {
    const ranked = rankViews([comparison("fixed", "Gender"), comparison("permanent", "Age"), comparison("fixed", "Ethnicity"), comparison("permanent", "Free school meals")]);
    expect(ranked.map((v) => v.id)).toEqual(["fixed-by-Ethnicity", "fixed-by-Gender", "permanent-by-Free school meals", "permanent-by-Age"]);
  });
});

describe("a page's weight", () => {
  it("sends a chart that would take the page past its budget to a page of its own, and keeps the lighter ones after it", () => {
    const views = Array.from({ length: 5 }, (_, i) => ({ ...londonTrend, id: `v${i}` }));
    const heavy = new Set(["v1"]);
    const { shown, linked } = chooseShown(views, new Set(), 12, { of: (v) => (heavy.has(v.id) ? 900 : 100), budget: 500 });
    expect(shown.map((v) => v.id)).toEqual(["v0", "v2", "v3", "v4"]);
    expect(linked.map((v) => v.id)).toEqual(["v1"]);
  });
});
