import { periodMidpoint } from "../../data/period.ts";
import { formatCell, formatNumber } from "../../data/cell-format.ts";
import { REASON_LABEL } from "../../data/symbols.ts";
import type { NumberCell } from "../../data/types.ts";
import type { Point, TrendView } from "../../stats/view-types.ts";
import { formatSignedPercent } from "../../text/number.ts";
import type { Headline } from "../kind.ts";
import { QUALIFIED_SUFFIX, drawnFlags, hollowNote, isQualified } from "../qualifiers.ts";
import { trendEvents } from "./events.ts";
import { sentenceStart } from "../../text/words.ts";

/** The trend chart in words: its description for assistive technology, its summary, its tooltips and its notes. */

/** A terse plain-text summary: what is plotted, over when, and what is missing. */
export function describeTrend(view: TrendView): string {
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const points = view.series.flatMap((s) => s.points.map((p) => ({ series: s, point: p })));
  const periods = points.map((p) => p.point.period).sort((a, b) => periodMidpoint(a) - periodMidpoint(b));
  let first = `Line chart of ${view.indicator.label || view.title}: ${view.series.length} series`;
  if (periods.length) first += `, ${periods[0]!.label} to ${periods[periods.length - 1]!.label}`;
  const parts = [`${first}.`];
  const plotted = points.filter((p) => p.point.cell.kind === "value").length;
  parts.push(`${plotted} ${plotted === 1 ? "value" : "values"} plotted.`);
  const qualified = points.filter((p) => isQualified(p.point.cell, sources.get(p.point.source ?? ""))).length;
  if (qualified) parts.push(`${qualified} ${qualified === 1 ? "is an estimate or unconfirmed" : "are estimates or unconfirmed"} (hollow markers, ${QUALIFIED_SUFFIX}).`);
  const missing = points.flatMap(({ series, point }) => (point.cell.kind === "missing" ? [`${series.label}, ${point.period.label} (${REASON_LABEL[point.cell.reason]})`] : []));
  if (missing.length) parts.push(`Not plotted: ${missing.join("; ")}.`);
  const events = trendEvents(view).length;
  if (events) parts.push(`${events} ${events === 1 ? "event" : "events"} marked.`);
  return parts.join(" ");
}

type Numeric = Point & { cell: NumberCell };

/**
 * One sentence per series that a reporter could quote: "Officers in London's schools rose from 270
 * in 2014/15 to 295 in 2017, up 25 (+9%)." with how many figures it rests on, and what is missing.
 */
export function summariseTrend(view: TrendView): string[] {
  const ind = view.indicator;
  return view.series.map((series) => {
    const values = series.points.filter((p): p is Numeric => p.cell.kind === "value");
    const gaps = series.points.flatMap((p) => (p.cell.kind === "missing" ? [`${p.period.label} (${REASON_LABEL[p.cell.reason]})`] : []));
    const gapText = gaps.length ? ` No figure for ${gaps.join(", ")}.` : "";
    if (values.length === 0) return `No figure is published for ${series.label}.${gapText}`;
    const first = values[0]!;
    const last = values[values.length - 1]!;
    if (values.length === 1) return `The one published figure for ${series.label} is ${formatCell(first.cell, ind)}, for ${first.period.label}.${gapText}`;
    const diff = last.cell.value - first.cell.value;
    const from = `${formatCell(first.cell, ind)} in ${first.period.label}`;
    const to = `${formatCell(last.cell, ind)} in ${last.period.label}`;
    const across = values.length > 2 ? `, across ${values.length} published figures` : "";
    if (diff === 0) return `${sentenceStart(series.label)} stood at ${from} and at ${to}${across}.${gapText}`;
    const size = ind.unit === "%" ? `${formatNumber(Math.abs(diff), { ...ind, unit: "" })} percentage points` : formatNumber(Math.abs(diff), ind);
    const relative = first.cell.value > 0 && ind.unit === "" ? ` (${formatSignedPercent(diff / first.cell.value)})` : "";
    return `${sentenceStart(series.label)} ${diff > 0 ? "rose" : "fell"} from ${from} to ${to}, ${diff > 0 ? "up" : "down"} ${size}${relative}${across}.${gapText}`;
  });
}

/** The view's notes, that lines are never joined across definitions, and what hollow markers are. */
export function trendNotes(view: TrendView): string[] {
  const hollow = hollowNote(drawnFlags(view.series.flatMap((s) => s.points.map((p) => p.cell))), view.sources);
  return [
    ...view.notes,
    ...(view.series.length > 1 ? ["Each line is one definition or group as published; lines are never joined across a change of definition or a missing figure."] : []),
    ...(hollow ? [hollow] : []),
  ];
}

/** The earliest and latest published figures, whichever series they belong to. */
export function trendHeadlines(view: TrendView): Headline[] {
  const points = view.series
    .flatMap((s) => s.points.map((p) => ({ s, p })))
    .filter(({ p }) => p.cell.kind === "value")
    .sort((a, b) => a.p.period.start.localeCompare(b.p.period.start));
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const headline = (label: string, item: typeof first): Headline => ({ label, value: formatCell(item.p.cell, view.indicator), context: `${item.s.label}, ${item.p.period.label}` });
  return [headline("Earliest published", first), headline("Latest published", last)];
}
