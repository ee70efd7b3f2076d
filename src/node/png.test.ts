import { describe, expect, it } from "vitest";
import { svgToPng } from "./png.ts";

/** Width and height from a PNG's header chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("SVG to PNG", () => {
  it("renders at the SVG's own size, text included, with the packaged font", () => {
    const blank = svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#fff"/></svg>`);
    const texted = svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#fff"/><text x="10" y="60" font-family="Arial, sans-serif" font-size="40">Officers 377</text></svg>`);
    expect(texted.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(pngSize(texted)).toEqual({ width: 300, height: 100 });
    // Glyphs drawn make the picture less uniform, so it compresses less than a blank one.
    expect(texted.length).toBeGreaterThan(blank.length + 500);
  });
});
