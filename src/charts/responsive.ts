import type { ChartSize } from "../stats/view-types.ts";
import { PAGE_SIZES } from "./sizes.ts";

/** One drawing of a chart, marked with the width it was drawn for. */
export function drawingAt(size: ChartSize, draw: (size: ChartSize) => string): string {
  return `<div class="chart-size" data-width="${size.width}">${draw(size)}</div>`;
}

/** A chart drawn at each of the page's sizes, for the stylesheet to show the one that fits its box. */
export function drawnAtEverySize(draw: (size: ChartSize) => string): string {
  return PAGE_SIZES.map((size) => drawingAt(size, draw)).join("");
}
