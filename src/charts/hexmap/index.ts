/**
 * The hex map chart kind, in the shape every kind takes: layout, render, table rows and words.
 *
 *   view ──layoutHexMap──▶ HexMapLayout (placed hexes, bands, legend, areas not on the map; JSON-safe)
 *        ──renderHexMap──▶ <svg> with one link per authority
 *        ──hexMapRows───▶ the table alternative; hexMapWords ──▶ the description and the not-on-the-map sentence
 */

import type { ChartSize } from "../../stats/view-types.ts";
import { DEFAULT_SIZE } from "../sizes.ts";
import { layoutHexMap } from "./layout.ts";
import { renderHexMap } from "./render.ts";
import type { ChartKind } from "../kind.ts";
import { hexMapCsv, hexMapTable, hexMapTooltip } from "./figures.ts";
import type { HexMapView } from "./types.ts";
import { hexMapWords } from "./words.ts";

export { BAND_COLOURS, binIndex, binsFor } from "./bins.ts";
export { joinToHexes } from "./join.ts";
export { layoutHexMap } from "./layout.ts";
export { renderHexMap } from "./render.ts";
export { hexMapCsvRows, hexMapRows } from "./rows.ts";
export { hexMapWords } from "./words.ts";
export type * from "./types.ts";

/** The hex map as a chart kind: one drawing that scales with its box, a linked table, and its words. */
export const hexmap: ChartKind<HexMapView> = {
  draw: (view, size) => hexMapChart(view, size),
  table: hexMapTable,
  csv: hexMapCsv,
  summary: (view) => {
    const words = hexMapWords(layoutHexMap(view, DEFAULT_SIZE), view);
    return [words.summary, ...(words.notOnMap ? [words.notOnMap] : [])];
  },
  tooltip: hexMapTooltip,
  notes: (view) => view.notes,
  scaledFrom: { width: 400, height: 500 },
};

/** The view as an SVG string at a size (the width sets the scale; the height follows the map). */
export function hexMapChart(view: HexMapView, size: ChartSize = DEFAULT_SIZE): string {
  return renderHexMap(layoutHexMap(view, size), view);
}
