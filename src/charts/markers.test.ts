import { describe, expect, it } from "vitest";
import { shapePath } from "./markers.ts";
import { lineLegs, linePath } from "./line-path.ts";

describe("shapePath", () => {
  it("draws each marker shape at its weight, rounded to 0.1 px", () => {
    expect(shapePath("square")).toBe("M-3.9,-3.9h7.8v7.8h-7.8Z");
    expect(shapePath("triangle")).toBe("M0,-8L6.9,4L-6.9,4Z");
    expect(shapePath("diamond")).toBe("M0,-7.6L4.4,0L0,7.6L-4.4,0Z");
    expect(shapePath("wye")).toBe("M2.6,1.5L2.6,6.8L-2.6,6.8L-2.6,1.5L-7.2,-1.1L-4.6,-5.7L0,-3.1L4.6,-5.7L7.2,-1.1Z");
    expect(shapePath("star")).toBe("M0,-8.9L2,-2.8L8.5,-2.8L3.2,1.1L5.3,7.2L0,3.4L-5.3,7.2L-3.2,1.1L-8.5,-2.8L-2,-2.8Z");
    expect(shapePath("circle")).toBe("M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0");
  });
});

describe("linePath", () => {
  it("joins points in order, breaks at a missing one, and is null with none", () => {
    expect(linePath([{ x: 1.04, y: 2.06 }, { x: 3.15, y: -0.04 }])).toBe("M1,2.1L3.2,0");
    expect(linePath([{ x: 1, y: 2 }, { x: 3, y: 4 }, null, { x: 7, y: 8 }, { x: 9, y: 9 }])).toBe("M1,2L3,4M7,8L9,9");
    expect(linePath([null])).toBeNull();
  });

  it("gives the legs it draws, none across a break", () => {
    expect(lineLegs([{ x: 1, y: 2 }, { x: 3, y: 4 }, null, { x: 7, y: 8 }])).toEqual([{ x1: 1, y1: 2, x2: 3, y2: 4 }]);
  });
});
