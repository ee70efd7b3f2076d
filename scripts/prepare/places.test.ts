import { describe, expect, it } from "vitest";
import { authorityCode, regionCode } from "./places.ts";

const academic = (timePeriod: string) => ({ timePeriod, timeIdentifier: "Academic year" as const });
const calendar = (timePeriod: string) => ({ timePeriod, timeIdentifier: "Calendar year" as const });
const financial = (timePeriod: string) => ({ timePeriod, timeIdentifier: "Financial year" as const });

describe("ONS codes from the local authority lookup", () => {
  it("gives an authority the code it had in the period", () => {
    expect(authorityCode(835, academic("201819"))).toBe("E10000009");
    expect(authorityCode(838, academic("201920"))).toBe("E06000059");
    expect(authorityCode(390, academic("201213"))).toBe("E08000020");
    expect(authorityCode(390, academic("201314"))).toBe("E08000037");
    expect(authorityCode(815, financial("202223"))).toBe("E10000023");
    expect(authorityCode(815, financial("202324"))).toBe("E06000065");
    expect(authorityCode(204, calendar("2016"))).toBe("E09000012");
  });

  it("uses an authority's first code for years before codes began, and none after its area ended", () => {
    expect(authorityCode(820, academic("200607"))).toBe("E10000001");
    expect(authorityCode(909, calendar("2023"))).toBe("E10000006");
    expect(authorityCode(835, calendar("2019"))).toBe("E10000009");
    expect(authorityCode(835, calendar("2020"))).toBe("x");
  });

  it("finds a region, Inner or Outer London by DfE's spellings and checks DfE's number", () => {
    expect(regionCode("Yorkshire and the Humber", 982)).toBe("E12000003");
    expect(regionCode("Yorkshire and The Humber")).toBe("E12000003");
    expect(regionCode("London (Inner)", 987)).toBe("E13000001");
    expect(regionCode("Outer London")).toBe("E13000002");
    expect(() => regionCode("London (Inner)", 986)).toThrow('Region "London (Inner)" is number 986 in the source');
    expect(() => regionCode("Narnia")).toThrow('The local authority lookup has no region "Narnia"');
    expect(() => authorityCode(999, academic("201617"))).toThrow("no authority numbered 999");
  });
});
