import { describe, expect, it } from "vitest";
import { CATEGORICAL, NEUTRAL, categoricalColour, contrastRatio, markColourFor, textColourFor } from "./palette.ts";
import { SHAPES, shapeFor } from "./markers.ts";

/** A colour's contrast with the white charts are drawn on, to two decimal places. */
const onWhite = (hex: string) => Math.round(contrastRatio(hex, "#ffffff") * 100) / 100;

describe("palette", () => {
  it("is the Analysis Function categorical palette in order", () => {
    expect(CATEGORICAL.map((c) => c.hex)).toEqual(["#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1"]);
    expect(categoricalColour(6)).toBe("#12436D");
  });

  it("draws every mark at 3:1 or more on white and writes every label at 4.5:1 or more, darker where the colour falls short", () => {
    const checked = CATEGORICAL.map(({ name, hex }, i) => {
      const mark = categoricalColour(i);
      const text = textColourFor(mark);
      return [name, mark, onWhite(mark), text, onWhite(text)];
    });
    expect(checked).toEqual([
      ["dark blue", "#12436D", 10.25, "#12436D", 10.25],
      ["turquoise", "#28A197", 3.17, "#208179", 4.69],
      ["dark pink", "#801650", 9.77, "#801650", 9.77],
      ["orange", "#F46A25", 3.03, "#C3551E", 4.53],
      ["dark grey", "#3D3D3D", 10.86, "#3D3D3D", 10.86],
      ["light purple", "#A285D1", 3.08, "#826AA7", 4.6],
    ]);
    // The chart's own greys: text and axes well past 4.5:1.
    expect([NEUTRAL.text, NEUTRAL.secondaryText, NEUTRAL.axis, NEUTRAL.rule].map(onWhite)).toEqual([19.59, 7.07, 7.07, 10.86]);
  });

  it("darkens a mark colour that falls short of 3:1 on white, keeping its hue", () => {
    expect(onWhite("#C3B1E1")).toBe(1.96);
    expect(markColourFor("#C3B1E1")).toBe("#9C8EB4");
    expect(onWhite("#9C8EB4")).toBe(3.03);
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
