/**
 * Point markers: a distinct shape per series so colour is never the only cue, all drawn at
 * about the same visual weight.
 */

import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from "d3-shape";
import type { SymbolType } from "d3-shape";
import { html } from "../text/html.ts";
import type { Markup } from "../text/html.ts";
import { NEUTRAL } from "./palette.ts";
import { r1 } from "./svg.ts";

/** The marker shapes, in the order series take them. */
export const SHAPES = ["circle", "square", "triangle", "diamond", "wye", "star"] as const;

/** A marker shape's name. */
export type Shape = (typeof SHAPES)[number];

/**
 * The shape of the series at `index`, cycling; each time the colours come round again the shapes
 * shift by one, so no two of the first 36 series share both colour and shape.
 */
export function shapeFor(index: number): Shape {
  const n = SHAPES.length;
  const i = Math.max(0, Math.floor(index));
  return SHAPES[(i + Math.floor(i / n)) % n]!;
}

/** Area of a circle marker in square pixels; other shapes are scaled to look as heavy. */
const AREA = 64;

const TYPES: Record<Shape, { type: SymbolType; scale: number }> = {
  circle: { type: symbolCircle, scale: 1 },
  square: { type: symbolSquare, scale: 0.95 },
  triangle: { type: symbolTriangle, scale: 1.3 },
  diamond: { type: symbolDiamond, scale: 1.05 },
  wye: { type: symbolWye, scale: 1.5 },
  star: { type: symbolStar, scale: 1.4 },
};

/** Half the width of the box every marker fits in, for collision checks. */
export const MARKER_RADIUS = 6;

/** Radius of the circle marker. */
const CIRCLE_R = Math.sqrt(AREA / Math.PI);

/** The path of a shape centred on the origin (rounded to 0.1 px). */
export function shapePath(shape: Shape, scale = 1): string {
  const { type, scale: weight } = TYPES[shape];
  return symbol(type, AREA * weight * scale * scale).digits(1)() ?? "";
}

/** A marker at (x, y): filled in `colour`, or hollow (white with a coloured outline). */
export function markerMarkup(shape: Shape, x: number, y: number, colour: string, hollow: boolean, scale = 1): Markup {
  const paint = hollow
    ? html`fill="${NEUTRAL.background}" stroke="${colour}" stroke-width="1.75"`
    : html`fill="${colour}" stroke="${NEUTRAL.background}" stroke-width="1"`;
  if (shape === "circle") {
    return html`<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(CIRCLE_R * scale)}" ${paint}/>`;
  }
  return html`<path transform="translate(${r1(x)},${r1(y)})" d="${shapePath(shape, scale)}" ${paint}/>`;
}
