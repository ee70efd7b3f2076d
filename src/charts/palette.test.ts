import { describe, expect, it } from "vitest";
import { CATEGORICAL, categoricalColour, contrastRatio, textColourFor } from "./palette.ts";
import { SHAPES, shapeFor } from "./markers.ts";

describe("palette", () => {
  it("is the Analysis Function categorical palette in order", () => {
    expect(CATEGORICAL.map((c) => c.hex)).toEqual(["#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1"]);
    expect(categoricalColour(6)).toBe("#12436D");
  });

  it("gives every colour a text colour readable on white (4.5:1)", () => {
    for (const { hex } of CATEGORICAL) expect(contrastRatio(textColourFor(hex), "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(textColourFor("#12436D")).toBe("#12436D");
  });

  it("never repeats both colour and shape within 36 series", () => {
    const seen = new Set(Array.from({ length: 36 }, (_, i) => `${categoricalColour(i)} ${shapeFor(i)}`));
    expect(seen.size).toBe(36);
    expect(SHAPES.slice(0, 4)).toEqual(["circle", "square", "triangle", "diamond"]);
  });
});
