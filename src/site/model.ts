import type { RowCount, Table } from "../data/ingest.ts";
import type { Descriptor, Filter, Indicator, Period, Problem } from "../data/types.ts";
import { buildViews } from "../stats/views.ts";
import type { View } from "../stats/view-types.ts";

/** Everything a dataset's page and catalogue entry need, JSON-safe and with no rows left in it. */
export interface DatasetModel {
  id: string;
  descriptor: Descriptor;
  views: View[];
  home: View[];
  warnings: Problem[];
  rows: RowCount;
  periods: Period[];
  places: { level: string; count: number }[];
  filters: Filter[];
  indicators: Indicator[];
  metaInferred: boolean;
  symbolCounts: Record<string, Record<string, number>>;
}

/** Reduces a loaded table to its page model; problems found while choosing views are returned too. */
export function datasetModel(id: string, descriptor: Descriptor, table: Table, warnings: Problem[]): { model: DatasetModel; problems: Problem[] } {
  const { views, home, problems } = buildViews(id, table, descriptor);
  const levels = new Map<string, number>();
  for (const p of table.places) levels.set(p.level, (levels.get(p.level) ?? 0) + 1);
  return {
    model: {
      id,
      descriptor,
      views,
      home,
      warnings: [...warnings, ...problems.filter((p) => p.severity === "warning")],
      rows: table.rows,
      periods: [...table.periods].sort((a, b) => a.start.localeCompare(b.start)),
      places: [...levels].map(([level, count]) => ({ level, count })),
      filters: table.filters,
      indicators: table.indicators,
      metaInferred: table.metaInferred,
      symbolCounts: table.symbolCounts,
    },
    problems: problems.filter((p) => p.severity === "error"),
  };
}
