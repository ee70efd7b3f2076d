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

  it("knows nothing it was not told", () => {
    expect(findLocalAuthority("Bedfordshire (Pre LGR 2009)")).toBeUndefined();
    expect(findLocalAuthority("London")).toBeUndefined();
    expect(findLocalAuthority("Total")).toBeUndefined();
  });
});

describe("findPlace", () => {
  it("finds countries and regions, whatever the case of The in Yorkshire and The Humber", () => {
    expect(findPlace("England")).toEqual({ level: "National", code: "E92000001", name: "England" });
    expect(findPlace("Yorkshire and the Humber")).toEqual({ level: "Regional", code: "E12000003", name: "Yorkshire and The Humber" });
    expect(findPlace("Inner London")?.code).toBe("E13000001");
  });
});
