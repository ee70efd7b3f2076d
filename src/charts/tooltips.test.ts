import { describe, expect, it } from "vitest";
import type { Cell } from "../data/types.ts";
import { rate, riskRatio } from "../stats/measures.ts";
import type { BreakdownView, ComparisonRow, ComparisonView, MultiplesView, SharesView, View } from "../stats/view-types.ts";
import type { PointKeys } from "./kind.ts";
import { kindOf } from "./registry.ts";

/** What the view's kind of chart says in the tooltip of the value with `keys`. */
const pointInfo = (view: View, keys: PointKeys) => kindOf(view).tooltip(view, keys);

const period = { key: "2019|February", timePeriod: "2019", timeIdentifier: "February", kind: "month" as const, label: "Feb 2019", start: "2019-02-01", end: "2019-03-01" };
const view: BreakdownView = {
  kind: "breakdown",
  id: "ldn-phase",
  title: "Officers by phase",
  subtitle: "",
  indicator: { column: "officers", label: "Officers", unit: "", decimals: 0 },
  period,
  by: "School phase",
  bars: [
    { key: "Primary", label: "Primary", cell: { kind: "value", value: 1600, flags: ["estimated"] }, source: "gla", isTotal: false },
    { key: "Special", label: "Special", cell: { kind: "missing", reason: "suppressed", symbol: "c" }, source: "gla", isTotal: false },
  ],
  sources: [{ id: "gla", title: "Answer 2019/6043", publisher: "Greater London Authority", date: "2019", path: "", locator: "" }],
  notes: [],
};

describe("a value's tooltip", () => {
  it("gives the group, the figure with its qualifier, the period as published and the source", () => {
    expect(pointInfo(view, { bar: "Primary", period: "2019|February" })).toEqual({
      heading: "School phase: Primary",
      lines: ["Officers: 1,600 (estimate)", "Feb 2019", "Source: Greater London Authority, 2019"],
    });
  });

  it("gives the reason and the symbol when there is no figure, never a zero", () => {
    expect(pointInfo(view, { bar: "Special" })?.lines[0]).toBe("Officers: no figure, suppressed ([c]: confidential: suppressed to protect people). Never counted as zero.");
  });

  it("says nothing for a value the data does not have", () => {
    expect(pointInfo(view, { bar: "Nursery" })).toBeNull();
  });
});

const n = (value: number): Cell => ({ kind: "value", value, flags: [] });
const SUPPRESSED: Cell = { kind: "missing", reason: "suppressed", symbol: "c" };
const dfe = [{ id: "dfe", title: "Permanent and fixed-period exclusions in England: 2016 to 2017", publisher: "Department for Education", date: "2018-07", path: "", locator: "" }];
const year = { key: "201617|Academic year", timePeriod: "201617", timeIdentifier: "Academic year", kind: "academic-year" as const, label: "2016/17", start: "2016-09-01", end: "2017-08-31" };
const permanent = { id: "permanent", type: "rate" as const, label: "Permanent exclusions per 100 pupils", per: 100, numeratorLabel: "Permanent exclusions", denominatorLabel: "Pupils (headcount)" };

/** A group of DfE 2016/17 permanent exclusions, its ratio taken against White British (5,470 of 5,439,705). */
function group(key: string, events: Cell, pupils: Cell, extra: Partial<ComparisonRow> = {}): ComparisonRow {
  return {
    key,
    label: key,
    numerator: events,
    denominator: pupils,
    rate: rate(events, pupils, 100),
    published: null,
    ratio: riskRatio(events, pupils, n(5470), n(5439705)),
    isReference: false,
    isOverall: false,
    isUnknown: false,
    source: "dfe",
    ...extra,
  };
}

const comparison: ComparisonView = {
  kind: "comparison",
  id: "exclusions-permanent-by-ethnicity",
  title: "Permanent exclusions by ethnicity",
  subtitle: "",
  period: year,
  place: "England",
  breakdown: "Ethnicity",
  measure: permanent,
  reference: "White British",
  rows: [
    group("White British", n(5470), n(5439705), { isReference: true, ratio: { kind: "value", value: 1 } }),
    group("Black Caribbean", n(260), n(92595)),
    group("Gypsy/Roma", n(9), n(23250)),
    group("Unclassified", SUPPRESSED, n(160000), { isUnknown: true }),
  ],
  minEvents: 10,
  sources: dfe,
  notes: [],
};

describe("a comparison's tooltip", () => {
  it("is the same sentence the chart reads the group out as and the summary gives", () => {
    const row = comparison.rows.find((r) => r.key === "Black Caribbean")!;
    const summary = kindOf(comparison).summary(comparison);
    expect(summary).toContain("Black Caribbean: 2.79 times the rate of White British (95% interval 2.47 to 3.16). Rate 0.28 per 100 worked out from the counts (260 of 92,595).");
    expect(kindOf(comparison).draw(comparison, { width: 640, height: 360 })).toContain(`<title>${summary.find((s) => s.startsWith(row.label))}`);
  });

  it("gives the group's sentence, as its chart and summary word it: the ratio with its 95% interval, the rate with its counts, then the period and the source", () => {
    expect(pointInfo(comparison, { group: "Black Caribbean" })).toEqual({
      heading: "Black Caribbean",
      lines: ["2.79 times the rate of White British (95% interval 2.47 to 3.16)", "Rate 0.28 per 100 worked out from the counts (260 of 92,595)", "2016/17", "Source: Department for Education, Jul 2018"],
    });
  });

  it("names the reference group as such, with its own rate", () => {
    expect(pointInfo(comparison, { group: "White British" })?.lines.slice(0, 2)).toEqual([
      "The reference group, drawn at 1",
      "Rate 0.10 per 100 worked out from the counts (5,470 of 5,439,705)",
    ]);
  });

  it("gives the reason in words when there is no ratio or no rate", () => {
    expect(pointInfo(comparison, { group: "Gypsy/Roma" })?.lines.slice(0, 2)).toEqual(["Ratio to White British too few to say", "Rate 0.04 per 100 worked out from the counts (9 of 23,250)"]);
    expect(pointInfo(comparison, { group: "Unclassified" })).toEqual({
      heading: "Unclassified (not recorded)",
      lines: ["Ratio to White British suppressed", "Rate: suppressed", "2016/17", "Source: Department for Education, Jul 2018"],
    });
  });

  it("says a published rate's ratio has no interval", () => {
    const published: ComparisonView = {
      ...comparison,
      measure: { ...permanent, type: "published-rate", numeratorLabel: null, denominatorLabel: null },
      rows: [group("Black Caribbean", n(260), n(92595), { numerator: null, denominator: null, ratio: { kind: "value", value: 2.8 } })],
    };
    expect(pointInfo(published, { group: "Black Caribbean" })?.lines.slice(0, 2)).toEqual(["2.80 times the rate of White British (no interval: counts not published)", "Rate 0.28 per 100"]);
  });

  it("says nothing for a group the data does not have", () => {
    expect(pointInfo(comparison, { group: "Chinese" })).toBeNull();
  });
});

const shares: SharesView = {
  kind: "shares",
  id: "us-shares",
  title: "Referrals and arrests by race",
  subtitle: "",
  outcomeLabel: "Share of students with this outcome",
  populationLabel: "Share of enrolment",
  rows: [
    { key: "Black", label: "Black students", outcome: n(31), population: n(15), difference: { kind: "value", value: 16 }, ratio: { kind: "value", value: 31 / 15 }, isUnknown: false, source: "crdc" },
    { key: "White", label: "White students", outcome: n(33.4), population: SUPPRESSED, difference: { kind: "missing", reason: "suppressed", symbol: "c" }, ratio: { kind: "missing", reason: "suppressed", symbol: "c" }, isUnknown: false, source: "crdc" },
  ],
  sources: [{ id: "crdc", title: "Civil Rights Data Collection", publisher: "US Department of Education", date: "2018", path: "", locator: "" }],
  notes: [],
};

describe("a shares chart's tooltip", () => {
  it("sets the share of the outcome beside the share of the population, with the difference in percentage points", () => {
    const expected = {
      heading: "Black students",
      lines: ["Share of students with this outcome: 31%", "Share of enrolment: 15%", "Difference: +16 pp", "Source: US Department of Education, 2018"],
    };
    expect(pointInfo(shares, { group: "Black", share: "outcome" })).toEqual(expected);
    expect(pointInfo(shares, { group: "Black", share: "population" })).toEqual(expected);
  });

  it("gives a missing share's reason, and no difference from it", () => {
    expect(pointInfo(shares, { group: "White", share: "population" })?.lines.slice(0, 3)).toEqual([
      "Share of students with this outcome: 33.4%",
      "Share of enrolment: suppressed",
      "Difference: suppressed",
    ]);
  });
});

const earlier = { ...year, key: "201516|Academic year", timePeriod: "201516", label: "2015/16", start: "2015-09-01", end: "2016-08-31" };
const multiples: MultiplesView = {
  kind: "multiples",
  id: "exclusions-over-time",
  title: "Permanent exclusions by ethnicity over time",
  subtitle: "",
  place: "England",
  breakdown: "Ethnicity",
  measure: permanent,
  reference: "White British",
  periods: [earlier, year],
  panels: [
    {
      key: "Black Caribbean",
      label: "Black Caribbean",
      isReference: false,
      isOverall: false,
      isUnknown: false,
      points: [
        { period: earlier, numerator: SUPPRESSED, denominator: n(91000), rate: rate(SUPPRESSED, n(91000), 100), flags: [], source: "dfe" },
        { period: year, numerator: n(260), denominator: n(92595), rate: rate(n(260), n(92595), 100), flags: [], source: "dfe" },
      ],
    },
    {
      key: "Unclassified",
      label: "Unclassified",
      isReference: false,
      isOverall: false,
      isUnknown: true,
      points: [{ period: year, numerator: null, denominator: null, rate: { kind: "value", value: 0.2 }, flags: ["estimated"], source: "dfe" }],
    },
  ],
  sources: dfe,
  notes: [],
};

describe("a small multiple's tooltip", () => {
  it("gives the group, its rate with the counts, the period as published and the source", () => {
    expect(pointInfo(multiples, { series: "Black Caribbean", group: "Black Caribbean", period: "201617|Academic year" })).toEqual({
      heading: "Black Caribbean",
      lines: ["0.28 per 100 worked out from the counts (260 of 92,595)", "2016/17", "Source: Department for Education, Jul 2018"],
    });
  });

  it("gives the reason for a period with no rate, and a rate's qualifiers", () => {
    expect(pointInfo(multiples, { group: "Black Caribbean", period: "201516|Academic year" })?.lines[0]).toBe("No rate: suppressed");
    expect(pointInfo(multiples, { group: "Unclassified", period: "201617|Academic year" })?.lines[0]).toBe("0.20 per 100, estimate");
    expect(pointInfo(multiples, { group: "Unclassified", period: "201516|Academic year" })).toBeNull();
  });
});
