import { formatShare } from "../../data/cell-format.ts";
import { inSentence } from "../../text/words.ts";
import { REASON_LABEL } from "../../data/symbols.ts";
import { formatPoints, formatRatio } from "../../stats/estimate-format.ts";
import type { SharesRow, SharesView } from "../../stats/view-types.ts";
import type { ShareKind } from "./layout.ts";

/** The shares chart in words: each bar's sentence, the summary, the tooltips and the description. */

/** The full sentence a bar is read out as, its own share first. */
export function shareSentence(view: SharesView, row: SharesRow, kind: ShareKind): string {
  const outcome = `${view.outcomeLabel.toLowerCase()} ${formatShare(row.outcome)}`;
  const population = `${view.populationLabel.toLowerCase()} ${formatShare(row.population)}`;
  const ratio = row.ratio.kind === "value" ? `, ${formatRatio(row.ratio)} its share of the population` : "";
  const difference = `difference ${formatPoints(row.difference)}${ratio}`;
  const [first, second] = kind === "outcome" ? [outcome, population] : [population, outcome];
  return `${row.label}: ${first} (${second}; ${difference}).`;
}

/** Sentences for shares: each group's share of the outcome against its share of the population. */
export function summariseShares(view: SharesView): string[] {
  return view.rows.map((r) => {
    const outcome = shareOf(view.outcomeLabel, r.outcome);
    if (r.population.kind === "missing") return `${r.label}: ${outcome}; ${inSentence(view.populationLabel)} is ${REASON_LABEL[r.population.reason]}, so no comparison is made.`;
    const times = r.ratio.kind === "value" ? `, ${formatRatio(r.ratio)} the population share` : "";
    return `${r.label}: ${outcome}, against ${shareOf(view.populationLabel, r.population)}; a difference of ${formatPoints(r.difference)}${times}.`;
  });
}

/** A share in words: "38% of the searches" from the label "Share of the searches", else the label then the figure. */
export function shareOf(label: string, cell: SharesRow["outcome"]): string {
  const of = /^share of (.+)$/i.exec(label);
  return of ? `${formatShare(cell)} of ${of[1]}` : `${inSentence(label)} ${formatShare(cell)}`;
}

/** A terse plain-text summary: what is set beside what, for how many groups, and what is missing. */
export function describeShares(view: SharesView): string {
  const n = view.rows.length;
  const parts = [
    `Paired bar chart: for each of ${n} ${n === 1 ? "group" : "groups"}, ${view.outcomeLabel.toLowerCase()} (solid bar) beside ${view.populationLabel.toLowerCase()} (hatched bar), with the difference in percentage points.`,
  ];
  const missing = view.rows.flatMap((r) => [
    ...(r.outcome.kind === "missing" ? [`${r.label}, ${view.outcomeLabel.toLowerCase()} (${REASON_LABEL[r.outcome.reason]})`] : []),
    ...(r.population.kind === "missing" ? [`${r.label}, ${view.populationLabel.toLowerCase()} (${REASON_LABEL[r.population.reason]})`] : []),
  ]);
  if (missing.length) parts.push(`No bar: ${missing.join("; ")}.`);
  return parts.join(" ");
}
