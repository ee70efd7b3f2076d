import { describe, expect, it } from "vitest";
import { academicYearOf, academicYearStart, firstAcademicYearFrom, normaliseAcademicYear } from "./academic-year.ts";

describe("academic years", () => {
  it("reads DfE's old and new spellings", () => {
    expect(academicYearStart("2018/19")).toBe(2018);
    expect(academicYearStart("201819")).toBe(2018);
    expect(normaliseAcademicYear("200809")).toBe("2008/09");
    expect(normaliseAcademicYear("1999/00")).toBe("1999/00");
  });

  it("rejects a span that is not one year", () => {
    expect(() => academicYearStart("2018/20")).toThrow('Not an academic year: "2018/20": the second part should be 19.');
    expect(() => academicYearStart("2018")).toThrow('Not an academic year: "2018"');
  });

  it("places a change on 1 April inside the academic year it falls in", () => {
    expect(academicYearOf("2019-04-01")).toBe("2018/19");
    expect(firstAcademicYearFrom("2019-04-01")).toBe("2019/20");
    expect(firstAcademicYearFrom("2019-09-01")).toBe("2019/20");
    expect(firstAcademicYearFrom("2019-09-02")).toBe("2020/21");
  });
});
