import { describe, expect, it } from "vitest";
import { parsePeriod, periodMidpoint } from "./period.ts";

/** Label, start and end of a period that must parse. */
function placed(timePeriod: string, timeIdentifier: string) {
  const result = parsePeriod(timePeriod, timeIdentifier);
  if (result.kind !== "period") throw new Error(`${timePeriod} ${timeIdentifier}: ${result.code}`);
  const { label, start, end, kind } = result.period;
  return { label, start, end, kind };
}

describe("parsePeriod: years", () => {
  it.each([
    ["2017", "Calendar year", { label: "2017", start: "2017-01-01", end: "2018-01-01", kind: "calendar-year" }],
    ["201415", "Academic year", { label: "2014/15", start: "2014-09-01", end: "2015-09-01", kind: "academic-year" }],
    ["201920", "Financial year", { label: "2019-20", start: "2019-04-01", end: "2020-04-01", kind: "financial-year" }],
    ["201920", "Tax year", { label: "2019-20", start: "2019-04-06", end: "2020-04-06", kind: "tax-year" }],
    ["2019", "Reporting year", { label: "2019", start: "2019-01-01", end: "2020-01-01", kind: "reporting-year" }],
    ["201920", "Reporting year", { label: "2019/20", start: "2019-01-01", end: "2020-01-01", kind: "reporting-year" }],
    ["199900", "Academic year", { label: "1999/00", start: "1999-09-01", end: "2000-09-01", kind: "academic-year" }],
  ] as const)("%s %s", (tp, ti, expected) => {
    expect(placed(tp, ti)).toEqual(expected);
  });

  it("ignores the case and spacing of the identifier", () => {
    expect(placed(" 201415 ", "  academic   YEAR ")).toEqual({ label: "2014/15", start: "2014-09-01", end: "2015-09-01", kind: "academic-year" });
  });
});

describe("parsePeriod: months", () => {
  it.each([
    ["January", "Jan 2019", "2019-01-01", "2019-02-01"],
    ["February", "Feb 2019", "2019-02-01", "2019-03-01"],
    ["March", "Mar 2019", "2019-03-01", "2019-04-01"],
    ["April", "Apr 2019", "2019-04-01", "2019-05-01"],
    ["May", "May 2019", "2019-05-01", "2019-06-01"],
    ["June", "Jun 2019", "2019-06-01", "2019-07-01"],
    ["July", "Jul 2019", "2019-07-01", "2019-08-01"],
    ["August", "Aug 2019", "2019-08-01", "2019-09-01"],
    ["September", "Sep 2019", "2019-09-01", "2019-10-01"],
    ["October", "Oct 2019", "2019-10-01", "2019-11-01"],
    ["November", "Nov 2019", "2019-11-01", "2019-12-01"],
    ["December", "Dec 2019", "2019-12-01", "2020-01-01"],
  ])("%s 2019 is %s", (month, label, start, end) => {
    expect(placed("2019", month)).toEqual({ label, start, end, kind: "month" });
  });
});

describe("parsePeriod: weeks, quarters, terms and parts", () => {
  it("places ISO weeks: week 1 holds 4 January", () => {
    expect(placed("2020", "Week 1")).toEqual({ label: "Week 1 2020", start: "2019-12-30", end: "2020-01-06", kind: "week" });
    expect(placed("2020", "Week 52")).toEqual({ label: "Week 52 2020", start: "2020-12-21", end: "2020-12-28", kind: "week" });
  });

  it.each([
    ["Financial year Q1", "2019-20 Q1", "2019-04-01", "2019-07-01"],
    ["Financial year Q2", "2019-20 Q2", "2019-07-01", "2019-10-01"],
    ["Financial year Q3", "2019-20 Q3", "2019-10-01", "2020-01-01"],
    ["Financial year Q4", "2019-20 Q4", "2020-01-01", "2020-04-01"],
  ])("%s 201920", (id, label, start, end) => {
    expect(placed("201920", id)).toEqual({ label, start, end, kind: "quarter" });
  });

  it("places calendar quarters in a single year", () => {
    expect(placed("2019", "Calendar year Q3")).toEqual({ label: "2019 Q3", start: "2019-07-01", end: "2019-10-01", kind: "quarter" });
  });

  it.each([
    ["Autumn term", "Autumn term 2019/20", "2019-09-01", "2020-01-01"],
    ["Spring term", "Spring term 2019/20", "2020-01-01", "2020-04-01"],
    ["Summer term", "Summer term 2019/20", "2020-04-01", "2020-08-01"],
    ["Autumn and spring term", "Autumn and spring term 2019/20", "2019-09-01", "2020-04-01"],
  ])("%s 201920", (id, label, start, end) => {
    expect(placed("201920", id)).toEqual({ label, start, end, kind: "term" });
  });

  it("places the halves of a financial year", () => {
    expect(placed("201920", "Part 1 (April to September)")).toEqual({
      label: "2019-20 Part 1 (April to September)",
      start: "2019-04-01",
      end: "2019-10-01",
      kind: "part-year",
    });
    expect(placed("201920", "Part 2 (October to March)")).toEqual({
      label: "2019-20 Part 2 (October to March)",
      start: "2019-10-01",
      end: "2020-04-01",
      kind: "part-year",
    });
  });
});

describe("parsePeriod: what the standard does not allow", () => {
  it.each([
    ["201619", "Academic year", "not-consecutive"],
    ["2014/16", "Academic year", "not-consecutive"],
    ["17", "Calendar year", "bad-time-period"],
    ["2017-2018", "Academic year", "bad-time-period"],
    ["", "Calendar year", "bad-time-period"],
    ["2017", "Academic year", "needs-two-years"],
    ["2017", "Financial year Q1", "needs-two-years"],
    ["2017", "Autumn term", "needs-two-years"],
    ["201718", "Calendar year", "needs-one-year"],
    ["201718", "March", "needs-one-year"],
    ["201718", "Week 4", "needs-one-year"],
    ["2017", "Week 54", "bad-week"],
    ["2017", "Week 0", "bad-week"],
    ["2017", "Fortnight 3", "unknown-identifier"],
    ["2017", "", "unknown-identifier"],
  ])("%j %j is %s", (tp, ti, code) => {
    expect(parsePeriod(tp, ti)).toEqual({ kind: "error", code });
  });

  it("repairs 2014/15 and 2014-15 to 201415, with a warning, as the same period", () => {
    const standard = parsePeriod("201415", "Academic year");
    const slashed = parsePeriod("2014/15", "Academic year");
    const dashed = parsePeriod("2014-15", "Academic year");
    expect(slashed).toEqual({ ...standard, repair: "slash-or-dash" });
    expect(dashed).toEqual({ ...standard, repair: "slash-or-dash" });
    expect(standard).toEqual({
      kind: "period",
      period: {
        key: "201415|Academic year",
        timePeriod: "201415",
        timeIdentifier: "Academic year",
        kind: "academic-year",
        label: "2014/15",
        start: "2014-09-01",
        end: "2015-09-01",
      },
    });
  });

  it("keeps years before 100 as themselves", () => {
    expect(placed("0050", "Calendar year")).toEqual({ label: "0050", start: "0050-01-01", end: "0051-01-01", kind: "calendar-year" });
  });
});

describe("periodMidpoint", () => {
  it("is the middle of the period in milliseconds", () => {
    expect(new Date(periodMidpoint({ start: "2019-01-01", end: "2019-01-03" })).toISOString()).toBe("2019-01-02T00:00:00.000Z");
  });
});
