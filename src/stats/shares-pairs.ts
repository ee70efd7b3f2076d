import { inSentence } from "../text/words.ts";
import type { Observation, Table } from "../data/ingest.ts";
import type { Cell, Descriptor, Problem, RowPick, SharesSpec } from "../data/types.ts";
import { sourcesFor } from "./group-rate.ts";
import { pointsDifference, rateRatio } from "./measures.ts";
import type { SharesRow, SharesView } from "./view-types.ts";

/**
 * A shares view whose pairs the descriptor names: a group's share of an outcome from one row (or
 * publication) beside its share of the population from another, each with its own source. A pair
 * with no population share published shows it as not available, never as zero.
 */

/** Not published for this pair: shown with the "not available" symbol, as the file would write it. */
const NOT_PUBLISHED: Cell = { kind: "missing", reason: "not-available", symbol: "x" };

/** What every shares chart says about reading it. */
export const SHARES_NOTE = "A group is over-represented when its share of the outcome is larger than its share of the population. The difference is in percentage points; the ratio divides one share by the other.";

type Pairs = SharesSpec & { pairs: NonNullable<SharesSpec["pairs"]> };

/** The pairs as one shares view, or null with each unusable pick reported against the descriptor. */
export function pairedSharesView(table: Table, descriptor: Descriptor, id: string, measure: Pairs, problems: Problem[]): SharesView | null {
  const complain = (detail: string): null => {
    problems.push({ severity: "error", file: table.file.replace(/\.csv$/, ".json"), message: `Shares measure "${measure.id}": ${detail}.`, fix: "Name filter levels that pick exactly one row, and indicator columns the data file has." });
    return null;
  };
  const rows: SharesRow[] = [];
  for (const [i, pair] of measure.pairs.entries()) {
    const outcome = pick(table, pair.outcome, measure.outcome);
    if (typeof outcome === "string") return complain(`pairs[${i}] outcome ${outcome}`);
    const population = pair.population ? pick(table, pair.population, measure.population) : null;
    if (typeof population === "string") return complain(`pairs[${i}] population ${population}`);
    const populationCell = population?.cell ?? NOT_PUBLISHED;
    rows.push({
      key: pair.label,
      label: pair.label,
      outcome: outcome.cell,
      population: populationCell,
      difference: pointsDifference(outcome.cell, populationCell),
      ratio: rateRatio(outcome.cell, populationCell),
      isUnknown: false,
      source: outcome.source,
      populationSource: population?.source ?? null,
    });
  }
  const label = (column: string) => table.indicators.find((i) => i.column === column)!.label;
  const outcomeLabel = measure.outcomeLabel ?? label(measure.outcome);
  const populationLabel = measure.populationLabel ?? label(measure.population);
  return {
    kind: "shares",
    id,
    title: measure.label,
    subtitle: `${outcomeLabel} beside ${inSentence(populationLabel)}`,
    outcomeLabel,
    populationLabel,
    rows,
    sources: sourcesFor(descriptor, rows.flatMap((r) => [r.source, r.populationSource ?? null])),
    notes: [
      SHARES_NOTE,
      "Each pair sets figures from the rows named beside each other: where they come from different publications, periods or age ranges, both sources are given and the comparison is a guide, not a published figure.",
    ],
  };
}

/** The cell and source of the one row a pick names, or what went wrong. */
function pick(table: Table, rowPick: RowPick, defaultColumn: string): { cell: Cell; source: string | null } | string {
  const column = rowPick.column ?? defaultColumn;
  const index = table.indicators.findIndex((i) => i.column === column);
  if (index < 0) return `reads column "${column}", which is not an indicator of the data file`;
  const wanted: [number, number][] = [];
  for (const [name, level] of Object.entries(rowPick.where)) {
    const f = table.filters.findIndex((x) => x.column === name);
    if (f < 0) return `names "${name}", which is not a filter`;
    const l = table.filters[f]!.levels.indexOf(level);
    if (l < 0) return `names ${name} "${level}", which no row has`;
    wanted.push([f, l]);
  }
  const found = table.observations.filter((obs: Observation) => wanted.every(([f, l]) => obs.levels[f] === l));
  if (found.length !== 1) return `names ${found.length} rows where it needs one (${JSON.stringify(rowPick.where)})`;
  const obs = found[0]!;
  return { cell: obs.cells[index]!, source: obs.source >= 0 ? table.sourceIds[obs.source]! : null };
}
