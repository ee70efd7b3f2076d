import type { Authority } from "../geo/types.ts";
import { distinctName } from "../geo/authorities.ts";
import { londonPartOf, regionOf } from "../geo/regions.ts";
import { inSentence } from "../text/words.ts";
import { ENGLAND, type AreaBreakdown, type AreaData, type AreaIndicator } from "./areas.ts";
import type { BreakdownView, Point, Series, TrendView } from "./view-types.ts";

/**
 * One area's charts from a file's area figures: each indicator's trend with the area emphasised
 * beside its region and England, and each breakdown in the latest year the area has. Where the
 * region has no figure for some years and the area's half of London has, that half is drawn as
 * its own line for those years, and the chart says so.
 */

function span(points: readonly Point[]): string {
  const first = points[0]?.period.label;
  const last = points[points.length - 1]?.period.label;
  return first === last ? (first ?? "") : `${first} to ${last}`;
}

function labels(points: readonly Point[]): string {
  const list = points.map((p) => p.period.label);
  return list.length <= 1 ? list.join("") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

/** The wider places drawn beside the area, and what the reader needs told about them. */
function comparators(data: AreaIndicator, authority: Authority): { series: Series[]; notes: string[] } {
  const series: Series[] = [];
  const notes: string[] = [];
  const region = regionOf(authority);
  const own = data.wider[region.code];
  if (own?.points.length) series.push({ key: region.code, label: own.name, points: own.points });
  const part = londonPartOf(authority);
  const half = part ? data.wider[part.code] : undefined;
  if (part && half?.points.length) {
    const covered = new Set((own?.points ?? []).filter((p) => p.cell.kind === "value").map((p) => p.period.key));
    const filling = half.points.filter((p) => !covered.has(p.period.key));
    if (filling.length) {
      series.push({ key: part.code, label: half.name, points: filling });
      notes.push(
        own?.points.length
          ? `The file gives ${own.name} figures only for ${labels(own.points)}; for ${labels(filling)} the chart shows ${half.name}, the Department's grouping of boroughs ${distinctName(authority)} is in, as its comparator. The two are different places and are never joined.`
          : `The file has no ${region.name} figures; the chart shows ${half.name}, the Department's grouping of boroughs ${distinctName(authority)} is in, for ${labels(filling)}.`,
      );
    }
  } else if (!own?.points.length) notes.push(`The file has no figures for ${region.name}.`);
  const england = data.wider[ENGLAND];
  if (england?.points.length) {
    series.push({ key: ENGLAND, label: england.name, points: england.points });
    if (england.points.every((p) => p.cell.kind !== "value")) notes.push(`England has no figure in this file in any year (see the file's notes), so only the area and its region are drawn.`);
  }
  return { series, notes };
}

/** The area's trend for one indicator beside its region and England, or null when the file has no row for the area. */
export function areaTrendView(data: AreaData, indicator: AreaIndicator, authority: Authority): TrendView | null {
  const points = indicator.areas[authority.id];
  if (!points?.length) return null;
  const name = distinctName(authority);
  const { series, notes } = comparators(indicator, authority);
  const missing = points.filter((p) => p.cell.kind !== "value").length;
  return {
    kind: "trend",
    id: `${data.datasetId}-${indicator.indicator.column}`.replace(/_/g, "-"),
    title: `${indicator.indicator.label}: ${name}`,
    subtitle: `${name} beside ${series.map((s) => s.label).join(" and ")}, ${span(points)}`,
    indicator: indicator.indicator,
    series: [{ key: authority.id, label: name, points }, ...series],
    emphasis: authority.id,
    annotations: [],
    sources: indicator.sources,
    notes: [
      ...notes,
      ...(missing ? [`${name} has no figure for ${missing} of its ${points.length} years in this file; each is shown as missing, with its reason, and never as zero.`] : []),
    ],
  };
}

/** The area's figures split by a breakdown's groups in the latest year it has, or null when it has none. */
export function areaBreakdownView(data: AreaData, breakdown: AreaBreakdown, authority: Authority): BreakdownView | null {
  const entry = breakdown.areas[authority.id];
  if (!entry?.rows.length) return null;
  const name = distinctName(authority);
  return {
    kind: "breakdown",
    id: `${data.datasetId}-by-${breakdown.by}`.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    title: `${breakdown.indicator.label} by ${inSentence(breakdown.by)}: ${name}, ${entry.period.label}`,
    subtitle: `${name}, ${entry.period.label}, every group as published`,
    indicator: breakdown.indicator,
    period: entry.period,
    by: breakdown.by,
    bars: entry.rows.map((r) => ({ key: r.group, label: r.group, cell: r.cell, source: r.source, isTotal: false })),
    sources: breakdown.sources,
    notes: [],
  };
}
