import { inSentence } from "../text/words.ts";
import type { Table } from "../data/ingest.ts";
import type { Descriptor } from "../data/types.ts";
import { defaultReference, groupRows, type Breakdown } from "./breakdowns.ts";
import { describeMeasure, groupRate, rateNote, sourcesFor, type RateMeasure } from "./group-rate.ts";
import type { MultiplesPanel, MultiplesView } from "./view-types.ts";

/**
 * Small multiples: how each group's rate moved over time, one panel per group on one shared scale,
 * so a gap that widens or closes can be seen without reading one line through another's.
 */

/** Fewer periods with a rate than this and there is no change over time to show. */
export const MIN_PERIODS = 2;

/** Each group's rate in every period the breakdown has rows for, at one place; null when fewer than two periods have a rate. */
export function multiplesView(
  table: Table,
  descriptor: Descriptor,
  id: string,
  measure: RateMeasure,
  breakdown: Breakdown,
  place: number,
): MultiplesView | null {
  const periods = table.periods
    .map((period, index) => ({ period, rows: groupRows(table, breakdown, index, place) }))
    .filter((p) => p.rows.length > 0)
    .sort((a, b) => a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end));
  const reference = defaultReference(breakdown, descriptor);
  const panels = new Map<string, MultiplesPanel>();
  let withRate = 0;
  for (const { period, rows } of periods) {
    let any = false;
    for (const row of rows) {
      const { numerator, denominator, rate, basis, flags } = groupRate(table, measure, row.cells);
      any ||= rate.kind === "value";
      let panel = panels.get(row.group);
      if (!panel) {
        panel = { key: row.group, label: row.group, isReference: row.group === reference, isOverall: row.isOverall, isUnknown: row.isUnknown, points: [] };
        panels.set(row.group, panel);
      }
      panel.points.push({ period, numerator, denominator, rate, basis, flags, source: row.source >= 0 ? table.sourceIds[row.source]! : null });
    }
    if (any) withRate++;
  }
  if (withRate < MIN_PERIODS || panels.size < 2) return null;

  const order = new Map(breakdown.groups.map((g, i) => [g, i]));
  const sorted = [...panels.values()].sort((a, b) => Number(a.isOverall) - Number(b.isOverall) || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  const cm = describeMeasure(table, measure);
  const first = periods[0]!.period.label;
  const last = periods[periods.length - 1]!.period.label;
  const placeName = table.places[place]!.name;
  return {
    kind: "multiples",
    id,
    title: `${measure.label} by ${inSentence(breakdown.label)}, ${first} to ${last}`,
    subtitle: `${[measure.label, placeName, `${first} to ${last}`].filter(Boolean).join(", ")}. One panel per group, all on the same scale; ${reference} is the reference group.`,
    place: placeName,
    breakdown: breakdown.label,
    measure: cm,
    reference,
    periods: periods.map((p) => p.period),
    panels: sorted,
    sources: sourcesFor(descriptor, sorted.flatMap((p) => p.points.map((x) => x.source))),
    notes: [
      rateNote(cm) ?? "Rates are as published; the counts behind them are not published here.",
      `Each panel is one group's rate over time, on the same scale from 0. The reference group's line (${reference}) is drawn faintly behind every other panel. A missing rate breaks the line and is named under its panel; it is never drawn as zero.`,
    ],
  };
}
