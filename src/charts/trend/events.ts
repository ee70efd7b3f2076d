import type { TrendView } from "../../stats/view-types.ts";
import { eventTime, formatEventDate } from "../../text/dates.ts";
import type { ChartEvent } from "../kind.ts";
import { r1 } from "../svg.ts";
import type { PlacedAnnotation } from "./layout-types.ts";

/** The time span a trend covers and the dated events inside it, numbered as the chart marks them. */

/** The time span the x axis covers: from the start of the first period to the end of the last. */
export function trendDomain(view: TrendView): [number, number] | null {
  const starts = view.series.flatMap((s) => s.points.map((p) => Date.parse(p.period.start))).filter(Number.isFinite);
  const ends = view.series.flatMap((s) => s.points.map((p) => Date.parse(p.period.end))).filter(Number.isFinite);
  if (starts.length === 0 || ends.length === 0) return null;
  const start = starts.reduce((a, b) => Math.min(a, b));
  const end = ends.reduce((a, b) => Math.max(a, b));
  return [start, Math.max(end, start + 1)];
}

/** The annotations inside the chart's time span, numbered in date order as the chart marks them. */
export function trendEvents(view: TrendView): ChartEvent[] {
  const domain = trendDomain(view);
  if (!domain) return [];
  return view.annotations
    .map((a, index) => ({ a, index, time: eventTime(a.date) }))
    .filter((d): d is { a: (typeof view.annotations)[number]; index: number; time: number } => d.time !== null && d.time >= domain[0] && d.time <= domain[1])
    .sort((p, q) => p.time - q.time || p.index - q.index)
    .map(({ a }, i) => ({ number: i + 1, date: a.date, dateLabel: formatEventDate(a.date), label: a.label, sources: a.sources ?? [] }));
}

/** The radius of an event's numbered marker. */
export const EVENT_MARKER_R = 9;

/** Numbered markers at each event's rule, pushed right (then back left at the edge) so none touch. */
export function placeEventMarkers(events: ChartEvent[], x: (time: number) => number, markerY: number, left: number, right: number): PlacedAnnotation[] {
  const markerR = EVENT_MARKER_R;
  const items = events.map((e) => ({ ...e, x: x(eventTime(e.date)!) }));
  const xs: number[] = [];
  const step = 2 * markerR + 3;
  for (const [i, item] of items.entries()) xs.push(Math.max(item.x, left + markerR, i ? xs[i - 1]! + step : -Infinity));
  for (let i = xs.length - 1; i >= 0; i--) xs[i] = Math.min(xs[i]!, right - markerR, i < xs.length - 1 ? xs[i + 1]! - step : Infinity);
  return items.map((item, i) => ({
    number: item.number,
    x: item.x,
    markerX: r1(xs[i]!),
    markerY: r1(markerY),
    markerR,
    dateLabel: item.dateLabel,
    label: item.label,
  }));
}
