import { inSentence } from "../text/words.ts";
import type { Table } from "../data/ingest.ts";
import type { Descriptor, Period } from "../data/types.ts";
import { defaultReference, groupRows, type Breakdown, type GroupRow } from "./breakdowns.ts";
import { asCell, describeMeasure, groupRate, sourcesFor, type GroupRate, type RateMeasure } from "./group-rate.ts";
import { MIN_EVENTS, rateRatio, riskRatio, type Estimate } from "./measures.ts";
import { MIN_PERIODS } from "./multiples.ts";
import type { ComparisonMeasure, RatioTrendPoint, RatioTrendSeries, RatioTrendView, ShownRate } from "./view-types.ts";

/**
 * Disproportionality over time: each group's rate beside its reference group's in every period,
 * and the ratio of the two with its 95% interval, so "is the gap widening?" is answered with the
 * uncertainty that comes with it. A rate is shown as published; a ratio is computed from the
 * published counts, as DfE rounds its rates to two places and a ratio of rounded rates can be
 * far out (0.26 ÷ 0.02 = 13.0 where the counts give 11.2).
 */

/** A group's rate as a reader is shown it (the publisher's where it publishes one, else worked out from the counts), with its counts. */
export function shownRate(figures: GroupRate): ShownRate {
  const { numerator, denominator, rate, basis } = figures;
  return { numerator, denominator, rate, basis };
}

/** A group's ratio to the reference: from the counts (with an interval) when both have them, else from the rates as shown. */
export function ratioOf(group: ShownRate, reference: ShownRate, minEvents = MIN_EVENTS): Estimate {
  if (group.numerator && group.denominator && reference.numerator && reference.denominator) {
    return riskRatio(group.numerator, group.denominator, reference.numerator, reference.denominator, minEvents);
  }
  return rateRatio(asCell(group.rate), asCell(reference.rate));
}

/** The breakdown's periods with rows at the place, in time order. */
function periodsWithRows(table: Table, breakdown: Breakdown, place: number): { period: Period; rows: GroupRow[] }[] {
  return table.periods
    .map((period, index) => ({ period, rows: groupRows(table, breakdown, index, place) }))
    .filter((p) => p.rows.length > 0)
    .sort((a, b) => a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end));
}

/**
 * Each group's ratio to the breakdown's reference group in every period, at one place. Null when
 * the reference is everyone (no group to compare with), or fewer than two periods have a ratio.
 */
export function ratioTrendView(table: Table, descriptor: Descriptor, id: string, measure: RateMeasure, breakdown: Breakdown, place: number): RatioTrendView | null {
  const reference = defaultReference(breakdown, descriptor);
  if (reference === breakdown.overall || !breakdown.groups.includes(reference)) return null;
  const periods = periodsWithRows(table, breakdown, place);
  const series = new Map<string, RatioTrendSeries>();
  let withRatio = 0;
  for (const { period, rows } of periods) {
    const ref = rows.find((r) => r.group === reference);
    if (!ref) continue;
    const refFigures = groupRate(table, measure, ref.cells);
    const refRate = shownRate(refFigures);
    let any = false;
    for (const row of rows.filter((r) => r.group !== reference)) {
      const figures = groupRate(table, measure, row.cells);
      const group = shownRate(figures);
      const point: RatioTrendPoint = {
        period,
        group,
        reference: refRate,
        ratio: ratioOf(group, refRate),
        flags: [...new Set([...figures.flags, ...refFigures.flags])],
        source: row.source >= 0 ? table.sourceIds[row.source]! : null,
      };
      any ||= point.ratio.kind === "value";
      let s = series.get(row.group);
      if (!s) series.set(row.group, (s = { key: row.group, label: row.group, isOverall: row.isOverall, isUnknown: row.isUnknown, points: [] }));
      s.points.push(point);
    }
    if (any) withRatio++;
  }
  if (withRatio < MIN_PERIODS || series.size === 0) return null;
  const order = new Map(breakdown.groups.map((g, i) => [g, i]));
  const sorted = [...series.values()].sort((a, b) => Number(a.isOverall) - Number(b.isOverall) || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  const cm = describeMeasure(table, measure);
  const drawn = periods.map((p) => p.period);
  const span = `${drawn[0]!.label} to ${drawn[drawn.length - 1]!.label}`;
  const placeName = table.places[place]!.name;
  return {
    kind: "ratio-trend",
    id,
    title: `${measure.label} by ${inSentence(breakdown.label)} as a ratio to the rate of ${reference}, ${span}`,
    subtitle: `${[measure.label, placeName, span].filter(Boolean).join(", ")}. One panel per group, on one log scale; the rule at 1× is the rate of ${reference}.`,
    place: placeName,
    breakdown: breakdown.label,
    measure: cm,
    reference,
    periods: drawn,
    series: sorted,
    minEvents: MIN_EVENTS,
    sources: sourcesFor(descriptor, sorted.flatMap((s) => s.points.map((p) => p.source))),
    notes: ratioTrendNotes(cm, reference),
  };
}

/** What a reader needs to know of where each figure comes from: rates as published, ratios from counts. */
function ratioTrendNotes(measure: ComparisonMeasure, reference: string): string[] {
  if (measure.type === "published-rate") {
    return [`Rates are as published. Each ratio divides a group's published rate by the published rate of ${reference}; the counts behind the rates are not published here, so the ratios have no 95% interval.`];
  }
  return [
    `Rates are shown as published. Where no rate is published, the rate is worked out from the published counts (${inSentence(measure.numeratorLabel ?? "")} ÷ ${inSentence(measure.denominatorLabel ?? "")}) and the table says so.`,
    `Each ratio and its 95% interval (log method) are computed from the published counts, not from the published rates: the rates are rounded to two decimal places, and a ratio of two rounded rates can be far from the ratio of the counts. Where either group has fewer than ${MIN_EVENTS} events in a year, the ratio is "too few to say" and is not drawn.`,
    `A ratio of 1 means the same rate as ${reference}. Where two years' intervals do not overlap, the change between them is clear; where they overlap, it may be chance.`,
  ];
}
