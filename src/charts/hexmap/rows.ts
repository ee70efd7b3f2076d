/**
 * The table beside the hex map: every authority with its figure (or the reason there is none)
 * and its band, including those with no hex, so nothing on or off the map is only in the drawing.
 */

import type { HexMapLayout, HexMapRow } from "./types.ts";

const NO_BAND = "none (no figure)";

/** One row per authority, by name: on the map, not on the map, and hexes with no figure. */
export function hexMapRows(layout: HexMapLayout): HexMapRow[] {
  const band = (bin: number | null) => (bin === null ? NO_BAND : layout.bins[bin]!.label);
  const onMap: HexMapRow[] = layout.hexes.map((h) => ({
    code: h.dataCode ?? h.mapCode,
    name: h.name,
    href: h.href,
    value: h.text,
    band: band(h.bin),
    onMap: true,
    note: h.dataCode !== null && h.dataCode !== h.mapCode ? `Shown on the hex for ${h.mapCode}, the same area's earlier code` : null,
  }));
  const offMap: HexMapRow[] = layout.notOnMap.map((a) => ({
    code: a.code,
    name: a.name,
    href: a.href,
    value: a.text,
    band: band(a.bin),
    onMap: false,
    note: "Not on the map: it has no hex for this authority",
  }));
  return [...onMap, ...offMap].sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
}

/** The table as CSV cells: a header row, then one row per authority. */
export function hexMapCsvRows(layout: HexMapLayout): string[][] {
  return [
    ["code", "name", "value", "band", "on_map", "note"],
    ...hexMapRows(layout).map((r) => [r.code, r.name, r.value, r.band, r.onMap ? "yes" : "no", r.note ?? ""]),
  ];
}
