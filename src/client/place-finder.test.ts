import { describe, expect, it } from "vitest";
import { matchPlace } from "./place-finder.ts";

const options = [
  { value: "Camden (E09000007)", href: "places/e09000007/" },
  { value: "Cambridgeshire (E10000003)", href: "places/e10000003/" },
  { value: "London (E12000007)", href: "places/e12000007/" },
];

describe("matchPlace", () => {
  it("opens a place picked from the list", () => {
    expect(matchPlace("Camden (E09000007)", options)).toBe("places/e09000007/");
  });
  it("finds a place by its name or its code alone, in any case", () => {
    expect(matchPlace("camden", options)).toBe("places/e09000007/");
    expect(matchPlace("E12000007", options)).toBe("places/e12000007/");
  });
  it("takes the one place a beginning matches, and none when several do", () => {
    expect(matchPlace("Lon", options)).toBe("places/e12000007/");
    expect(matchPlace("Cam", options)).toBeNull();
  });
  it("finds a local area by a part of its name, its ONS code or its DfE number", () => {
    const areas = [
      { value: "Hackney (E09000012)", href: "areas/E09000012-hackney/", codes: ["E09000012", "204"] },
      { value: "North Yorkshire (E06000065)", href: "areas/E06000065-north-yorkshire/", codes: ["E06000065", "E10000023", "815"] },
      { value: "Yorkshire (E99999999)", href: "x/", codes: [] },
    ];
    expect(matchPlace("hack", areas)).toBe("areas/E09000012-hackney/");
    expect(matchPlace("E09000012", areas)).toBe("areas/E09000012-hackney/");
    expect(matchPlace("204", areas)).toBe("areas/E09000012-hackney/");
    expect(matchPlace("e10000023", areas)).toBe("areas/E06000065-north-yorkshire/");
    expect(matchPlace("york", areas)).toBe("x/");
    expect(matchPlace("shire", areas)).toBeNull();
  });
});
