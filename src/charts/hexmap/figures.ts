/**
 * The hex map's table alternative and CSV: every authority by name with its figure (or the reason
 * there is none) and its band, each name a link to its page, and those with no hex marked.
 */

import { html, type Markup } from "../../text/html.ts";
import type { FigureRows, PointInfo, PointKeys } from "../kind.ts";
import { DEFAULT_SIZE } from "../sizes.ts";
import { figureTable } from "../table.ts";
import { layoutHexMap } from "./layout.ts";
import { hexMapCsvRows, hexMapRows } from "./rows.ts";
import type { HexMapView } from "./types.ts";

/** The real HTML table beside the map. */
export function hexMapTable(view: HexMapView): Markup {
  const rows = hexMapRows(layoutHexMap(view, DEFAULT_SIZE));
  return figureTable({
    id: view.id,
    title: view.title,
    caption: `${view.title}: the figures of every authority, with its band`,
    head: html`<th scope="col">Authority</th><th scope="col">Code</th><th scope="col">${view.indicator.label}, ${view.period.label}</th><th scope="col">Band</th>`,
    rows: rows.map(
      (r) =>
        html`<tr><th scope="row">${r.href ? html`<a href="${r.href}">${r.name}</a>` : r.name}${r.note ? html` <span class="meta">(${r.note})</span>` : ""}</th><td>${r.code}</td><td>${r.value}</td><td>${r.band}</td></tr>`,
    ),
    cells: view.areas.map((a) => a.cell),
  });
}

/** The table as CSV cells, with the cells its symbol key explains. */
export function hexMapCsv(view: HexMapView): FigureRows {
  return { rows: hexMapCsvRows(layoutHexMap(view, DEFAULT_SIZE)), cells: view.areas.map((a) => a.cell) };
}

/** What a tooltip says of the hex for the authority with code `keys.group`. */
export function hexMapTooltip(view: HexMapView, keys: PointKeys): PointInfo | null {
  const hex = layoutHexMap(view, DEFAULT_SIZE).hexes.find((h) => (h.dataCode ?? h.mapCode) === keys.group);
  return hex ? { heading: hex.name, lines: [hex.text, `${view.indicator.label}, ${view.period.label}`] } : null;
}
