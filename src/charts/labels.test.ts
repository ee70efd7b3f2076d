import { describe, expect, it } from "vitest";
import { noObstacles, overlapArea, place, placeAll, segmentHitsBox, textBlock } from "./labels.ts";

const font = { size: 13 };
const box = { x0: 0, y0: 0, x1: 10, y1: 10 };

describe("geometry", () => {
  it("measures the overlap of two boxes", () => {
    expect(overlapArea(box, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(25);
    expect(overlapArea(box, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(0);
  });

  it("tells whether a segment crosses a box", () => {
    expect(segmentHitsBox({ x1: -5, y1: 5, x2: 15, y2: 5 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: -5, y1: -5, x2: 15, y2: -1 }, box)).toBe(false);
    expect(segmentHitsBox({ x1: 2, y1: 2, x2: 3, y2: 3 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 11, y1: -20, x2: 11, y2: 20 }, box)).toBe(false);
  });

  it("anchors text blocks like SVG", () => {
    expect(textBlock(["a"], 20, font, "start", 100, 0).box.x0).toBe(100);
    expect(textBlock(["a"], 20, font, "middle", 100, 0).box.x0).toBe(90);
    expect(textBlock(["a"], 20, font, "end", 100, 0).box.x1).toBe(100);
  });
});

describe("place", () => {
  const bounds = { x0: 0, y0: 0, x1: 200, y1: 200 };

  it("takes the first candidate when nothing is in the way", () => {
    const a = { block: textBlock(["a"], 20, font, "start", 10, 10), penalty: 0 };
    const b = { block: textBlock(["b"], 20, font, "start", 100, 10), penalty: 1 };
    expect(place([a, b], noObstacles(), bounds)?.block).toBe(a.block);
  });

  it("moves off other text, and out of bounds is worst of all", () => {
    const obstacles = noObstacles();
    obstacles.text.push({ x0: 0, y0: 0, x1: 50, y1: 50 });
    const onText = { block: textBlock(["a"], 20, font, "start", 10, 10), penalty: 0 };
    const outside = { block: textBlock(["b"], 20, font, "start", 190, 10), penalty: 0 };
    const clear = { block: textBlock(["c"], 20, font, "start", 100, 10), penalty: 50 };
    const best = place([onText, outside, clear], obstacles, bounds);
    expect(best?.block).toBe(clear.block);
    expect(best?.clean).toBe(true);
    expect(place([onText], obstacles, bounds)?.clean).toBe(false);
  });

  it("lets the most constrained item choose first", () => {
    const spot = textBlock(["x"], 20, font, "start", 10, 10);
    const elsewhere = textBlock(["y"], 20, font, "start", 100, 100);
    const candidates = new Map([
      ["flexible", [{ block: spot, penalty: 0 }, { block: elsewhere, penalty: 5 }]],
      ["stuck", [{ block: spot, penalty: 0 }]],
    ]);
    const placed = placeAll(["flexible", "stuck"], (k) => candidates.get(k)!, noObstacles(), bounds);
    expect(placed.get("stuck")?.block).toBe(spot);
    expect(placed.get("flexible")?.block).toBe(elsewhere);
  });
});
