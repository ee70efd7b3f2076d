import { inSentence } from "../text/words.ts";
import type { Table } from "../data/ingest.ts";
import type { Cell, Descriptor, MeasureSpec, Problem } from "../data/types.ts";
import { breakdownSlug, defaultReference, findBreakdowns, groupRows, rowsAt, type Breakdown, type GroupRow } from "./breakdowns.ts";
import { asCell, describeMeasure, fromCell, groupRate, rateNote, sourcesFor, type RateMeasure } from "./group-rate.ts";
import { MIN_EVENTS, pointsDifference, rateRatio, riskRatio, type Estimate } from "./measures.ts";
import { multiplesView } from "./multiples.ts";
import { ratioTrendView } from "./ratio-trend.ts";
import { pairedSharesView, SHARES_NOTE } from "./shares-pairs.ts";
import { decideRates, type RateDecision } from "./rates.ts";
import type { ComparisonMeasure, ComparisonRow, ComparisonView, MultiplesView, RatioTrendView, SharesRow, SharesView } from "./view-types.ts";

/**
 * Comparison views: each group's rate beside its numerator and denominator, and its ratio to a
 * stated reference group with a 95% interval; and shares of an outcome beside shares of the
 * population. Re-running `withReference` in the browser gives the same numbers as the build.
 */

const decisions = new WeakMap<Table, { descriptor: Descriptor; decision: RateDecision }>();

/** The rate decision for a table, made once: pages ask for its measures many times over. */
export function rateDecision(table: Table, descriptor: Descriptor): RateDecision {
  const known = decisions.get(table);
  if (known && known.descriptor === descriptor) return known.decision;
  const decided = decideRates(table, descriptor);
  const decision = { ...decided, measures: decided.measures.filter((m) => measureColumns(m).every((c) => table.indicators.some((i) => i.column === c))) };
  decisions.set(table, { descriptor, decision });
  return decision;
}

/** The measures for a table: the descriptor's, else rates against a population named or checked (see rates.ts), else published rates. */
export function measuresFor(table: Table, descriptor: Descriptor): MeasureSpec[] {
  return rateDecision(table, descriptor).measures;
}

function measureColumns(m: MeasureSpec): string[] {
  switch (m.type) {
    case "rate":
      return [m.numerator, m.denominator, ...(m.published ? [m.published] : [])];
    case "published-rate":
      return [m.rate];
    case "shares":
      return [m.outcome, m.population, ...(m.difference ? [m.difference] : [])];
  }
}

/** Recomputes every ratio against another reference group: the one function the build and the browser share. */
export function withReference(view: ComparisonView, reference: string): ComparisonView {
  const ref = view.rows.find((r) => r.key === reference);
  if (!ref) return view;
  const rows = view.rows.map((row) => ({
    ...row,
    isReference: row.key === reference,
    ratio: row.key === reference ? ({ kind: "value", value: 1 } as Estimate) : ratioBetween(view.measure, row, ref, view.minEvents),
  }));
  return { ...view, reference, rows: sortRows(rows), subtitle: subtitleFor(view.measure, view.place, view.period.label, reference) };
}

function ratioBetween(measure: ComparisonMeasure, row: ComparisonRow, ref: ComparisonRow, minEvents: number): Estimate {
  if (measure.type === "rate" && row.numerator && row.denominator && ref.numerator && ref.denominator) {
    return riskRatio(row.numerator, row.denominator, ref.numerator, ref.denominator, minEvents);
  }
  return rateRatio(asCell(row.rate), asCell(ref.rate));
}

/** Highest rate first, groups with no figure after, the not-recorded group next, everyone last. */
function sortRows(rows: ComparisonRow[]): ComparisonRow[] {
  const rank = (r: ComparisonRow) => (r.isOverall ? 3 : r.isUnknown ? 2 : r.rate.kind === "missing" ? 1 : 0);
  const value = (r: ComparisonRow) => (r.rate.kind === "value" ? r.rate.value : 0);
  return [...rows].sort((a, b) => rank(a) - rank(b) || value(b) - value(a));
}

function subtitleFor(measure: ComparisonMeasure, place: string, period: string, reference: string): string {
  return `${[measure.label, place, period].filter(Boolean).join(", ")}. Ratios compare each group with ${reference}.`;
}

/** One comparison view for a rate measure and a breakdown, in the given period and place. */
export function comparisonView(
  table: Table,
  descriptor: Descriptor,
  id: string,
  measure: RateMeasure,
  breakdown: Breakdown,
  period: number,
  place: number,
): ComparisonView | null {
  const groups = groupRows(table, breakdown, period, place);
  if (groups.length < 2) return null;
  const cm = describeMeasure(table, measure);
  const rows: ComparisonRow[] = groups.map((g: GroupRow) => {
    const { numerator, denominator, published, rate, basis } = groupRate(table, measure, g.cells);
    return {
      key: g.group,
      label: g.group,
      numerator,
      denominator,
      rate,
      basis,
      published,
      ratio: { kind: "value", value: 1 },
      isReference: false,
      isOverall: g.isOverall,
      isUnknown: g.isUnknown,
      source: g.source >= 0 ? table.sourceIds[g.source]! : null,
    };
  });
  const periodObj = table.periods[period]!;
  const placeName = table.places[place]!.name;
  const base: ComparisonView = {
    kind: "comparison",
    id,
    title: `${measure.label} by ${inSentence(breakdown.label)}, ${periodObj.label}`,
    subtitle: "",
    period: periodObj,
    place: placeName,
    breakdown: breakdown.label,
    measure: cm,
    reference: "",
    rows,
    minEvents: MIN_EVENTS,
    sources: sourcesFor(descriptor, rows.map((r) => r.source)),
    notes: comparisonNotes(cm),
  };
  return withReference(base, defaultReference(breakdown, descriptor));
}

function comparisonNotes(measure: ComparisonMeasure): string[] {
  if (measure.type === "published-rate") {
    return ["Ratios divide one published rate by another. The counts behind the rates are not published here, so the ratios have no confidence interval."];
  }
  return [
    rateNote(measure)!,
    `Ratios compare a group's rate with the reference group's, with a 95% confidence interval (log method). Where either group has fewer than ${MIN_EVENTS} events the ratio is shown as "too few to say".`,
  ];
}

/** A shares view: every row with a share of outcome or population, labelled by what varies. */
export function sharesView(table: Table, descriptor: Descriptor, id: string, measure: Extract<MeasureSpec, { type: "shares" }>): SharesView | null {
  const col = (name: string) => table.indicators.findIndex((i) => i.column === name);
  const [o, p, d] = [col(measure.outcome), col(measure.population), measure.difference ? col(measure.difference) : -1];
  const rows = table.observations.filter((obs) => obs.cells[o]!.kind === "value" || obs.cells[p]!.kind === "value");
  if (rows.length === 0) return null;
  const varying = table.filters.map((_, k) => k).filter((k) => new Set(rows.map((r) => r.levels[k])).size > 1);
  const periodsVary = new Set(rows.map((r) => r.period)).size > 1;
  const out: SharesRow[] = rows.map((obs) => {
    const parts = varying.map((k) => table.filters[k]!.levels[obs.levels[k]!]!);
    const groupName = parts[parts.length - 1] ?? table.filters.map((f, k) => f.levels[obs.levels[k]!]!).find((l) => l !== "Total") ?? "All";
    const label = [...(varying.length ? parts : [groupName]), ...(periodsVary ? [table.periods[obs.period]!.label] : [])].join(", ");
    const outcome = obs.cells[o]!;
    const population = obs.cells[p]!;
    const published = d >= 0 ? obs.cells[d]! : null;
    return {
      key: label,
      label,
      outcome,
      population,
      difference: published && published.kind === "value" ? fromCell(published) : pointsDifference(outcome, population),
      ratio: rateRatio(outcome, population),
      isUnknown: parts.some((x) => /^(unknown|not recorded)/i.test(x)),
      source: obs.source >= 0 ? table.sourceIds[obs.source]! : null,
    };
  });
  const outcomeLabel = measure.outcomeLabel ?? table.indicators[o]!.label;
  const populationLabel = measure.populationLabel ?? table.indicators[p]!.label;
  const place = new Set(rows.map((r) => r.place)).size === 1 ? table.places[rows[0]!.place]!.name : "";
  return {
    kind: "shares",
    id,
    title: measure.label,
    subtitle: [`${outcomeLabel} beside ${inSentence(populationLabel)}`, place].filter(Boolean).join(", "),
    outcomeLabel,
    populationLabel,
    rows: out,
    sources: sourcesFor(descriptor, out.map((r) => r.source)),
    notes: [SHARES_NOTE],
  };
}

/**
 * Every comparison and shares view for a table: each rate measure by each breakdown, in the latest
 * period with data, at the widest place, each followed by the same groups' rates over time when
 * two or more periods have data, and their ratios to the reference group over time when it is a
 * group of its own (White British, No SEN, not eligible for free school meals) rather than everyone.
 */
export function comparisonViews(datasetId: string, table: Table, descriptor: Descriptor, widestPlace: number | null, problems: Problem[] = []): (ComparisonView | SharesView | MultiplesView | RatioTrendView)[] {
  const views: (ComparisonView | SharesView | MultiplesView | RatioTrendView)[] = [];
  const breakdowns = findBreakdowns(table);
  for (const measure of measuresFor(table, descriptor)) {
    if (measure.type === "shares") {
      const id = `${datasetId}-${measure.id}`;
      const view = measure.pairs ? pairedSharesView(table, descriptor, id, { ...measure, pairs: measure.pairs }, problems) : sharesView(table, descriptor, id, measure);
      if (view) views.push(view);
      continue;
    }
    for (const breakdown of breakdowns) {
      const period = latestPeriod(table, breakdown, widestPlace);
      if (period === null || widestPlace === null) continue;
      const id = `${datasetId}-${measure.id}-by-${breakdownSlug(breakdown)}`;
      const view = comparisonView(table, descriptor, id, measure, breakdown, period, widestPlace);
      if (view) views.push(view);
      const overTime = multiplesView(table, descriptor, `${id}-over-time`, measure, breakdown, widestPlace);
      if (overTime) views.push(overTime);
      const ratios = ratioTrendView(table, descriptor, `${id}-ratio-over-time`, measure, breakdown, widestPlace);
      if (ratios) views.push(ratios);
    }
  }
  return views;
}

function latestPeriod(table: Table, breakdown: Breakdown, place: number | null): number | null {
  let best: number | null = null;
  if (place === null) return null;
  for (const o of rowsAt(table, place)) {
    if (breakdown.topic && table.filters[breakdown.topic.filter]!.levels[o.levels[breakdown.topic.filter]!] !== breakdown.topic.level) continue;
    if (best === null || table.periods[o.period]!.start > table.periods[best]!.start) best = o.period;
  }
  return best;
}

/** A place below the widest level, with its comparisons set beside its region's and the country's. */
export interface PlaceComparisons {
  slug: string;
  name: string;
  code: string;
  level: string;
  region: string | null;
  views: ComparisonView[];
}

/** The most places given their own page: enough for every local authority, never every school. */
export const MAX_PLACES = 400;

/** Comparisons for every place below the widest level, each with its region's and the country's rates beside it. */
export function placeComparisons(table: Table, descriptor: Descriptor, widestPlace: number | null): PlaceComparisons[] {
  if (widestPlace === null) return [];
  const widest = table.places[widestPlace]!;
  const measures = measuresFor(table, descriptor).filter((m): m is RateMeasure => m.type !== "shares");
  const breakdowns = findBreakdowns(table);
  if (measures.length === 0 || breakdowns.length === 0) return [];
  const out: PlaceComparisons[] = [];
  const slugs = new Set<string>();
  const contexts = new Map<string, NonNullable<ComparisonView["context"]>[number] | null>();
  for (let place = 0; place < table.places.length && out.length < MAX_PLACES; place++) {
    const geo = table.places[place]!;
    if (geo.level === widest.level) continue;
    const region = geo.parent ? table.places.findIndex((p) => p.level === "Regional" && (p.code === geo.parent!.code || p.name === geo.parent!.name)) : -1;
    const wider = [...(region >= 0 ? [region] : []), widestPlace];
    const views: ComparisonView[] = [];
    for (const measure of measures) {
      for (const breakdown of breakdowns) {
        const period = latestPeriod(table, breakdown, place);
        if (period === null) continue;
        const view = comparisonView(table, descriptor, `place-${measure.id}-by-${breakdownSlug(breakdown)}`, measure, breakdown, period, place);
        if (!view) continue;
        const context = wider.flatMap((w) => {
          // A region's and the country's rates are the same beside each of their places: worked out once.
          const key = `${w}|${measure.id}|${breakdown.key}|${period}`;
          if (!contexts.has(key)) {
            const other = comparisonView(table, descriptor, "", measure, breakdown, period, w);
            contexts.set(key, other ? { place: table.places[w]!.name, rates: other.rows.map((r) => ({ key: r.key, rate: r.rate })) } : null);
          }
          const found = contexts.get(key);
          return found ? [found] : [];
        });
        views.push({ ...view, context });
      }
    }
    if (views.length === 0) continue;
    let slug = (geo.code && geo.code !== "x" ? geo.code : geo.name).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "place";
    while (slugs.has(slug)) slug += "-2";
    slugs.add(slug);
    out.push({ slug, name: geo.name, code: geo.code, level: geo.level, region: region >= 0 ? table.places[region]!.name : null, views });
  }
  return out;
}
