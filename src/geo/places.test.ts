import { describe, expect, it } from "vitest";
import { findLocalAuthority, findPlace } from "./places.ts";

describe("findLocalAuthority", () => {
  it("finds an authority by name, ONS code or old DfE number, with its region", () => {
    const hackney = { level: "Local authority", code: "E09000012", oldCode: "204", name: "Hackney", region: { code: "E12000007", name: "London" } };
    expect(findLocalAuthority("Hackney")).toEqual(hackney);
    expect(findLocalAuthority("E09000012")).toEqual(hackney);
    expect(findLocalAuthority("204")).toEqual(hackney);
  });

  it("reads the spellings the DfE's older tables used", () => {
    expect(findLocalAuthority("Bristol City of")?.code).toBe("E06000023");
    expect(findLocalAuthority("Kingston Upon Hull, City of")?.code).toBe("E06000010");
    expect(findLocalAuthority("Isles Of Scilly")?.code).toBe("E06000053");
    expect(findLocalAuthority("Durham")?.name).toBe("County Durham");
    expect(findLocalAuthority("St. Helens")?.oldCode).toBe("342");
  });

  it("gives an authority's newest ONS code when it has had two, and knows it by either", () => {
    expect(findLocalAuthority("Gateshead")?.code).toBe("E08000037");
    expect(findLocalAuthority("E08000020")?.name).toBe("Gateshead");
  });

  it("tells the county of Dorset before 2019 from the authority after it by the older spelling", () => {
    expect(findLocalAuthority("Dorset")?.oldCode).toBe("838");
    expect(findLocalAuthority("Dorset (Pre LG)")?.oldCode).toBe("835");
  });

  it("knows the county before the 2009 change by the name DfE's older files give it", () => {
    expect(findLocalAuthority("Bedfordshire (Pre LGR 2009)")).toMatchObject({ code: "E10000001", oldCode: "820", name: "Bedfordshire" });
  });

  it("knows nothing it was not told, and no region or total as an authority", () => {
    expect([findLocalAuthority("London"), findLocalAuthority("Total"), findLocalAuthority("Nowhere")]).toEqual([undefined, undefined, undefined]);
  });
});

describe("findPlace", () => {
  it("finds a police force area by a name no authority has, and an authority first where both share one", () => {
    expect(findPlace("Metropolitan Police")).toEqual({ level: "Police force area", code: "E23000001", name: "Metropolitan Police" });
    expect(findPlace("Durham")?.level).toBe("Local authority");
  });

  it("finds countries and regions, whatever the case of The in Yorkshire and The Humber", () => {
    expect(findPlace("England")).toEqual({ level: "National", code: "E92000001", name: "England" });
    expect(findPlace("Yorkshire and the Humber")).toEqual({ level: "Regional", code: "E12000003", name: "Yorkshire and The Humber" });
    expect(findPlace("Inner London")?.code).toBe("E13000001");
  });
});
