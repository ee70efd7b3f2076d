import type { Observation, Table } from "../data/ingest.ts";
import type { Cell, Descriptor, Indicator, Period, Source } from "../data/types.ts";
import { authorityByCode } from "../geo/authorities.ts";
import { sourcesFor } from "./group-rate.ts";
import type { Point } from "./view-types.ts";

/**
 * A file's local authority figures regrouped by area, for the pages of every local area: each
 * indicator the descriptor names, each authority's points under its area identity (so a code
 * change keeps one series and a boundary change never joins two), and the region and England
 * beside it. Rows are never summed or filled in; a missing cell stays missing.
 */

/** One indicator's figures for every authority, region and England, in every period the file has. */
export interface AreaIndicator {
  indicator: Indicator;
  /** Every period with a row for a local authority, in time order. */
  periods: Period[];
  /** Each authority's points, by area identity (its latest ONS code). */
  areas: Record<string, Point[]>;
  /** Each wider place's points (regions, Inner and Outer London, England), by its code. */
  wider: Record<string, { name: string; points: Point[] }>;
  /** Whether authorities are ranked on it: a rate or percentage is, a count is not (areas differ in size). */
  ranked: boolean;
  sources: Source[];
}

/** One area's figures split by a filter in the latest period the area has a row for. */
export interface AreaBreakdownRow {
  group: string;
  cell: Cell;
  source: string | null;
}

/** An indicator split by one filter, per area, in the latest period each area has. */
export interface AreaBreakdown {
  indicator: Indicator;
  /** The filter's label, e.g. "Ethnicity". */
  by: string;
  areas: Record<string, { period: Period; rows: AreaBreakdownRow[] }>;
  sources: Source[];
}

/** What a file gives every local area's page. */
export interface AreaData {
  datasetId: string;
  title: string;
  indicators: AreaIndicator[];
  breakdowns: AreaBreakdown[];
  /** Local authority places the lookup does not know (for example a code written x), named so none is dropped silently. */
  unplaced: string[];
  /** Indicator columns to draw on the hex map. */
  map: string[];
}

const LOCAL = "Local authority";

/** England's ONS code: the key of the national figures among the wider places. */
export const ENGLAND = "E92000001";
const WIDER = new Set(["Regional", "National"]);

/** Rows with every filter at its total, or (for `by`) at any level but the total. */
function atTotals(table: Table, by: number | null): Observation[] {
  const totals = table.filters.map((f) => (f.total === null ? -1 : f.levels.indexOf(f.total)));
  return table.observations.filter((o) =>
    totals.every((t, k) => (k === by ? o.levels[k] !== t : t === -1 || o.levels[k] === t)),
  );
}

/** Whether authorities can be ranked on an indicator: a percentage or a rate, never a count. */
export function isRankable(indicator: Indicator): boolean {
  return indicator.unit === "%" || /\brate\b|\bper\b|%/i.test(indicator.label);
}

function pointOf(table: Table, o: Observation, column: number): Point {
  return { period: table.periods[o.period]!, cell: o.cells[column]!, source: o.source >= 0 ? table.sourceIds[o.source]! : null };
}

function byStart(a: Point, b: Point): number {
  return a.period.start.localeCompare(b.period.start);
}

/** The area identity a local authority place stands for, or undefined when the lookup does not know its code. */
function identityOf(code: string): string | undefined {
  return authorityByCode(code)?.id;
}

function indicatorData(table: Table, descriptor: Descriptor, rows: Observation[], column: number): AreaIndicator {
  const areas: Record<string, Point[]> = {};
  const wider: AreaIndicator["wider"] = {};
  const periods = new Map<string, Period>();
  for (const o of rows) {
    const place = table.places[o.place]!;
    const point = pointOf(table, o, column);
    if (place.level === LOCAL) {
      const id = identityOf(place.code);
      if (!id) continue;
      (areas[id] ??= []).push(point);
      periods.set(point.period.key, point.period);
    } else if (WIDER.has(place.level)) {
      (wider[place.level === "National" ? ENGLAND : place.code] ??= { name: place.name, points: [] }).points.push(point);
    }
  }
  for (const list of Object.values(areas)) list.sort(byStart);
  for (const w of Object.values(wider)) w.points.sort(byStart);
  const indicator = table.indicators[column]!;
  return {
    indicator,
    periods: [...periods.values()].sort((a, b) => a.start.localeCompare(b.start)),
    areas,
    wider,
    ranked: isRankable(indicator),
    sources: sourcesFor(descriptor, rows.map((o) => (o.source >= 0 ? table.sourceIds[o.source]! : null))),
  };
}

function breakdownData(table: Table, descriptor: Descriptor, filter: number, column: number): AreaBreakdown {
  const rows = atTotals(table, filter).filter((o) => table.places[o.place]!.level === LOCAL);
  const latest = new Map<string, number>();
  for (const o of rows) {
    const id = identityOf(table.places[o.place]!.code);
    if (!id) continue;
    const known = latest.get(id);
    if (known === undefined || table.periods[o.period]!.start > table.periods[known]!.start) latest.set(id, o.period);
  }
  const areas: AreaBreakdown["areas"] = {};
  for (const o of rows) {
    const id = identityOf(table.places[o.place]!.code);
    if (!id || latest.get(id) !== o.period) continue;
    const entry = (areas[id] ??= { period: table.periods[o.period]!, rows: [] });
    entry.rows.push({ group: table.filters[filter]!.levels[o.levels[filter]!]!, cell: o.cells[column]!, source: o.source >= 0 ? table.sourceIds[o.source]! : null });
  }
  return {
    indicator: table.indicators[column]!,
    by: table.filters[filter]!.label,
    areas,
    sources: sourcesFor(descriptor, rows.map((o) => (o.source >= 0 ? table.sourceIds[o.source]! : null))),
  };
}

function columnIndex(table: Table, column: string, what: string): number {
  const list = what === "filter" ? table.filters : table.indicators;
  const i = list.findIndex((x) => x.column === column);
  if (i < 0) throw new Error(`${table.file}: the descriptor's "areas" names the ${what} column "${column}", which the file does not have. Name one of: ${list.map((x) => x.column).join(", ")}.`);
  return i;
}

/** The file's figures for local area pages, or null when its descriptor names none or it has no local authority rows. */
export function areaData(datasetId: string, table: Table, descriptor: Descriptor): AreaData | null {
  const settings = descriptor.areas;
  if (!settings || !table.places.some((p) => p.level === LOCAL)) return null;
  const totals = atTotals(table, null);
  const indicators = settings.indicators.map((c) => indicatorData(table, descriptor, totals, columnIndex(table, c, "indicator")));
  const first = settings.indicators[0];
  const breakdowns = first ? settings.breakdowns.map((f) => breakdownData(table, descriptor, columnIndex(table, f, "filter"), columnIndex(table, first, "indicator"))) : [];
  for (const c of settings.map) {
    if (!settings.indicators.includes(c)) throw new Error(`${table.file}: the descriptor's "areas" maps "${c}", which is not one of its "indicators" (${settings.indicators.join(", ")}). Add it to "indicators" or take it out of "map".`);
  }
  const unplaced = [...new Set(table.places.filter((p) => p.level === LOCAL && !identityOf(p.code)).map((p) => `${p.name} (code ${p.code || "blank"})`))];
  return { datasetId, title: descriptor.title, indicators, breakdowns, unplaced, map: settings.map };
}
