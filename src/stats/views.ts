import { inSentence } from "../text/words.ts";
import { slug } from "../text/slug.ts";
import { LEVEL_ORDER } from "../data/columns.ts";
import type { Observation, Table } from "../data/ingest.ts";
import type { Descriptor, FeaturedView, Filter, Indicator, Period, Problem, Source } from "../data/types.ts";
import { messages } from "../data/problems.ts";
import { GROUP_COLUMNS, rowsAtLevel, TOPIC_COLUMNS } from "./breakdowns.ts";
import type { Bar, BreakdownView, Point, Series, TrendView, View } from "./view-types.ts";
import { withDefinitions } from "./definitions.ts";

/**
 * Turns a checked table into the views its page draws: the descriptor's featured views first,
 * then a trend per indicator and a breakdown per filter, so any new file gets a useful page.
 */

/** At most this many lines on one default chart; more would be unreadable. */
const MAX_SERIES = 8;

/** A view request: which indicator, split by what, holding which filter levels fixed. */
interface Request {
  id: string;
  indicator: Indicator;
  by: string | null;
  where: Record<string, string>;
  title?: string;
  subtitle?: string;
  period?: string;
  /** A geographic level, `all`, or undefined for the widest level present. */
  level?: string;
}

/** The dimension a view may split by besides its filters. */
export const GEOGRAPHY = "geography";

/** The widest geographic level in the table, where default views are drawn. */
export function widestLevel(table: Table): string | null {
  const levels = new Set(table.places.map((p) => p.level));
  return LEVEL_ORDER.find((l) => levels.has(l)) ?? table.places[0]?.level ?? null;
}

/** The level a request draws from: as asked, every level for `all`, else the widest. */
function levelOf(table: Table, req: Request): string | null {
  if (req.level === "all") return null;
  return req.level ?? widestLevel(table);
}

/**
 * Rows matching fixed filter levels; filters not named are held at their Total when they have one.
 * Split by geography, every level is drawn unless the view names one (`levelNamed`).
 */
function select(table: Table, by: string | null, where: Record<string, string>, level: string | null, levelNamed = false): Observation[] {
  const wanted = table.filters.map((f) => {
    if (f.column === by) return -1;
    const level = where[f.column] ?? f.total;
    return level === null ? -1 : f.levels.indexOf(level);
  });
  const everyLevel = level === null || (by === GEOGRAPHY && !levelNamed);
  return (everyLevel ? table.observations : rowsAtLevel(table, level)).filter((o) => wanted.every((w, k) => w === -1 || o.levels[k] === w));
}

function sourcesOf(descriptor: Descriptor, ids: Iterable<string | null>): Source[] {
  const wanted = new Set([...ids].filter((id): id is string => id !== null));
  return descriptor.sources.filter((s) => wanted.has(s.id));
}

function sourceId(table: Table, o: Observation): string | null {
  return o.source >= 0 ? table.sourceIds[o.source]! : null;
}

/** The dimensions (filters, and places when several) that differ between the given rows. */
function varyingDimensions(table: Table, rows: Observation[]): { filters: number[]; place: boolean } {
  const filters = table.filters
    .map((_, k) => k)
    .filter((k) => new Set(rows.map((o) => o.levels[k])).size > 1);
  return { filters, place: new Set(rows.map((o) => o.place)).size > 1 };
}

/** Builds a trend: one series per combination of the levels that vary, points ordered in time. */
function trend(table: Table, descriptor: Descriptor, req: Request, problems: Problem[]): TrendView | null {
  const k = table.indicators.findIndex((i) => i.column === req.indicator.column);
  const rows = select(table, req.by, req.where, levelOf(table, req), req.level !== undefined);
  if (rows.length === 0) return null;
  const vary = varyingDimensions(table, rows);
  const byFilter = table.filters.findIndex((f) => f.column === req.by);
  const order = [...(byFilter >= 0 ? [byFilter] : []), ...vary.filters.filter((f) => f !== byFilter)];
  const seriesMap = new Map<string, Series>();
  const given = new Set<string>();
  const repeated: { line: number; series: string; period: string }[] = [];
  for (const o of rows) {
    const parts = order.map((f) => table.filters[f]!.levels[o.levels[f]!]!);
    if (vary.place) parts.push(table.places[o.place]!.name);
    const key = parts.join(" | ") || req.indicator.column;
    let series = seriesMap.get(key);
    if (!series) {
      const [first, ...rest] = parts;
      const label = first === undefined ? req.indicator.label : rest.length ? `${first} (${rest.join(", ")})` : first;
      series = { key, label, points: [] };
      seriesMap.set(key, series);
    }
    const period = table.periods[o.period]!;
    const seen = `${key}\u0000${period.key}`;
    if (given.has(seen)) {
      repeated.push({ line: o.line, series: series.label, period: period.label });
      continue;
    }
    given.add(seen);
    series.points.push({ period, cell: o.cells[k]!, source: sourceId(table, o) });
  }
  if (repeated.length) {
    const said = messages.repeatedRows(table.file, repeated[0]!, repeated.length, repeated.slice(0, 5).map((r) => r.line));
    // Trends of several indicators over the same rows find the same repeats: said once.
    if (!problems.some((p) => p.message === said.message)) problems.push(said);
  }
  const all = [...seriesMap.values()];
  for (const s of all) s.points.sort((a, b) => a.period.start.localeCompare(b.period.start));
  const series = all.slice(0, MAX_SERIES);
  const notes = all.length > MAX_SERIES ? [`Showing the first ${MAX_SERIES} of ${all.length} series; the table lists them all.`] : [];
  const place = vary.place ? "" : table.places[rows[0]!.place]!.name;
  return {
    kind: "trend",
    id: req.id,
    title: req.title ?? `${req.indicator.label}${req.by ? ` by ${inSentence(filterLabel(table, req.by))}` : ""}`,
    subtitle: req.subtitle ?? describeSelection(req.indicator, place, table, req.where),
    indicator: req.indicator,
    series: req.by ? all : series,
    annotations: descriptor.annotations ?? [],
    sources: sourcesOf(descriptor, all.flatMap((s) => s.points.map((p) => p.source))),
    notes: req.by ? [] : notes,
  };
}

/** Builds a breakdown: one bar per level of `by`, in one period, at the widest place. */
function breakdown(table: Table, descriptor: Descriptor, req: Request & { by: string }): BreakdownView | null {
  const k = table.indicators.findIndex((i) => i.column === req.indicator.column);
  const f = table.filters.findIndex((x) => x.column === req.by);
  if (f < 0) return null;
  const rows = select(table, req.by, req.where, levelOf(table, req), req.level !== undefined);
  const placeIndex = rows[0]?.place;
  const atPlace = rows.filter((o) => o.place === placeIndex);
  const periodKey = req.period ?? latestWithData(table, atPlace, k);
  if (!periodKey) return null;
  const inPeriod = atPlace.filter((o) => table.periods[o.period]!.key === periodKey);
  if (inPeriod.length === 0) return null;
  const filter = table.filters[f]!;
  const bars: Bar[] = [];
  for (const levelName of filter.levels) {
    const o = inPeriod.find((row) => filter.levels[row.levels[f]!] === levelName);
    if (!o) continue;
    bars.push({ key: levelName, label: levelName, cell: o.cells[k]!, source: sourceId(table, o), isTotal: levelName === filter.total });
  }
  const period = table.periods[inPeriod[0]!.period]!;
  const place = table.places[placeIndex!]!.name;
  return {
    kind: "breakdown",
    id: req.id,
    title: req.title ?? `${req.indicator.label} by ${inSentence(filter.label)}, ${period.label}`,
    subtitle: req.subtitle ?? describeSelection(req.indicator, place, table, req.where),
    indicator: req.indicator,
    period,
    by: filter.label,
    bars,
    sources: sourcesOf(descriptor, bars.map((b) => b.source)),
    notes: [],
  };
}

function latestWithData(table: Table, rows: Observation[], k: number): string | null {
  let best: Period | null = null;
  for (const o of rows) {
    const period = table.periods[o.period]!;
    if (o.cells[k]!.kind === "value" && (!best || period.start > best.start)) best = period;
  }
  return best?.key ?? null;
}

function filterLabel(table: Table, column: string): string {
  if (column === GEOGRAPHY) return "Place";
  return table.filters.find((f) => f.column === column)?.label ?? column;
}

function describeSelection(indicator: Indicator, place: string, table: Table, where: Record<string, string>): string {
  const fixed = Object.entries(where)
    .filter(([column, level]) => table.filters.find((f) => f.column === column)?.total !== level)
    .map(([column, level]) => `${filterLabel(table, column)}: ${level}`);
  return [indicator.label + (indicator.unit ? ` (${indicator.unit})` : ""), place, ...fixed].filter(Boolean).join(" · ");
}

/** Filters worth a breakdown chart: a Total to compare against and at least two other levels; topic columns are compared group by group instead. */
function breakdownFilters(table: Table): Filter[] {
  return table.filters.filter(
    (f) => f.levels.filter((l) => l !== f.total).length >= 2 && f.total !== null && !TOPIC_COLUMNS.includes(f.column) && !GROUP_COLUMNS.includes(f.column),
  );
}

/** Every view for a dataset page: featured first, then defaults; ids start with the dataset id so they are unique on any page. */
export function buildViews(datasetId: string, table: Table, descriptor: Descriptor): { views: View[]; home: View[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const views: View[] = [];
  const home: { view: View; order: number }[] = [];
  const indicator = (column: string) => table.indicators.find((i) => i.column === column);
  for (const f of descriptor.featured ?? []) {
    const view = featured(datasetId, table, descriptor, f, indicator(f.indicator), problems);
    if (!view) continue;
    views.push(view);
    if (f.home !== undefined && f.home !== false) home.push({ view, order: f.home === true ? 100 : f.home });
  }
  if (views.length === 0) {
    for (const ind of table.indicators.slice(0, 6)) {
      const view = trend(table, descriptor, { id: `${datasetId}-trend-${slug(ind.column)}`, indicator: ind, by: null, where: {} }, problems);
      if (view && view.series.some((s) => s.points.length > 1)) views.push(view);
    }
    const first = table.indicators[0];
    for (const filter of first ? breakdownFilters(table).slice(0, 4) : []) {
      const view = breakdown(table, descriptor, { id: `${datasetId}-by-${slug(filter.column)}`, indicator: first!, by: filter.column, where: {} });
      if (view) views.push(view);
    }
  }
  home.sort((a, b) => a.order - b.order);
  return { views, home: home.map((h) => h.view), problems };
}

function featured(
  datasetId: string,
  table: Table,
  descriptor: Descriptor,
  f: FeaturedView,
  ind: Indicator | undefined,
  problems: Problem[],
): View | null {
  const complain = (detail: string) => {
    problems.push({
      severity: "error",
      file: table.file.replace(/\.csv$/, ".json"),
      message: `Featured view "${f.id}" ${detail}.`,
      fix: "Name an indicator and filters that the data file has.",
    });
    return null;
  };
  if (!ind) return complain(`names indicator "${f.indicator}", which the data does not have`);
  if (f.by && f.by !== GEOGRAPHY && !table.filters.some((x) => x.column === f.by)) return complain(`splits by "${f.by}", which is not a filter`);
  for (const [column, level] of Object.entries(f.where ?? {})) {
    const filter = table.filters.find((x) => x.column === column);
    if (!filter) return complain(`fixes "${column}", which is not a filter`);
    if (!filter.levels.includes(level)) return complain(`fixes ${column} to "${level}", which no row has`);
  }
  const req: Request = { id: `${datasetId}-${f.id}`, indicator: ind, by: f.by ?? null, where: f.where ?? {}, title: f.title, subtitle: f.subtitle, period: f.period, level: f.level };
  if (f.type === "trend") {
    const view = trend(table, descriptor, req, problems);
    if (!view || !f.definitions) return view;
    const read = withDefinitions(view, f.definitions);
    if (read.unknown.length) return complain(`names definitions no series has: ${read.unknown.map((l) => `"${l}"`).join(", ")}`);
    return read.view;
  }
  if (!f.by) return complain("is a breakdown but does not say what to break down by");
  return breakdown(table, descriptor, { ...req, by: f.by }) ?? complain("has no rows for its period");
}


/** Every point of a view, for tables and summaries. */
export function pointsOf(view: TrendView): (Point & { series: Series })[] {
  return view.series.flatMap((series) => series.points.map((p) => ({ ...p, series })));
}
