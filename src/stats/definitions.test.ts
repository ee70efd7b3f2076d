import { describe, expect, it } from "vitest";
import type { Period } from "../data/types.ts";
import { withDefinitions } from "./definitions.ts";
import type { TrendView } from "./view-types.ts";

/** A trend by definition, grouped, with one definition to quote and near-identical names explained. */

const period: Period = { key: "2017|Calendar year", timePeriod: "2017", timeIdentifier: "Calendar year", kind: "calendar-year", label: "2017", start: "2017-01-01", end: "2017-12-31" };
const series = (key: string, value: number) => ({ key, label: key, points: [{ period, cell: { kind: "value" as const, value, flags: [] }, source: null }] });
const view: TrendView = {
  kind: "trend",
  id: "london",
  title: "Police officers in London's schools",
  subtitle: "",
  indicator: { column: "officers", label: "Officers", unit: "", decimals: 0 },
  series: [series("officers in London's schools", 295), series("officers in London schools", 357), series("Safer Schools Officers", 294)],
  annotations: [],
  sources: [],
  notes: ["As published."],
};
const settings = {
  quote: "Safer Schools Officers",
  quoteNote: "For 2017, quote 294 Safer Schools Officers.",
  groups: [
    { label: "The Met's role names", levels: ["Safer Schools Officers"] },
    { label: "Two publications' wordings", levels: ["officers in London's schools", "officers in London schools"], note: "Officers in schools in general." },
  ],
  notes: { "officers in London schools": "the Guardian's wording; not joined to Schools Week's." },
};

describe("withDefinitions", () => {
  it("emphasises the definition to quote, draws the groups in order and says which figure to quote, joining and dropping nothing", () => {
    const { view: read, unknown } = withDefinitions(view, settings);
    expect(unknown).toEqual([]);
    expect(read.emphasis).toBe("Safer Schools Officers");
    expect(read.series.map((s) => [s.key, s.points[0]!.cell])).toEqual([
      ["Safer Schools Officers", { kind: "value", value: 294, flags: [] }],
      ["officers in London's schools", { kind: "value", value: 295, flags: [] }],
      ["officers in London schools", { kind: "value", value: 357, flags: [] }],
    ]);
    expect(read.notes).toEqual([
      "The series to quote is “Safer Schools Officers”, drawn heavier with its figures labelled; the other definitions are drawn lighter, with their figures in the table. For 2017, quote 294 Safer Schools Officers.",
      "The Met's role names: “Safer Schools Officers”.",
      "Two publications' wordings: “officers in London's schools”; “officers in London schools”. Officers in schools in general.",
      "“officers in London schools”: the Guardian's wording; not joined to Schools Week's.",
      "As published.",
    ]);
  });

  it("names the definitions the descriptor gives that no series has", () => {
    const { unknown } = withDefinitions(view, { ...settings, notes: { "officers in Londons schools": "a typo" } });
    expect(unknown).toEqual(["officers in Londons schools"]);
  });
});
