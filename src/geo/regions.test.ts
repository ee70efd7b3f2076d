import { describe, expect, it } from "vitest";
import { allPoliceForceAreas, policeForceByCode, policeForceByName } from "./police.ts";
import { allRegions, englishRegions, londonParts, regionByCode, regionByName, regionByNumber } from "./regions.ts";

describe("regions", () => {
  it("lists the nine regions with their ONS codes", () => {
    expect(englishRegions().map((r) => [r.code, r.name])).toEqual([
      ["E12000001", "North East"],
      ["E12000002", "North West"],
      ["E12000003", "Yorkshire and The Humber"],
      ["E12000004", "East Midlands"],
      ["E12000005", "West Midlands"],
      ["E12000006", "East of England"],
      ["E12000007", "London"],
      ["E12000008", "South East"],
      ["E12000009", "South West"],
    ]);
  });

  it("has DfE's Inner and Outer London and England", () => {
    expect(londonParts().map((r) => [r.code, r.name, r.number])).toEqual([
      ["E13000001", "Inner London", "987"],
      ["E13000002", "Outer London", "988"],
    ]);
    expect(regionByCode("E92000001")?.name).toBe("England");
    expect(allRegions()).toHaveLength(12);
  });

  it("finds a region by any spelling in DfE's files or by DfE's number", () => {
    expect(regionByName("Yorkshire and the Humber")?.code).toBe("E12000003");
    expect(regionByName("London (Inner)")?.code).toBe("E13000001");
    expect(regionByName("london (outer)")?.code).toBe("E13000002");
    expect(regionByNumber(986)?.code).toBe("E12000007");
    expect(regionByNumber("970")?.code).toBe("E92000001");
    expect(regionByName("Wessex")).toBeUndefined();
  });
});

describe("police force areas", () => {
  it("knows the Metropolitan Police area as E23000001", () => {
    expect(policeForceByCode("E23000001")).toEqual({ code: "E23000001", name: "Metropolitan Police", country: "England" });
    expect(policeForceByName("Metropolitan Police Service")?.code).toBe("E23000001");
  });

  it("finds Norfolk's force by the force's name", () => {
    expect(policeForceByName("Norfolk Constabulary")?.code).toBe("E23000024");
    expect(policeForceByName("Norfolk")?.code).toBe("E23000024");
  });

  it("lists England's 39 forces and Wales's 4", () => {
    const forces = allPoliceForceAreas();
    expect(forces.filter((f) => f.country === "England")).toHaveLength(39);
    expect(forces.filter((f) => f.country === "Wales").map((f) => f.name)).toEqual(["North Wales", "Gwent", "South Wales", "Dyfed-Powys"]);
  });
});
