import { own } from "./own.ts";
import type { Period, PeriodKind } from "./types.ts";

/** Why a `time_period` / `time_identifier` pair could not be placed in time. */
export type PeriodErrorCode =
  | "unknown-identifier"
  | "bad-time-period"
  | "needs-two-years"
  | "needs-one-year"
  | "not-consecutive"
  | "bad-week";

/** How a period was written against the standard, when it could still be read. */
export type PeriodRepair = "slash-or-dash";

/** The outcome of reading one period. */
export type PeriodResult =
  | { kind: "period"; period: Period; repair?: PeriodRepair }
  | { kind: "error"; code: PeriodErrorCode };

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** How each span of years starts: month (1-12) and day of the first year. */
const YEAR_STARTS: Record<string, { kind: PeriodKind; month: number; day: number; twoYears: "must" | "may" | "never"; sep: string }> = {
  "calendar year": { kind: "calendar-year", month: 1, day: 1, twoYears: "never", sep: "" },
  "academic year": { kind: "academic-year", month: 9, day: 1, twoYears: "must", sep: "/" },
  "financial year": { kind: "financial-year", month: 4, day: 1, twoYears: "must", sep: "-" },
  "tax year": { kind: "tax-year", month: 4, day: 6, twoYears: "must", sep: "-" },
  "reporting year": { kind: "reporting-year", month: 1, day: 1, twoYears: "may", sep: "/" },
};

/** School terms within an academic year: months from 1 September of the first year. */
const TERMS: Record<string, { from: number; to: number }> = {
  "autumn term": { from: 0, to: 4 },
  "spring term": { from: 4, to: 7 },
  "summer term": { from: 7, to: 11 },
  "autumn and spring term": { from: 0, to: 7 },
};

/** Halves of a financial year, as EES names them. */
const PARTS: Record<string, { from: number; to: number; label: string }> = {
  "part 1 (april to september)": { from: 0, to: 6, label: "Part 1 (April to September)" },
  "part 2 (october to march)": { from: 6, to: 12, label: "Part 2 (October to March)" },
};

interface Years {
  first: number;
  second: number | null;
  /** The period as the standard writes it (`2017`, `201415`), whatever separator the file used. */
  text: string;
  repair?: PeriodRepair;
}

/** Places an EES `time_period` + `time_identifier` on a real time axis, labelled as published. */
export function parsePeriod(timePeriod: string, timeIdentifier: string): PeriodResult {
  const years = readYears(timePeriod.trim());
  if ("code" in years) return { kind: "error", code: years.code };
  const id = timeIdentifier.trim().replace(/\s+/g, " ");
  const lower = id.toLowerCase();
  const make = (kind: PeriodKind, label: string, start: Date, end: Date): PeriodResult => ({
    kind: "period",
    period: {
      // Keyed by the standard spelling, so `2014/15` and `201415` in one file are one period.
      key: `${years.text}|${id}`,
      timePeriod: years.text,
      timeIdentifier: id,
      kind,
      label,
      start: iso(start),
      end: iso(end),
    },
    ...(years.repair ? { repair: years.repair } : {}),
  });

  const span = own(YEAR_STARTS, lower);
  if (span) {
    if (span.twoYears === "must" && years.second === null) return { kind: "error", code: "needs-two-years" };
    if (span.twoYears === "never" && years.second !== null) return { kind: "error", code: "needs-one-year" };
    const start = utc(years.first, span.month, span.day);
    return make(span.kind, yearLabel(years, span.sep), start, addMonths(start, 12));
  }

  const month = MONTHS.findIndex((m) => m.toLowerCase() === lower);
  if (month >= 0) {
    if (years.second !== null) return { kind: "error", code: "needs-one-year" };
    const start = utc(years.first, month + 1, 1);
    return make("month", `${MONTHS[month]!.slice(0, 3)} ${years.text}`, start, addMonths(start, 1));
  }

  const term = own(TERMS, lower);
  if (term) {
    if (years.second === null) return { kind: "error", code: "needs-two-years" };
    const september = utc(years.first, 9, 1);
    return make("term", `${id} ${yearLabel(years, "/")}`, addMonths(september, term.from), addMonths(september, term.to));
  }

  const part = own(PARTS, lower);
  if (part) {
    if (years.second === null) return { kind: "error", code: "needs-two-years" };
    const april = utc(years.first, 4, 1);
    return make("part-year", `${yearLabel(years, "-")} ${part.label}`, addMonths(april, part.from), addMonths(april, part.to));
  }

  const quarter = /^(?:(calendar|financial|academic|tax) year )?q([1-4])$/.exec(lower);
  if (quarter) return placeQuarter(years, quarter[1] ?? "calendar", Number(quarter[2]), make);

  const week = /^week ([0-9]{1,2})$/.exec(lower);
  if (week) {
    const n = Number(week[1]);
    if (years.second !== null) return { kind: "error", code: "needs-one-year" };
    if (n < 1 || n > 53) return { kind: "error", code: "bad-week" };
    const start = isoWeekStart(years.first, n);
    return make("week", `Week ${n} ${years.text}`, start, addDays(start, 7));
  }

  return { kind: "error", code: "unknown-identifier" };
}

function placeQuarter(
  years: Years,
  year: string,
  q: number,
  make: (kind: PeriodKind, label: string, start: Date, end: Date) => PeriodResult,
): PeriodResult {
  const span = YEAR_STARTS[`${year} year`]!;
  if (span.twoYears === "must" && years.second === null) return { kind: "error", code: "needs-two-years" };
  if (span.twoYears === "never" && years.second !== null) return { kind: "error", code: "needs-one-year" };
  const start = addMonths(utc(years.first, span.month, span.day), (q - 1) * 3);
  return make("quarter", `${yearLabel(years, span.sep)} Q${q}`, start, addMonths(start, 3));
}

/** Reads `2017`, `201415`, and (as a repair) `2014/15` or `2014-15`. */
function readYears(text: string): Years | { code: PeriodErrorCode } {
  let m = /^(\d{4})$/.exec(text);
  if (m) return { first: Number(m[1]), second: null, text };
  m = /^(\d{4})(\d{2})$/.exec(text);
  let repair: PeriodRepair | undefined;
  if (!m) {
    m = /^(\d{4})[/-](\d{2})$/.exec(text);
    repair = "slash-or-dash";
  }
  if (!m) return { code: "bad-time-period" };
  const first = Number(m[1]);
  const second = Number(m[2]);
  if ((first + 1) % 100 !== second) return { code: "not-consecutive" };
  const standard = `${m[1]}${m[2]}`;
  return repair ? { first, second: first + 1, text: standard, repair } : { first, second: first + 1, text: standard };
}

function yearLabel(years: Years, sep: string): string {
  if (years.second === null) return years.text;
  return `${years.text.slice(0, 4)}${sep || "/"}${years.text.slice(4)}`;
}

/** A UTC date; years below 100 stay themselves (`Date.UTC` would read 0050 as 1950). */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function addMonths(date: Date, months: number): Date {
  return utc(date.getUTCFullYear(), date.getUTCMonth() + 1 + months, date.getUTCDate());
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Monday of ISO week `n`: week 1 is the week holding 4 January. */
function isoWeekStart(year: number, n: number): Date {
  const jan4 = utc(year, 1, 4);
  const monday = addDays(jan4, -((jan4.getUTCDay() + 6) % 7));
  return addDays(monday, (n - 1) * 7);
}

/** `YYYY-MM-DD`; past year 9999 the extended form `+010000-01-01`, which `Date.parse` still reads. */
function iso(date: Date): string {
  return date.toISOString().split("T")[0]!;
}

/** An ISO date moved on by whole months and days: where a period that starts there ends. */
export function isoAfter(start: string, months: number, days: number): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  return iso(addDays(addMonths(utc(y, m, d), months), days));
}

/** The middle of a period in milliseconds: where its point sits on a time axis. */
export function periodMidpoint(period: Pick<Period, "start" | "end">): number {
  return (Date.parse(period.start) + Date.parse(period.end)) / 2;
}
