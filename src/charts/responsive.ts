import type { ChartSize } from "../stats/view-types.ts";
import { PAGE_SIZES } from "./sizes.ts";

/** A chart drawn at each of the page's sizes, for the stylesheet to show the one that fits its box. */
export function drawnAtEverySize(draw: (size: ChartSize) => string): string {
  return PAGE_SIZES.map((size) => `<div class="chart-size" data-width="${size.width}">${draw(size)}</div>`).join("");
}
