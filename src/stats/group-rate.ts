import { inSentence } from "../text/words.ts";
import type { Table } from "../data/ingest.ts";
import type { Cell, Descriptor, Flag, MeasureSpec, Source } from "../data/types.ts";
import { formatPer } from "./estimate-format.ts";
import { rate, type Estimate } from "./measures.ts";
import type { ComparisonMeasure, RateBasis } from "./view-types.ts";

/**
 * One group's rate from one row of the table, read the same way by every view that compares
 * groups: from the published counts for a rate measure, or as published for a published rate.
 */

/** A measure that gives each group a rate (shares are read differently). */
export type RateMeasure = Extract<MeasureSpec, { type: "rate" | "published-rate" }>;

/** A group's counts and rate in one row; counts are null for a published-rate measure. */
export interface GroupRate {
  numerator: Cell | null;
  denominator: Cell | null;
  /** The rate as the publisher gave it, when the file has one. */
  published: Cell | null;
  /** The rate shown: as published where the file publishes one, else worked out from the counts. */
  rate: Estimate;
  basis: RateBasis;
  /** Qualifiers on the figures the rate is made from (estimated, low reliability …). */
  flags: Flag[];
}

/** How a view says its rate is made and read: labels of the counts it divides, and per how many. */
export function describeMeasure(table: Table, measure: RateMeasure): ComparisonMeasure {
  const label = (name: string) => table.indicators.find((i) => i.column === name)?.label ?? name;
  return {
    id: measure.id,
    type: measure.type,
    label: measure.label,
    per: measure.per,
    numeratorLabel: measure.type === "rate" ? label(measure.numerator) : null,
    denominatorLabel: measure.type === "rate" ? label(measure.denominator) : null,
    publishedRates: measure.type === "published-rate" || measure.published !== undefined,
  };
}

/** A group's rate from the cells of its row: a symbol in any input leaves the rate that symbol's reason. */
export function groupRate(table: Table, measure: RateMeasure, cells: readonly Cell[]): GroupRate {
  const cell = (name: string) => cells[table.indicators.findIndex((i) => i.column === name)]!;
  if (measure.type === "published-rate") {
    const published = cell(measure.rate);
    return { numerator: null, denominator: null, published, rate: fromCell(published), basis: "published", flags: flagsOf([published]) };
  }
  const numerator = cell(measure.numerator);
  const denominator = cell(measure.denominator);
  const published = measure.published ? cell(measure.published) : null;
  // The publisher's rate comes from its unrounded counts: shown as it is, never replaced by one worked out from rounded counts.
  const shown = published?.kind === "value";
  return {
    numerator,
    denominator,
    published,
    rate: shown ? fromCell(published) : rate(numerator, denominator, measure.per),
    basis: shown ? "published" : "counts",
    flags: flagsOf([numerator, denominator]),
  };
}

/** A published cell as an estimate, so published and computed rates are read alike. */
export function fromCell(cell: Cell): Estimate {
  return cell.kind === "value" ? { kind: "value", value: cell.value } : { kind: "missing", reason: cell.reason, symbol: cell.symbol };
}

/** An estimate read back as a cell, so published and computed rates go through one ratio function and one symbol key. */
export function asCell(e: Estimate): Cell {
  if (e.kind === "value") return { kind: "value", value: e.value, flags: [] };
  const reason = e.reason === "too-few" || e.reason === "zero-denominator" ? "no-rate" : e.reason;
  return { kind: "missing", reason, symbol: e.symbol };
}

function flagsOf(cells: Cell[]): Flag[] {
  return [...new Set(cells.flatMap((c) => (c.kind === "value" ? c.flags : [])))];
}

/** The descriptor's sources that the given rows cite, in the descriptor's order. */
export function sourcesFor(descriptor: Descriptor, ids: (string | null)[]): Source[] {
  const wanted = new Set(ids.filter((i): i is string => i !== null));
  return descriptor.sources.filter((s) => wanted.has(s.id));
}

/** The note saying what a computed rate divides by what; null for a published rate. */
export function rateNote(measure: ComparisonMeasure): string | null {
  if (measure.type === "published-rate") return null;
  const what = `${inSentence(measure.numeratorLabel ?? "")} per ${formatPer(measure.per)} ${inSentence(measure.denominatorLabel ?? "")}`;
  if (measure.publishedRates) {
    return `Rates are ${what}, shown as published; a rate is worked out from the published counts only where none is published, and the table says so. Ratios and their intervals are computed from the counts.`;
  }
  return `Rates are ${what}, computed from the published counts shown in the table.`;
}
