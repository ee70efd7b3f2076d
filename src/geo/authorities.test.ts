import { describe, expect, it } from "vitest";
import {
  allAuthorities,
  areaIdentity,
  authoritiesByName,
  authorityByCode,
  authorityByNumber,
  authorityIn,
  authoritySlug,
  codeIn,
  distinctName,
  findAuthorities,
  periodStatus,
} from "./authorities.ts";
import { londonPartOf, regionOf } from "./regions.ts";

describe("finding an authority", () => {
  it("knows Hackney as 204, E09000012, in London and in DfE's Inner London", () => {
    const hackney = authorityByNumber("204")!;
    expect(hackney.id).toBe("E09000012");
    expect(hackney.name).toBe("Hackney");
    expect(regionOf(hackney).name).toBe("London");
    expect(regionOf(hackney).code).toBe("E12000007");
    expect(londonPartOf(hackney)?.name).toBe("Inner London");
    expect(londonPartOf(hackney)?.code).toBe("E13000001");
    expect(findAuthorities("hackney")).toEqual([hackney]);
    expect(findAuthorities("E09000012")).toEqual([hackney]);
  });

  it("puts Haringey and Newham in Inner London and Greenwich in Outer London, as DfE does", () => {
    expect(authorityByNumber(309)!.londonPart).toBe("E13000001");
    expect(authorityByNumber(316)!.londonPart).toBe("E13000001");
    expect(authorityByNumber(203)!.londonPart).toBe("E13000002");
    expect(authorityByNumber(886)!.londonPart).toBeNull();
  });

  it.each([
    ["Kingston Upon Hull, City of", "E06000010", "810"],
    ["Kingston upon Hull City of", "E06000010", "810"],
    ["kingston upon hull, city of", "E06000010", "810"],
    ["Bristol City of", "E06000023", "801"],
    ["Bristol, City of", "E06000023", "801"],
    ["Durham", "E06000047", "840"],
    ["County Durham", "E06000047", "840"],
    ["Isles Of Scilly", "E06000053", "420"],
    ["Bedford Borough", "E06000055", "822"],
    ["St Helens", "E08000013", "342"],
    ["Southend on Sea", "E06000033", "882"],
    ["Dorset (Pre LG)", "E10000009", "835"],
    ["Bournemouth (Pre LG)", "E06000028", "837"],
    ["Bedfordshire (Pre LGR 2009)", "E10000001", "820"],
    ["Cheshire (Pre LGR 2009)", "E10000004", "875"],
  ])("finds %s as %s (%s)", (name, id, number) => {
    const found = authoritiesByName(name);
    expect(found.map((a) => [a.id, a.number])).toEqual([[id, number]]);
  });

  it("finds both areas DfE has called Dorset", () => {
    expect(authoritiesByName("Dorset").map((a) => a.id)).toEqual(["E10000009", "E06000059"]);
  });

  it("finds an authority by any code it has had", () => {
    expect(authorityByCode("E08000020")!.number).toBe("390");
    expect(authorityByCode("E08000037")!.number).toBe("390");
    expect(authorityByCode("e10000002")!.id).toBe("E06000060");
    expect(authorityByCode("E06000060")!.number).toBe("825");
    expect(authorityByCode("E06000063")!.name).toBe("Cumberland");
    expect(authorityByCode("E06000064")!.name).toBe("Westmorland and Furness");
    expect(authorityByCode("E06000065")!.number).toBe("815");
    expect(authorityByCode("E06000066")!.number).toBe("933");
    expect(authorityByCode("E99999999")).toBeUndefined();
  });

  it("counts 160 areas from 2006/07 on, and the number in being each year as DfE's tables do", () => {
    expect(allAuthorities()).toHaveLength(160);
    const inYear = (year: string) => allAuthorities().filter((a) => periodStatus(a, year) === "in-period").length;
    expect(inYear("2006/07")).toBe(150);
    expect(inYear("2008/09")).toBe(154);
    expect(inYear("2009/10")).toBe(152);
    expect(inYear("2019/20")).toBe(151);
    expect(inYear("2021/22")).toBe(152);
    expect(inYear("2023/24")).toBe(153);
  });
});

describe("area identity", () => {
  it("keeps Dorset before April 2019 and Dorset after apart", () => {
    expect(areaIdentity("835")).toBe("E10000009");
    expect(areaIdentity("838")).toBe("E06000059");
    expect(areaIdentity("E10000009")).not.toBe(areaIdentity("E06000059"));
  });

  it("gives one identity to an area under its old and new codes", () => {
    expect(areaIdentity("E10000002")).toBe(areaIdentity("E06000060"));
    expect(areaIdentity("E08000020")).toBe(areaIdentity("E08000037"));
    expect(areaIdentity("E10000023")).toBe("E06000065");
    expect(areaIdentity("E10000027")).toBe("E06000066");
  });
});

describe("an area in a given year", () => {
  it("reads 835 in 2018/19 as Dorset county, E10000009", () => {
    const found = authorityIn("835", "2018/19")!;
    expect([found.authority.name, found.code, found.tier, found.status]).toEqual(["Dorset", "E10000009", "county", "in-period"]);
  });

  it("reads 838 in 2019/20 as the Dorset unitary authority, E06000059", () => {
    const found = authorityIn("838", "201920")!;
    expect([found.authority.name, found.code, found.tier, found.status]).toEqual(["Dorset", "E06000059", "unitary authority", "in-period"]);
  });

  it("reads the name Dorset as whichever Dorset existed that year", () => {
    expect(authorityIn("Dorset", "2018/19")!.code).toBe("E10000009");
    expect(authorityIn("Dorset", "2019/20")!.code).toBe("E06000059");
  });

  it("says 835 had ended by 2019/20 and Cumberland did not exist in 2022/23", () => {
    expect(authorityIn("835", "2019/20")!.status).toBe("ended");
    expect(authorityIn("Cumberland", "2022/23")!.status).toBe("not-yet");
  });

  it("gives the code in use each year for an area that was recoded", () => {
    const bucks = authorityByNumber("825")!;
    expect(codeIn(bucks, "2019/20")).toBe("E10000002");
    expect(codeIn(bucks, "2020/21")).toBe("E06000060");
    expect(authorityIn("825", "2019/20")!.tier).toBe("county");
    expect(authorityIn("825", "2020/21")!.tier).toBe("unitary authority");
    const gateshead = authorityByNumber("390")!;
    expect(codeIn(gateshead, "2006/07")).toBe("E08000020");
    expect(codeIn(gateshead, "2013/14")).toBe("E08000037");
    expect(codeIn(authorityByNumber("815")!, "2023/24")).toBe("E06000065");
    expect(codeIn(authorityByNumber("908")!, "2006/07")).toBe("E06000052");
  });

  it("rejects a year it cannot read", () => {
    expect(() => authorityIn("204", "2018-2020")).toThrow('Not an academic year: "2018-2020"');
  });
});

describe("names and addresses", () => {
  it("tells apart two areas with one name by their years", () => {
    expect(distinctName(authorityByNumber("835")!)).toBe("Dorset (to 2018/19)");
    expect(distinctName(authorityByNumber("838")!)).toBe("Dorset (from 2019/20)");
    expect(distinctName(authorityByNumber("839")!)).toBe("Bournemouth, Christchurch and Poole");
  });

  it("names a page by its identity code and its name", () => {
    expect(authoritySlug(authorityByNumber("204")!)).toBe("E09000012-hackney");
    expect(authoritySlug(authorityByNumber("810")!)).toBe("E06000010-kingston-upon-hull-city-of");
    expect(authoritySlug(authorityByNumber("835")!)).toBe("E10000009-dorset");
  });
});
