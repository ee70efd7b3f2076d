/**
 * Point markers: a distinct shape per series so colour is never the only cue, all drawn at
 * about the same visual weight.
 */

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

const WEIGHT: Record<Shape, number> = { circle: 1, square: 0.95, triangle: 1.3, diamond: 1.05, wye: 1.5, star: 1.4 };

const SQRT3 = Math.sqrt(3);
const TAN30 = Math.sqrt(1 / 3);
const STAR_KA = 0.8908130915292852281;
const STAR_KR = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
const STAR_KX = Math.sin((2 * Math.PI) / 10) * STAR_KR;
const STAR_KY = -Math.cos((2 * Math.PI) / 10) * STAR_KR;
const WYE_C = -0.5;
const WYE_S = Math.sqrt(3) / 2;
const WYE_K = 1 / Math.sqrt(12);
const WYE_A = (WYE_K / 2 + 1) * 3;

/** A closed outline through the points. */
function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${r1(x)},${r1(y)}`).join("L")}Z`;
}

/** A shape of `size` square pixels centred on the origin, drawn as d3-shape's symbols are. */
function outline(shape: Shape, size: number): string {
  switch (shape) {
    case "circle": {
      const r = Math.sqrt(size / Math.PI);
      return `M${r1(r)},0A${r1(r)},${r1(r)},0,1,1,${r1(-r)},0A${r1(r)},${r1(r)},0,1,1,${r1(r)},0`;
    }
    case "square": {
      const w = Math.sqrt(size);
      return `M${r1(-w / 2)},${r1(-w / 2)}h${r1(w)}v${r1(w)}h${r1(-w)}Z`;
    }
    case "triangle": {
      const y = -Math.sqrt(size / (SQRT3 * 3));
      return polygon([[0, y * 2], [-SQRT3 * y, -y], [SQRT3 * y, -y]]);
    }
    case "diamond": {
      const y = Math.sqrt(size / (TAN30 * 2));
      return polygon([[0, -y], [y * TAN30, 0], [0, y], [-y * TAN30, 0]]);
    }
    case "wye": {
      const r = Math.sqrt(size / WYE_A);
      const [x0, y0, x1, y1] = [r / 2, r * WYE_K, r / 2, r * WYE_K + r];
      const [x2, y2] = [-x1, y1];
      const [c, s] = [WYE_C, WYE_S];
      return polygon([
        [x0, y0], [x1, y1], [x2, y2],
        [c * x0 - s * y0, s * x0 + c * y0], [c * x1 - s * y1, s * x1 + c * y1], [c * x2 - s * y2, s * x2 + c * y2],
        [c * x0 + s * y0, c * y0 - s * x0], [c * x1 + s * y1, c * y1 - s * x1], [c * x2 + s * y2, c * y2 - s * x2],
      ]);
    }
    case "star": {
      const r = Math.sqrt(size * STAR_KA);
      const x = STAR_KX * r;
      const y = STAR_KY * r;
      const points: [number, number][] = [[0, -r], [x, y]];
      for (let i = 1; i < 5; ++i) {
        const a = (2 * Math.PI * i) / 5;
        const c = Math.cos(a);
        const s = Math.sin(a);
        points.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
      }
      return polygon(points);
    }
  }
}

/** Half the width of the box every marker fits in, for collision checks. */
export const MARKER_RADIUS = 6;

/** Radius of the circle marker. */
const CIRCLE_R = Math.sqrt(AREA / Math.PI);

/** The path of a shape centred on the origin (rounded to 0.1 px). */
export function shapePath(shape: Shape, scale = 1): string {
  return outline(shape, AREA * WEIGHT[shape] * scale * scale);
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
