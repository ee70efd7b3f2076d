import { describe, expect, it } from "vitest";
import { parsePeriodText, type TwoYearReading } from "./period-text.ts";

/** Key, kind, label, start and end of a period written as text that must parse. */
function placed(text: string, twoYears?: TwoYearReading) {
  const result = parsePeriodText(text, twoYears);
  if (result.kind !== "period") throw new Error(`${text}: ${result.code}`);
  const { key, kind, label, start, end } = result.period;
  return { key, kind, label, start, end, assumed: result.assumed };
}

describe("parsePeriodText: years as a Freedom of Information answer types them", () => {
  it.each([
    ["2017", { key: "2017|Calendar year", kind: "calendar-year", start: "2017-01-01", end: "2018-01-01", assumed: false }],
    ["2014-15", { key: "201415|Academic year", kind: "academic-year", start: "2014-09-01", end: "2015-09-01", assumed: true }],
    ["2014/15", { key: "201415|Academic year", kind: "academic-year", start: "2014-09-01", end: "2015-09-01", assumed: true }],
    ["201415", { key: "201415|Academic year", kind: "academic-year", start: "2014-09-01", end: "2015-09-01", assumed: true }],
    ["2014-2015", { key: "201415|Academic year", kind: "academic-year", start: "2014-09-01", end: "2015-09-01", assumed: true }],
    ["1999/00", { key: "199900|Academic year", kind: "academic-year", start: "1999-09-01", end: "2000-09-01", assumed: true }],
    ["FY2019/20", { key: "201920|Financial year", kind: "financial-year", start: "2019-04-01", end: "2020-04-01", assumed: false }],
    ["FY 2019-20", { key: "201920|Financial year", kind: "financial-year", start: "2019-04-01", end: "2020-04-01", assumed: false }],
    ["FY19/20", { key: "201920|Financial year", kind: "financial-year", start: "2019-04-01", end: "2020-04-01", assumed: false }],
    ["Academic year 2019/20", { key: "201920|Academic year", kind: "academic-year", start: "2019-09-01", end: "2020-09-01", assumed: false }],
    ["Year ending March 2019", { key: "201819|Financial year", kind: "financial-year", start: "2018-04-01", end: "2019-04-01", assumed: false }],
    ["Year ending June 2019", { key: "2019-06|Year ending", kind: "reporting-year", start: "2018-07-01", end: "2019-07-01", assumed: false }],
  ] as const)("%s", (text, expected) => {
    expect(placed(text)).toEqual({ ...expected, label: text });
  });

  it("reads an unnamed two-year form as the descriptor says", () => {
    expect(placed("2014-15", "financial-year")).toMatchObject({ key: "201415|Financial year", start: "2014-04-01", assumed: true });
    expect(placed("2014-15", "tax-year")).toMatchObject({ key: "201415|Tax year", start: "2014-04-06" });
  });

  it("keeps the label as written, spaces tidied", () => {
    expect(placed("  2019/20 ").label).toBe("2019/20");
  });
});

describe("parsePeriodText: months, terms, quarters and days", () => {
  it.each([
    ["March 2019", "2019|March", "month", "2019-03-01", "2019-04-01"],
    ["Mar 2019", "2019|March", "month", "2019-03-01", "2019-04-01"],
    ["Mar-19", "2019|March", "month", "2019-03-01", "2019-04-01"],
    ["2019-03", "2019|March", "month", "2019-03-01", "2019-04-01"],
    ["03/2019", "2019|March", "month", "2019-03-01", "2019-04-01"],
    ["Sept 2020", "2020|September", "month", "2020-09-01", "2020-10-01"],
    ["Spring 2021", "202021|Spring term", "term", "2021-01-01", "2021-04-01"],
    ["Autumn 2020", "202021|Autumn term", "term", "2020-09-01", "2021-01-01"],
    ["Spring term 2020/21", "202021|Spring term", "term", "2021-01-01", "2021-04-01"],
    ["Q1 2020", "2020|Q1", "quarter", "2020-01-01", "2020-04-01"],
    ["2020 Q3", "2020|Q3", "quarter", "2020-07-01", "2020-10-01"],
    ["2020Q4", "2020|Q4", "quarter", "2020-10-01", "2021-01-01"],
    ["2019-03-31", "2019-03-31|Day", "day", "2019-03-31", "2019-04-01"],
    ["31/03/2019", "2019-03-31|Day", "day", "2019-03-31", "2019-04-01"],
  ])("%s", (text, key, kind, start, end) => {
    expect(placed(text)).toMatchObject({ key, kind, start, end, label: text });
  });
});

describe("parsePeriodText: spans of years", () => {
  it.each([
    ["2018 to 2020", "2018-2020|Calendar year span", "2018-01-01", "2021-01-01"],
    ["2013/14 to 2015/16", "201314-201516|Academic year span", "2013-09-01", "2016-09-01"],
    ["2014-16", "2014-2016|Calendar year span", "2014-01-01", "2017-01-01"],
  ])("%s is one period from the first year's start to the last year's end", (text, key, start, end) => {
    expect(placed(text)).toMatchObject({ key, kind: "multi-year", start, end, label: text });
  });
});

describe("parsePeriodText: what is not a period", () => {
  it.each(["", "Total", "12..5", "2019-13", "2014-13", "31/02/2019", "2020 to 2018", "Q5 2020", "Smarch 2019", "2014/16/18"])("%j", (text) => {
    expect(parsePeriodText(text)).toEqual({ kind: "error", code: "not-a-period" });
  });
});
