import { legacyIdentifier } from "./columns.ts";
import { Dictionary, type IngestContext } from "./ingest-context.ts";
import { parsePeriod, type PeriodErrorCode } from "./period.ts";
import { parsePeriodText, type TwoYearReading } from "./period-text.ts";
import { messages } from "./problems.ts";
import { IdentifierCheck } from "./standard-checks.ts";
import type { Period } from "./types.ts";

/**
 * Reads each row's period: an EES pair, a period written as text, or the one period of a file
 * with no period column. Each distinct text is parsed once; a period is numbered in the table
 * only when a used row first has it, so the table lists none without data.
 */

/** A period as parsed, and its index in the table once a used row has it (-1 until then). */
export interface PeriodEntry {
  period: Period;
  index: number;
}

/** The period reader of one file. */
export interface PeriodReader {
  /** The row's period, or null when it is bad (the problem is logged). */
  read(cells: string[], line: number): PeriodEntry | null;
  /** The period's index in the table; periods that are one period however written share one. */
  indexOf(entry: PeriodEntry): number;
  readonly periods: Period[];
  /** Says what was found across the file's periods (kinds of period mixed, in an EES file). */
  finish(): void;
}

/** A file with no period column and no period in its descriptor: one period that says so. */
const UNSTATED: Period = { key: "|", timePeriod: "", timeIdentifier: "", kind: "calendar-year", label: "date not given", start: "", end: "" };

/** Starts reading periods as the plan says. */
export function periodReader(ctx: IngestContext): PeriodReader {
  const dictionary = new Dictionary<Period>();
  const check = ctx.plan.checks === "none" ? null : new IdentifierCheck(ctx, ctx.plan.checks === "standard");
  const read = readerFor(ctx, check);
  return {
    read,
    finish: () => check?.finish(),
    indexOf(entry) {
      if (entry.index < 0) {
        const key = entry.period.key;
        entry.index = dictionary.find(key);
        if (entry.index < 0) entry.index = dictionary.add(key, entry.period);
      }
      return entry.index;
    },
    periods: dictionary.items,
  };
}

function readerFor(ctx: IngestContext, check: IdentifierCheck | null): PeriodReader["read"] {
  const period = ctx.plan.period;
  if (period.kind === "ees") return eesPeriods(ctx, period.timePeriod, period.timeIdentifier, check);
  if (period.kind === "text") return textPeriods(ctx, period.index, period.twoYears, period.named);
  const entry = fixedPeriod(ctx, period.text, period.twoYears);
  return () => entry;
}

/** EES periods: `time_period` with `time_identifier`, or with none (older DfE files) by the number of digits. */
function eesPeriods(ctx: IngestContext, tpIndex: number, tiIndex: number, check: IdentifierCheck | null): PeriodReader["read"] {
  /** Period, or why it failed, by time_identifier then time_period: each pair is parsed once. */
  const cache = new Map<string, Map<string, PeriodEntry | PeriodErrorCode>>();
  let last: { tp: string; ti: string; entry: PeriodEntry } | null = null;
  return (cells, line) => {
    const tp = cells[tpIndex]!;
    const ti = tiIndex >= 0 ? cells[tiIndex]! : legacyIdentifier(tp);
    // Files are sorted by period: a row in the same good period as the last costs two comparisons.
    if (last && tp === last.tp && ti === last.ti) return last.entry;
    let byIdentifier = cache.get(ti);
    if (!byIdentifier) {
      cache.set(ti, (byIdentifier = new Map()));
      if (check && tiIndex >= 0) check.see(ti, line, tiIndex);
    }
    let cached = byIdentifier.get(tp);
    if (cached === undefined) {
      const result = parsePeriod(tp, ti);
      if (result.kind === "error") cached = result.code;
      else {
        if (result.repair) ctx.log.add("period:repair", messages.slashedPeriod(ctx.at(line, tpIndex, tp)));
        cached = { period: result.period, index: -1 };
      }
      byIdentifier.set(tp, cached);
    }
    if (typeof cached === "object") {
      last = { tp, ti, entry: cached };
      return cached;
    }
    // Every row with a bad period is reported (the log keeps the first few), not just the first.
    const onIdentifier = (cached === "unknown-identifier" || cached === "bad-week") && tiIndex >= 0;
    const index = onIdentifier ? tiIndex : tpIndex;
    ctx.log.add(`period:${cached}`, messages.badPeriod(ctx.at(line, index, onIdentifier ? ti : tp), cached, ti.trim()));
    return null;
  };
}

/** Periods written as text: each text parsed once, labelled as first written; a two-year form the text does not name is said to be assumed, once. */
function textPeriods(ctx: IngestContext, index: number, twoYears: TwoYearReading, named: boolean): PeriodReader["read"] {
  const cache = new Map<string, PeriodEntry | null>();
  const byKey = new Map<string, PeriodEntry>();
  // A column whose header or descriptor says what kind of year it holds assumes nothing.
  let assumedSaid = named;
  return (cells, line) => {
    const written = cells[index]!;
    const cached = cache.get(written);
    if (cached !== undefined) {
      if (cached === null) ctx.log.add("period:text", messages.badPeriodText(ctx.at(line, index, written)));
      return cached;
    }
    const result = parsePeriodText(written, twoYears);
    let entry: PeriodEntry | null = null;
    if (result.kind === "period") {
      // `2014-15` and `2014/15` are one period, labelled as the file first wrote it.
      entry = byKey.get(result.period.key) ?? { period: result.period, index: -1 };
      byKey.set(result.period.key, entry);
      if (result.assumed && !assumedSaid) {
        assumedSaid = true;
        ctx.log.add("period:assumed", messages.periodsAssumed(ctx.at(line, index, written.trim()), twoYears));
      }
    } else ctx.log.add("period:text", messages.badPeriodText(ctx.at(line, index, written)));
    cache.set(written, entry);
    return entry;
  };
}

/** The one period of a file with no period column: the descriptor's, or one that says no date was given. */
function fixedPeriod(ctx: IngestContext, text: string | null, twoYears: TwoYearReading): PeriodEntry | null {
  if (text === null) return { period: UNSTATED, index: -1 };
  const result = parsePeriodText(text, twoYears);
  if (result.kind === "period") return { period: result.period, index: -1 };
  ctx.log.add("period:descriptor", messages.descriptorPeriod(ctx.file, text));
  return null;
}
