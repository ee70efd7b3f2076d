/**
 * The hex map's layout: d3-hexjson places Open Innovations' hexes at the largest size that fits
 * the width, the legend sits above, and each hex gets its figure, band and words.
 *
 *   layoutHexMap(view, size) → HexMapLayout (placed hexes, bands, legend, areas not on the map; JSON-safe)
 */

import { renderHexJSON } from "d3-hexjson";
import type { HexJSON } from "d3-hexjson";
import { symbolWords } from "../../data/symbols.ts";
import type { Cell } from "../../data/types.ts";
import { authorityByCode, periodStatus } from "../../geo/authorities.ts";
import { successorsOf } from "../../geo/changes.ts";
import { ENGLAND_HEXMAP, type HexMap } from "../../geo/hexmap.ts";
import { normaliseAcademicYear } from "../../geo/academic-year.ts";
import type { ChartSize } from "../../stats/view-types.ts";
import { formatCell } from "../../data/cell-format.ts";
import { flowLegend, type LegendItem } from "../legend.ts";
import { r1, FONT_SIZE } from "../svg.ts";
import { binIndex, binsFor, shownValue } from "./bins.ts";
import { joinToHexes } from "./join.ts";
import type { Bin, HexLegendEntry, HexMapArea, HexMapLayout, HexMapView, NotOnMap, PlacedHex } from "./types.ts";

const LEGEND_GAP = 10;
const SWATCH_WIDTH = 18;

/** A cell in words: the number as the indicator writes it, or what the missing symbol means. */
function cellText(cell: Cell, view: HexMapView): string {
  return cell.kind === "value" ? formatCell(cell, view.indicator) : symbolWords(cell.symbol, cell.reason);
}

/** Why a hex has no figure: for an area that had ended by the period, which areas replaced it. */
function noRowText(mapCode: string, view: HexMapView): string {
  const none = `no figure for ${view.period.label}`;
  if (view.period.kind !== "academic-year") return none;
  const authority = authorityByCode(mapCode);
  if (!authority || periodStatus(authority, normaliseAcademicYear(view.period.timePeriod)) !== "ended") return none;
  const successors = successorsOf(authority).map((a) => a.name);
  return `${none}: replaced after ${authority.to} by ${successors.join(" and ")}, listed beside the map`;
}

function bandOf(area: HexMapArea, bins: readonly Bin[], view: HexMapView): number | null {
  return area.cell.kind === "value" ? binIndex(shownValue(area.cell.value, view.indicator), bins) : null;
}

/** The hex's name, figure and band (a map with one band names it in the legend only). */
function accessibleName(name: string, text: string, bin: number | null, bins: readonly Bin[], status: PlacedHex["status"]): string {
  if (status === "missing") return `${name}: no figure (${text})`;
  return bin !== null && bins.length > 1 ? `${name}: ${text} (${bins[bin]!.label})` : `${name}: ${text}`;
}

function placeHex(mapCode: string, x: number, y: number, area: HexMapArea | undefined, bins: readonly Bin[], view: HexMapView, map: HexMap): PlacedHex {
  const name = area?.name ?? map.hexes[mapCode]!.name;
  const bin = area ? bandOf(area, bins, view) : null;
  const text = area ? cellText(area.cell, view) : noRowText(mapCode, view);
  const status: PlacedHex["status"] = !area ? "no-row" : area.cell.kind === "value" ? "value" : "missing";
  return {
    mapCode,
    dataCode: area?.code ?? null,
    name,
    x: r1(x),
    y: r1(y),
    href: area?.href ?? null,
    status,
    value: area?.cell.kind === "value" ? area.cell.value : null,
    text,
    bin,
    accessibleName: accessibleName(name, text, bin, bins, status),
  };
}

function legendFor(bins: readonly Bin[], hexes: readonly PlacedHex[], width: number): { entries: HexLegendEntry[]; bottom: number } {
  type Glyph = HexLegendEntry["fill"];
  const items: LegendItem<Glyph>[] = bins.map((b) => ({ glyph: { kind: "bin", bin: b.index }, text: b.label, glyphWidth: SWATCH_WIDTH }));
  if (hexes.some((h) => h.status !== "value")) items.push({ glyph: { kind: "missing" }, text: "No figure (the reason is given for each area)", glyphWidth: SWATCH_WIDTH });
  const { entries, bottom } = flowLegend(items, width, 0, { size: FONT_SIZE });
  return { entries: entries.map((e) => ({ fill: e.item.glyph, x: r1(e.x), cy: r1(e.cy), text: e.text })), bottom };
}

/** The outline every hex shares, pointy-topped, around its centre. */
function hexOutline(radius: number): string {
  const half = (radius * Math.sqrt(3)) / 2;
  const corners: [number, number][] = [[0, -radius], [half, -radius / 2], [half, radius / 2], [0, radius], [-half, radius / 2], [-half, -radius / 2]];
  return corners.map(([x, y]) => `${r1(x)},${r1(y)}`).join(" ");
}

/** Lays out the map at `size.width`; the height follows from the map's shape and the legend. */
export function layoutHexMap(view: HexMapView, size: ChartSize, map: HexMap = ENGLAND_HEXMAP): HexMapLayout {
  const values = view.areas.flatMap((a) => (a.cell.kind === "value" ? [shownValue(a.cell.value, view.indicator)] : []));
  const bins = binsFor(values, view.indicator);
  const { onHex, notOnMap } = joinToHexes(view.areas, map);
  const hexes = Object.values(map.hexes);
  const columns = Math.max(...hexes.map((h) => h.q)) - Math.min(...hexes.map((h) => h.q)) + 1;
  const rows = Math.max(...hexes.map((h) => h.r)) - Math.min(...hexes.map((h) => h.r)) + 1;
  const radius = size.width / ((columns + 0.5) * Math.sqrt(3));
  const mapHeight = radius * 1.5 * (rows + 1 / 3);
  const copy: HexJSON = { layout: map.layout, hexes: Object.fromEntries(hexes.map((h) => [h.id, { q: h.q, r: h.r }])) };
  const placedRaw = renderHexJSON(copy, size.width, mapHeight);
  const draft = placedRaw.map((h) => placeHex(h.key, h.x, h.y, onHex.get(h.key), bins, view, map));
  const legend = legendFor(bins, draft, size.width);
  const top = legend.bottom + LEGEND_GAP;
  const placed = draft.map((h) => ({ ...h, y: r1(h.y + top) })).sort((a, b) => a.y - b.y || a.x - b.x);
  const listed: NotOnMap[] = notOnMap
    .map((a) => ({ code: a.code, name: a.name, href: a.href, text: cellText(a.cell, view), bin: bandOf(a, bins, view) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    kind: "hexmap",
    width: size.width,
    height: r1(top + mapHeight),
    hexPoints: hexOutline(radius),
    radius: r1(radius),
    hexes: placed,
    bins,
    legend: legend.entries,
    notOnMap: listed,
  };
}
