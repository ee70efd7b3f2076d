import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { authorityByCode } from "./authorities.ts";
import { ENGLAND_HEXMAP } from "./hexmap.ts";

describe("the hex map of England's education authorities", () => {
  it("is Open Innovations' file byte for byte (git blob of maps/uk-upper-tier-local-authorities.hexjson at 5383e24)", () => {
    const bytes = readFileSync("src/geo/hexmap/uk-upper-tier-local-authorities.json");
    const blob = createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
    expect(blob).toBe("909a27fc609a0081d30a950e568310fb30259976");
  });

  it("ships the MIT licence it is released under", () => {
    expect(readFileSync("src/geo/hexmap/LICENSE", "utf8")).toContain("Copyright (c) 2017- Open Innovations");
  });

  it("has 151 hexes, each an authority the lookup knows, and none twice in one place", () => {
    const hexes = Object.values(ENGLAND_HEXMAP.hexes);
    expect(hexes).toHaveLength(151);
    expect(hexes.filter((h) => !authorityByCode(h.id)).map((h) => h.id)).toEqual([]);
    expect(new Set(hexes.map((h) => `${h.q},${h.r}`)).size).toBe(151);
  });

  it("has the 2019 Dorset authorities and the county codes for Buckinghamshire, Northamptonshire and Cumbria", () => {
    const codes = Object.keys(ENGLAND_HEXMAP.hexes);
    expect(codes).toEqual(expect.arrayContaining(["E06000058", "E06000059", "E10000002", "E10000021", "E10000006", "E10000023", "E10000027"]));
    expect(codes).not.toEqual(expect.arrayContaining(["E06000060"]));
  });
});
