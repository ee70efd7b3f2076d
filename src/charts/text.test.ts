import { describe, expect, it } from "vitest";
import { ellipsize, textWidth, wrapText } from "./text.ts";

const font = { size: 13 };

describe("textWidth", () => {
  it("measures Arial advance widths at the font size, with a small allowance", () => {
    // "0" is 556/1000 em; ten of them at 13 px are 72.3 px before the allowance.
    expect(textWidth("0000000000", font)).toBeCloseTo(72.28 * 1.04, 1);
    expect(textWidth("W", font)).toBeGreaterThan(textWidth("i", font));
    expect(textWidth("Total", { size: 13, bold: true })).toBeGreaterThan(textWidth("Total", font));
  });
});

describe("wrapText", () => {
  it("breaks at spaces to fit the width", () => {
    const wrapped = wrapText("Officers with full-time roles in schools", 100, font);
    expect(wrapped.lines.join(" ")).toBe("Officers with full-time roles in schools");
    expect(wrapped.lines.length).toBeGreaterThan(1);
    for (const line of wrapped.lines) expect(textWidth(line, font)).toBeLessThanOrEqual(100);
    expect(wrapped.truncated).toBe(false);
  });

  it("cuts the last line with an ellipsis when lines run out", () => {
    const wrapped = wrapText("one two three four five six seven eight nine ten", 40, font, 2);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines[1]).toMatch(/…$/);
    expect(wrapped.truncated).toBe(true);
  });

  it("cuts a word longer than the width", () => {
    const wrapped = wrapText("Supercalifragilistic", 50, font);
    expect(wrapped.lines).toHaveLength(1);
    expect(wrapped.lines[0]).toMatch(/…$/);
    expect(wrapped.width).toBeLessThanOrEqual(50);
  });

  it("returns no lines for blank text", () => {
    expect(wrapText("  ", 50, font).lines).toEqual([]);
  });
});

describe("ellipsize", () => {
  it("keeps text that fits", () => {
    expect(ellipsize("Total", 100, font)).toBe("Total");
  });
});
