/**
 * Point markers: a distinct shape per series so colour is never the only cue, all drawn at
 * about the same visual weight.
 */

import { html } from "../text/html.ts";
import type { Markup } from "../text/html.ts";
import { NEUTRAL } from "./palette.ts";
import { r1 } from "./svg.ts";
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from "d3-shape";

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

const WEIGHT: Record<Shape, number> = { circle: 1, square: 0.95, triangle: 1.3, diamond: 1.05, wye: 1.5, star: 1.4 };

/** d3-shape's symbol type for each shape. */
const SYMBOL_TYPE: Record<Shape, SymbolType> = { circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond, wye: symbolWye, star: symbolStar };

/** Half the width of the box every marker fits in, for collision checks. */
export const MARKER_RADIUS = 6;

/** Radius of the circle marker. */
const CIRCLE_R = Math.sqrt(AREA / Math.PI);

/** The path of a shape centred on the origin (rounded to 0.1 px), drawn by d3-shape's `symbol()`. */
export function shapePath(shape: Shape, scale = 1): string {
  return symbol(SYMBOL_TYPE[shape], AREA * WEIGHT[shape] * scale * scale).digits(1)() ?? "";
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
