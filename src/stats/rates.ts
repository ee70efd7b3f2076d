import { formatPlain } from "../text/number.ts";
import type { Table } from "../data/ingest.ts";
import type { Descriptor, Indicator, MeasureSpec } from "../data/types.ts";

/**
 * Which rates a table may have. A rate needs a count and a population of the same people, and a
 * column's name is not enough to say a column is a population: `perm_physical_pupils` counts
 * exclusions for assaulting a pupil. A population is taken only where the descriptor names it,
 * where the meta file labels it a headcount or population, or where a column named as one has
 * published rates beside the counts that check against count ÷ it. Otherwise no rate is
 * computed, and the page says why.
 */

/** The measures chosen, and a sentence for the page saying how rates were decided. */
export interface RateDecision {
  measures: MeasureSpec[];
  note: string | null;
}

/** Column names that say a column counts a population. */
const POPULATION_NAME = /^(headcount|population|enrolments?|num_pupils|number_of_pupils|t_pupils|pupil_headcount|pupils_headcount|number_on_roll|pupils_on_roll)$/i;
/** Meta file or descriptor labels that say so. */
const POPULATION_LABEL = /\b(headcount|population|enrolments?|pupils on roll|number on roll)\b/i;
const RATE_LIKE = /(rate|pct|percent|share|ratio)/i;

/** How many of the rows with both counts and a published rate must agree with count ÷ population, and how many rows at least. */
const AGREEMENT = 0.95;
const FEWEST_ROWS = 3;
const PERS = [100, 1000, 10_000, 100_000];

/** What a count and its rate have in common: `Permanent exclusions` and `Permanent exclusion rate` are both `permanent exclusion`. */
function rateKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[_\s]+/)
    .filter((w) => w !== "" && !/^(rate|percent|pct|per|100)$/.test(w))
    .map((w) => w.replace(/s$/, ""))
    .join(" ");
}

/** A count's published rate column beside it: `perm_excl_rate`, `perm_excl_percent`, or `Permanent exclusion rate` beside `Permanent exclusions`. */
function publishedRate(table: Table, count: string): Indicator | undefined {
  const exact = table.indicators.find((i) => i.column === `${count}_rate` || i.column === `${count}_percent` || i.column === `${count}_pct`);
  if (exact) return exact;
  const key = rateKey(count);
  return table.indicators.find((i) => i.column !== count && RATE_LIKE.test(i.column) && rateKey(i.column) === key);
}

function isCount(i: Indicator): boolean {
  return i.unit === "" && !RATE_LIKE.test(i.column) && !RATE_LIKE.test(i.label);
}

/** How well a published rate checks against count ÷ population: the `per` that fits, or null, with the rows compared and those that differ. */
export function checkRate(table: Table, count: string, population: string, rate: Indicator): { per: number | null; compared: number; differing: number } {
  const k = (name: string) => table.indicators.findIndex((i) => i.column === name);
  const [c, p, r] = [k(count), k(population), k(rate.column)];
  const rows = table.observations.flatMap((o) => {
    const [n, d, published] = [o.cells[c]!, o.cells[p]!, o.cells[r]!];
    return n.kind === "value" && d.kind === "value" && published.kind === "value" && d.value > 0 ? [{ n: n.value, d: d.value, published: published.value }] : [];
  });
  const tolerance = 0.5 * 10 ** -rate.decimals + 1e-9;
  // Published counts are often rounded (DfE national counts to the nearest 5) while rates come from the exact counts.
  const half = roundedTo(rows.flatMap((r) => [r.n, r.d])) / 2;
  let best = { per: null as number | null, compared: rows.length, differing: rows.length };
  for (const per of PERS) {
    const differing = rows.filter((row) => {
      const low = (Math.max(0, row.n - half) / (row.d + half)) * per - tolerance;
      const high = ((row.n + half) / Math.max(row.d - half, half)) * per + tolerance;
      return row.published < low || row.published > high;
    }).length;
    if (differing < best.differing) best = { per, compared: rows.length, differing };
  }
  const agrees = rows.length >= FEWEST_ROWS && best.differing <= rows.length * (1 - AGREEMENT);
  return agrees ? best : { ...best, per: null };
}

/** The rounding published counts show: to the nearest 10 or 5 when every one is a multiple of it, else to a whole number. */
function roundedTo(counts: number[]): number {
  for (const step of [10, 5]) if (counts.length && counts.every((c) => c % step === 0)) return step;
  return 1;
}

/** Rates per 100 of every count against a population the file's own meta file or descriptor names as one. */
function namedPopulation(table: Table, descriptor: Descriptor): RateDecision | null {
  const named = table.indicators.find((i) => descriptor.columns?.[i.column]?.population === true) ?? (table.metaInferred ? undefined : table.indicators.find((i) => POPULATION_LABEL.test(i.label)));
  if (!named) return null;
  const measures = table.indicators
    .filter((i) => i !== named && isCount(i))
    .slice(0, 4)
    .map((i): MeasureSpec => {
      // A rate column beside the count is shown as the rate only when it checks as per 100 of the population.
      const published = publishedRate(table, i.column);
      const checks = published && checkRate(table, i.column, named.column, published).per === 100;
      return { id: i.column, type: "rate", label: `${i.label} per 100`, numerator: i.column, denominator: named.column, per: 100, ...(checks ? { published: published.column } : {}) };
    });
  const by = descriptor.columns?.[named.column]?.population ? "the descriptor" : "the meta file";
  return { measures, note: `Rates are computed against ${named.column}, which ${by} names as the population.` };
}

/** Rates against a column named as a population, for the counts whose published rates check against count ÷ it. */
function checkedPopulation(table: Table): RateDecision | null {
  const population = table.indicators.find((i) => POPULATION_NAME.test(i.column));
  if (!population) return null;
  const checks = table.indicators
    .filter((i) => i !== population && isCount(i))
    .flatMap((i) => {
      const rate = publishedRate(table, i.column);
      return rate ? [{ count: i, rate, check: checkRate(table, i.column, population.column, rate) }] : [];
    });
  const agreed = checks.filter((c) => c.check.per !== null);
  if (agreed.length === 0) {
    const why = checks.length
      ? `its published rates do not check against count ÷ ${population.column} (${checks.map((c) => `${c.rate.column}: ${formatPlain(c.check.differing)} of ${formatPlain(c.check.compared)} rows differ`).join("; ")})`
      : "the file publishes no rate beside a count to check it against";
    return { measures: [], note: `No rate is computed: ${population.column} is named as a population, but ${why}. Name the population in the descriptor ("columns": { "${population.column}": { "population": true } }) if it is one.` };
  }
  const measures = agreed.slice(0, 4).map(
    ({ count, rate, check }): MeasureSpec => ({ id: count.column, type: "rate", label: `${count.label} per ${formatPlain(check.per!)}`, numerator: count.column, denominator: population.column, per: check.per!, published: rate.column }),
  );
  const checked = agreed.map((a) => `${a.rate.column} (${formatPlain(a.check.compared - a.check.differing)} of ${formatPlain(a.check.compared)} rows)`).join(", ");
  return { measures, note: `Rates are computed against ${population.column}, as the file's published rates check against count ÷ ${population.column}: ${checked}.` };
}

/** The measures for a table, and why: the descriptor's, else rates against a population named or checked, else published rates compared as published. */
export function decideRates(table: Table, descriptor: Descriptor): RateDecision {
  if (descriptor.measures?.length) return { measures: descriptor.measures, note: null };
  const decided = namedPopulation(table, descriptor) ?? checkedPopulation(table);
  if (decided?.measures.length) return decided;
  const published = table.indicators
    .filter((i) => /_rate$/i.test(i.column))
    .slice(0, 4)
    .map((i): MeasureSpec => ({ id: i.column, type: "published-rate", label: i.label, rate: i.column, per: 100 }));
  const counts = table.indicators.filter(isCount).length;
  const none = counts >= 2 && !published.length ? "No rate is computed: no column is named as a population (a headcount) of the people the counts are of. Name one in the descriptor (\"columns\": { \"<header>\": { \"population\": true } }) to compute rates." : null;
  return { measures: published, note: decided?.note ?? none };
}
