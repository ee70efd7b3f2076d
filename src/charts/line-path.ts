import { line } from "d3-shape";
import type { Segment } from "./labels.ts";

/** A point a line passes through, or null where the line breaks (a missing figure). */
export type LinePoint = { x: number; y: number } | null;

const generator = line<LinePoint>()
  .defined((p) => p !== null)
  .x((p) => p!.x)
  .y((p) => p!.y)
  .digits(1);

/**
 * One path through the points in order, broken at each null, by d3-shape's `line().defined()`
 * (rounded to 0.1 px); null when no point is defined. A point alone between breaks closes on itself.
 */
export function linePath(points: readonly LinePoint[]): string | null {
  return generator(points as LinePoint[]);
}

/** The straight legs a path through the points draws (no leg across a break), for labels to keep off. */
export function lineLegs(points: readonly LinePoint[]): Segment[] {
  const legs: Segment[] = [];
  points.forEach((b, i) => {
    const a = points[i - 1];
    if (a && b) legs.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  });
  return legs;
}
