import { describe, expect, it } from "vitest";
import { standardPeriod } from "./years.ts";

describe("standardPeriod", () => {
  it("writes an academic year as six digits", () => {
    expect(standardPeriod("2015/16", "Academic Year")).toEqual({ timePeriod: "201516", timeIdentifier: "Academic year", qualifier: "" });
    expect(standardPeriod("1999/00", "Academic Year").timePeriod).toBe("199900");
  });

  it("names a financial year by the year ending 31 March it is written as", () => {
    expect(standardPeriod("2016", "Financial Year")).toEqual({ timePeriod: "201516", timeIdentifier: "Financial year", qualifier: "" });
    expect(standardPeriod("2025", "Financial Year").timePeriod).toBe("202425");
    expect(standardPeriod("2000", "Financial Year").timePeriod).toBe("199900");
  });

  it("keeps a revised or provisional year as a letter for its figures, not a different period", () => {
    expect(standardPeriod("2018 (Rev)", "Calendar Year")).toEqual({ timePeriod: "2018", timeIdentifier: "Calendar year", qualifier: "r" });
    expect(standardPeriod("2025 (prov)", "Financial Year")).toEqual({ timePeriod: "202425", timeIdentifier: "Financial year", qualifier: "p" });
    expect(standardPeriod("2020 (Final)", "Calendar Year")).toEqual({ timePeriod: "2020", timeIdentifier: "Calendar year", qualifier: "" });
  });

  it("refuses what it cannot place, naming the text", () => {
    expect(() => standardPeriod("2015/17", "Academic Year")).toThrow('Years "2015/17" (Academic Year): the two years are not consecutive');
    expect(() => standardPeriod("2016-17", "Academic Year")).toThrow("an academic year is written 2015/16");
    expect(() => standardPeriod("2014-16", "Calendar Year")).toThrow('Years "2014-16" (Calendar Year)');
    expect(() => standardPeriod("2016 (OT)", "Calendar Year")).toThrow('"(OT)" is not a note this preparation knows');
    expect(() => standardPeriod("0", "Academic Year")).toThrow('Years "0"');
    expect(() => standardPeriod("2016", "Quarter")).toThrow("the year type is not");
  });
});
