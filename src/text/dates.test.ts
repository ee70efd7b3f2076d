import { describe, expect, it } from "vitest";
import { dayMonthYear, eventTime, formatDate, formatEventDate, monthStarts, monthYear, shortMonthYear, yearStartOnOrAfter } from "./dates.ts";

describe("date labels", () => {
  it("writes months and days in English, in UTC", () => {
    const date = new Date(Date.UTC(2021, 2, 5, 23, 30));
    expect([shortMonthYear(date), monthYear(date), dayMonthYear(date)]).toEqual(["Mar 2021", "March 2021", "5 March 2021"]);
  });
});

describe("monthStarts", () => {
  it("lists the month starts inside the span whose month is a multiple of the step", () => {
    const starts = monthStarts(Date.UTC(2020, 10, 15), Date.UTC(2021, 6, 1), 3).map((d) => d.toISOString().slice(0, 10));
    expect(starts).toEqual(["2021-01-01", "2021-04-01"]);
  });

  it("includes a start that falls exactly on the first day", () => {
    expect(monthStarts(Date.UTC(2020, 0, 1), Date.UTC(2020, 2, 1), 1).map((d) => d.getUTCMonth())).toEqual([0, 1]);
  });
});

describe("yearStartOnOrAfter", () => {
  it("is the next 1 January, or the same instant when it is one", () => {
    expect(new Date(yearStartOnOrAfter(Date.UTC(2019, 8, 1))).toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(yearStartOnOrAfter(Date.UTC(2019, 0, 1))).toBe(Date.UTC(2019, 0, 1));
  });
});

describe("dates as sources give them", () => {
  it("are cited with the precision given, and anything else as written", () => {
    expect(["2021-07-27", "2021-07", "2021", "spring 2021", ""].map(formatDate)).toEqual(["27 Jul 2021", "Jul 2021", "2021", "spring 2021", ""]);
  });

  it("place an event at its day, or the middle of its month or year", () => {
    expect(eventTime("2020-03-23")).toBe(Date.UTC(2020, 2, 23));
    expect(eventTime("2020-03")).toBe((Date.UTC(2020, 2, 1) + Date.UTC(2020, 3, 1)) / 2);
    expect(eventTime("2019")).toBe((Date.UTC(2019, 0, 1) + Date.UTC(2020, 0, 1)) / 2);
    expect(eventTime("March 2020")).toBeNull();
    expect(["2020-03-05", "2020-03", "2019", "soon"].map(formatEventDate)).toEqual(["5 March 2020", "March 2020", "2019", "soon"]);
  });
});
