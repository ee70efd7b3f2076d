import type { RowPick, SharesPair, SharesSpec } from "./types.ts";

/** Reads a descriptor's shares measure, with its optional labels and pairs, so shares published in different rows can be set side by side. */

/** A shares measure as written, or the reason it cannot be used. */
export function readSharesSpec(m: Record<string, unknown>): SharesSpec | string {
  const str = (key: string) => (typeof m[key] === "string" ? (m[key] as string) : undefined);
  const outcome = str("outcome");
  const population = str("population");
  if (!outcome || !population) return `a shares measure needs "outcome" and "population" columns`;
  const spec: SharesSpec = { id: m.id as string, type: "shares", label: m.label as string, outcome, population };
  for (const key of ["difference", "outcomeLabel", "populationLabel"] as const) {
    const value = str(key);
    if (value) spec[key] = value;
  }
  if (m.pairs === undefined) return spec;
  if (!Array.isArray(m.pairs) || m.pairs.length === 0) return `"pairs" must be a list of {label, outcome: {where}, population: {where}}`;
  const pairs: SharesPair[] = [];
  for (const [i, p] of m.pairs.entries()) {
    const pair = readPair(p);
    if (typeof pair === "string") return `pairs[${i}] ${pair}`;
    pairs.push(pair);
  }
  return { ...spec, pairs };
}

function readPair(p: unknown): SharesPair | string {
  if (!isRecord(p) || typeof p.label !== "string") return `needs a "label"`;
  const outcome = readPick(p.outcome);
  if (!outcome) return `needs "outcome": {"where": {filter column: level}} naming one row`;
  if (p.population === undefined) return { label: p.label, outcome };
  const population = readPick(p.population);
  if (!population) return `has a "population" that is not {"where": {filter column: level}}`;
  return { label: p.label, outcome, population };
}

function readPick(value: unknown): RowPick | null {
  if (!isRecord(value) || !isRecord(value.where)) return null;
  const where = Object.entries(value.where);
  if (!where.every(([, level]) => typeof level === "string")) return null;
  const pick: RowPick = { where: Object.fromEntries(where) as Record<string, string> };
  if (typeof value.column === "string") pick.column = value.column;
  return pick;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
