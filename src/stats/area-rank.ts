import { formatCell } from "../data/cell-format.ts";
import { symbolWords } from "../data/symbols.ts";
import type { Period } from "../data/types.ts";
import type { AreaIndicator } from "./areas.ts";

/**
 * Where an authority stands among all authorities with a figure in an indicator's latest
 * period: its rank from the highest, how many it shares it with, and its fifth, in words
 * worked out from the published figures (never typed in).
 */

/** An authority's place in the latest period, or why it has none. */
export type AreaRank =
  | { kind: "ranked"; period: Period; rank: number; tied: number; of: number; quintile: number; value: string }
  | { kind: "unranked"; period: Period | null; reason: string };

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

const FIFTHS = ["the highest fifth", "the second-highest fifth", "the middle fifth", "the second-lowest fifth", "the lowest fifth"];

/** The rank of authority `id` in the indicator's latest period: 1 is the highest value; ties share the better rank. */
export function rankOf(data: AreaIndicator, id: string): AreaRank {
  const period = data.periods[data.periods.length - 1] ?? null;
  if (!period) return { kind: "unranked", period, reason: "The file has no figures for authorities." };
  if (!data.ranked) return { kind: "unranked", period, reason: "Authorities are not ranked on a count: they differ in size." };
  const values = Object.entries(data.areas).flatMap(([area, points]) => {
    const p = points.find((x) => x.period.key === period.key);
    return p && p.cell.kind === "value" ? [{ area, value: p.cell.value }] : [];
  });
  const own = data.areas[id]?.find((p) => p.period.key === period.key);
  if (!own) return { kind: "unranked", period, reason: `No figure for ${period.label}: the area has no row for it.` };
  if (own.cell.kind !== "value") return { kind: "unranked", period, reason: `No figure for ${period.label} (${symbolWords(own.cell.symbol, own.cell.reason)}), so no rank.` };
  const mine = own.cell.value;
  const rank = 1 + values.filter((v) => v.value > mine).length;
  const tied = values.filter((v) => v.value === mine).length;
  const quintile = Math.min(5, Math.ceil((5 * rank) / values.length));
  return { kind: "ranked", period, rank, tied, of: values.length, quintile, value: formatCell(own.cell, data.indicator) };
}

/** "In 2023/24, 0.13%: the 12th highest of 151 authorities with a figure, in the highest fifth." */
export function rankWords(rank: AreaRank, name: string): string {
  if (rank.kind === "unranked") return rank.reason;
  const place = rank.tied > 1 ? `joint ${ordinal(rank.rank)} highest (with ${rank.tied - 1} ${rank.tied === 2 ? "other" : "others"})` : `${ordinal(rank.rank)} highest`;
  return `In ${rank.period.label}, ${name}'s figure of ${rank.value} was the ${place} of ${rank.of} authorities with a figure: in ${FIFTHS[rank.quintile - 1]} (quintile ${rank.quintile} of 5, 1 the highest).`;
}
