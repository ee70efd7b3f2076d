import type { RowCount, Table } from "../data/ingest.ts";
import type { Kept } from "../data/row-store.ts";
import type { Descriptor, Filter, Indicator, Period, Problem } from "../data/types.ts";
import type { Reading } from "../data/reading.ts";
import { comparisonViews, placeComparisons, rateDecision, type PlaceComparisons } from "../stats/comparison.ts";
import { areaData, type AreaData } from "../stats/areas.ts";
import { withUniqueIds } from "../stats/view-ids.ts";
import { buildViews, widestLevel } from "../stats/views.ts";
import type { View } from "../stats/view-types.ts";
import type { Figures } from "./table.ts";

/** Everything a dataset's page and catalogue entry need, JSON-safe and with no rows left in it. */
export interface DatasetModel {
  id: string;
  descriptor: Descriptor;
  views: View[];
  home: View[];
  warnings: Problem[];
  rows: RowCount;
  /** Which used rows the charts and tables draw from (every one, unless the file is large). */
  kept: Kept;
  periods: Period[];
  places: { level: string; count: number }[];
  filters: Filter[];
  indicators: Indicator[];
  metaInferred: boolean;
  symbolCounts: Record<string, Record<string, number>>;
  figures: Figures;
  /** Places below the widest level, each with its own comparisons page. */
  placePages: PlaceComparisons[];
  /** How the file was read: the shape recognised, each column's role, and the title, notes and sources found in it. */
  reading: Reading;
  /** Why the page computes the rates it does, or none. */
  rateNote: string | null;
  /** The figures each local area's page takes from this file, when its descriptor names them. */
  areas: AreaData | null;
  /** Police force areas the file has figures for, by code: its places at that level and those its descriptor names. */
  forces: string[];
}

/** The most rows a page lists in full; larger files are summarised by their charts and downloaded whole. */
export const MAX_FIGURE_ROWS = 100;

function figuresOf(table: Table): Figures {
  const severalPlaces = table.places.length > 1;
  const labels = ["Period", ...(severalPlaces ? ["Place"] : []), ...table.filters.map((f) => f.label)];
  const ordered = [...table.observations]
    .sort((a, b) => table.periods[a.period]!.start.localeCompare(table.periods[b.period]!.start) || a.line - b.line)
    .slice(0, MAX_FIGURE_ROWS);
  return {
    labels,
    rows: ordered.map((o) => ({
      text: [table.periods[o.period]!.label, ...(severalPlaces ? [table.places[o.place]!.name] : []), ...table.filters.map((f, k) => f.levels[o.levels[k]!]!)],
      cells: o.cells,
      source: o.source >= 0 ? table.sourceIds[o.source]! : null,
    })),
    // A long table's rows merge into fewer observations; every one is listed when all are held.
    total: table.kept.rule === "all" ? table.observations.length : table.rows.used,
    fromDrawn: table.kept.rule !== "all",
  };
}

/** Reduces a loaded table to its page model; problems found while choosing views are returned too. */
export function datasetModel(id: string, descriptor: Descriptor, table: Table, warnings: Problem[]): { model: DatasetModel; problems: Problem[] } {
  const { views: charts, home, problems } = buildViews(id, table, descriptor);
  const level = widestLevel(table);
  const widestPlace = table.places.findIndex((p) => p.level === level);
  const views = withUniqueIds([...charts, ...comparisonViews(id, table, descriptor, widestPlace >= 0 ? widestPlace : null, problems)]);
  const levels = new Map<string, number>();
  // A file with no place column has one place with no level: there are no places to list.
  for (const p of table.places) if (p.level !== "") levels.set(p.level, (levels.get(p.level) ?? 0) + 1);
  return {
    model: {
      id,
      descriptor,
      views,
      home,
      warnings: [...warnings, ...problems.filter((p) => p.severity === "warning")],
      rows: table.rows,
      kept: table.kept,
      periods: [...table.periods].sort((a, b) => a.start.localeCompare(b.start)),
      places: [...levels].map(([level, count]) => ({ level, count })),
      filters: table.filters,
      indicators: table.indicators,
      metaInferred: table.metaInferred,
      symbolCounts: table.symbolCounts,
      figures: figuresOf(table),
      placePages: placeComparisons(table, descriptor, widestPlace >= 0 ? widestPlace : null),
      reading: table.reading,
      rateNote: rateDecision(table, descriptor).note,
      areas: areaData(id, table, descriptor),
      forces: [...new Set([...table.places.filter((p) => p.level === "Police force area").map((p) => p.code), ...(descriptor.forces ?? [])])],
    },
    problems: problems.filter((p) => p.severity === "error"),
  };
}
