import { own } from "./own.ts";
import { isoAfter, parsePeriod, type PeriodResult } from "./period.ts";
import type { Period, PeriodKind } from "./types.ts";

/**
 * Periods as people write them in a spreadsheet or a Freedom of Information answer (`2014-15`,
 * `FY2019/20`, `Mar 2019`, `Spring 2021`, `Q1 2020`, `2018 to 2020`), placed on the same time
 * axis as EES periods. Where a form means what an EES pair means, it is read as that pair, so
 * `2014/15` in a spreadsheet and `201415, Academic year` in an EES file are one period; the label
 * stays as the file wrote it.
 */

/** What a two-year form such as `2014-15` is when the text does not say: an academic year unless told otherwise. */
export type TwoYearReading = "academic-year" | "financial-year" | "tax-year";

/** The EES identifier each reading of a two-year form stands for. */
const TWO_YEAR_IDENTIFIER: Record<TwoYearReading, string> = {
  "academic-year": "Academic year",
  "financial-year": "Financial year",
  "tax-year": "Tax year",
};

/** A period read from text: the period, and whether it was a two-year form the text did not name. */
export type TextPeriodResult = { kind: "period"; period: Period; assumed: boolean } | { kind: "error"; code: "not-a-period" };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Two consecutive years however written: `2014-15`, `2014/15`, `201415`, `2014-2015`, `2014/2015`. */
const TWO_YEARS = /^(\d{4})\s*[-/–]?\s*(\d{2}|\d{4})$/;
const YEAR = /^\d{4}$/;
const TERM = /^(autumn|spring|summer)(?:\s+term)?\s+(.+)$/;
const QUARTER = /^(?:q([1-4])\s*(.+)|(.+?)\s*q([1-4]))$/;
const NAMED_YEAR = /^(fy|ay|financial year|academic year|tax year)\s*(.+)$/;
const MONTH_YEAR = /^([a-z]+)\.?[\s-]+(\d{4}|\d{2})$/;
const NUMERIC_MONTH = /^(?:(\d{4})-(\d{2})|(\d{2})\/(\d{4}))$/;
const DAY = /^(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))$/;
const YEAR_ENDING = /^(?:year ending|ye)\s+([a-z]+)\s+(\d{4})$/;
const SPAN = /^(.+?)\s+(?:to|until|-|–)\s+(.+)$/;

/** Reads one period as written; `twoYears` says what an unnamed `2014-15` is. */
export function parsePeriodText(text: string, twoYears: TwoYearReading = "academic-year"): TextPeriodResult {
  const written = text.trim().replace(/\s+/g, " ");
  const lower = written.toLowerCase();
  const found = readForm(lower, twoYears);
  if (!found) return { kind: "error", code: "not-a-period" };
  return { kind: "period", period: { ...found.period, label: written }, assumed: found.assumed };
}

interface Found {
  period: Period;
  assumed: boolean;
}

/** The period an EES pair names, when it is a valid one. */
function ees(timePeriod: string, identifier: string, assumed = false): Found | null {
  const result: PeriodResult = parsePeriod(timePeriod, identifier);
  return result.kind === "period" && !result.repair ? { period: result.period, assumed } : null;
}

/** Two consecutive years as EES writes them (`201415`), or null. */
function twoYearsOf(text: string): string | null {
  const m = TWO_YEARS.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  const second = m[2]!.length === 4 ? Number(m[2]) : Math.floor(first / 100) * 100 + Number(m[2]);
  const expected = first + 1;
  if (second !== expected && !(m[2]!.length === 2 && expected % 100 === Number(m[2]))) return null;
  return `${m[1]}${String(expected % 100).padStart(2, "0")}`;
}

function readForm(lower: string, twoYears: TwoYearReading): Found | null {
  if (YEAR.test(lower)) return ees(lower, "Calendar year");
  const pair = twoYearsOf(lower);
  if (pair) return ees(pair, TWO_YEAR_IDENTIFIER[twoYears], true);
  return named(lower) ?? month(lower) ?? term(lower) ?? quarter(lower, twoYears) ?? day(lower) ?? yearEnding(lower) ?? span(lower, twoYears);
}

/** `FY2019/20`, `AY 2019/20`, `Financial year 2019-20`, `Tax year 2019-20`. */
function named(lower: string): Found | null {
  const m = NAMED_YEAR.exec(lower);
  if (!m) return null;
  const kind: TwoYearReading = m[1] === "fy" || m[1] === "financial year" ? "financial-year" : m[1] === "tax year" ? "tax-year" : "academic-year";
  const rest = m[2]!.trim();
  const short = /^(\d{2})\s*[-/]\s*(\d{2})$/.exec(rest);
  const pair = twoYearsOf(short ? `20${short[1]}-${short[2]}` : rest);
  return pair ? ees(pair, TWO_YEAR_IDENTIFIER[kind]) : null;
}

/** `March 2019`, `Mar 2019`, `Mar-19`, `2019-03`, `03/2019`. */
function month(lower: string): Found | null {
  const m = MONTH_YEAR.exec(lower);
  if (m && own(MONTHS, m[1]!) !== undefined) {
    const year = m[2]!.length === 2 ? `20${m[2]}` : m[2]!;
    return ees(year, MONTH_NAMES[MONTHS[m[1]!]! - 1]!);
  }
  const n = NUMERIC_MONTH.exec(lower);
  if (!n) return null;
  const [year, monthNumber] = n[1] ? [n[1], Number(n[2])] : [n[4]!, Number(n[3])];
  return monthNumber >= 1 && monthNumber <= 12 ? ees(year, MONTH_NAMES[monthNumber - 1]!) : null;
}

/** `Spring term 2020/21`, `Spring 2021` (the spring of academic year 2020/21), `Autumn 2020` (of 2020/21). */
function term(lower: string): Found | null {
  const m = TERM.exec(lower);
  if (!m) return null;
  const season = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
  const rest = m[2]!.trim();
  const pair = twoYearsOf(rest);
  if (pair) return ees(pair, `${season} term`);
  if (!YEAR.test(rest)) return null;
  // Autumn falls in the first year of an academic year; spring and summer in the second.
  const first = season === "Autumn" ? Number(rest) : Number(rest) - 1;
  return ees(`${first}${String((first + 1) % 100).padStart(2, "0")}`, `${season} term`);
}

/** `Q1 2020`, `2020 Q1`, `2020Q1` (calendar quarters); `Q1 2019/20` (a quarter of a two-year period). */
function quarter(lower: string, twoYears: TwoYearReading): Found | null {
  const m = QUARTER.exec(lower);
  if (!m) return null;
  const q = m[1] ?? m[4];
  const rest = (m[2] ?? m[3])!.trim();
  if (YEAR.test(rest)) return ees(rest, `Q${q}`);
  const pair = twoYearsOf(rest);
  const year = twoYears === "tax-year" ? "Tax year" : twoYears === "financial-year" ? "Financial year" : "Academic year";
  return pair ? ees(pair, `${year} Q${q}`, true) : null;
}

/** A day: `2019-03-31` or `31/03/2019` (day first, as the UK writes it). */
function day(lower: string): Found | null {
  const m = DAY.exec(lower);
  if (!m) return null;
  const [y, mo, d] = m[1] ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[6]), Number(m[5]), Number(m[4])];
  const start = new Date(Date.UTC(2000, mo - 1, d));
  start.setUTCFullYear(y);
  if (start.getUTCMonth() !== mo - 1 || start.getUTCDate() !== d) return null;
  const iso = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { period: otherPeriod("day", iso, "Day", iso, isoAfter(iso, 0, 1)), assumed: false };
}

/** `Year ending March 2019`: the twelve months up to the end of that month; ending March is a financial year, December a calendar one. */
function yearEnding(lower: string): Found | null {
  const m = YEAR_ENDING.exec(lower);
  const monthNumber = m ? own(MONTHS, m[1]!) : undefined;
  if (!m || monthNumber === undefined) return null;
  const year = Number(m[2]);
  if (monthNumber === 12) return ees(String(year), "Calendar year");
  if (monthNumber === 3) return ees(`${year - 1}${String(year % 100).padStart(2, "0")}`, "Financial year");
  const start = `${String(year - 1).padStart(4, "0")}-${String(monthNumber + 1).padStart(2, "0")}-01`;
  return { period: otherPeriod("reporting-year", `${m[2]}-${String(monthNumber).padStart(2, "0")}`, "Year ending", start, isoAfter(start, 12, 0)), assumed: false };
}

/** `2018 to 2020`, `2013/14 to 2015/16`, `2014-16`: every year from the first to the last, as one period. */
function span(lower: string, twoYears: TwoYearReading): Found | null {
  const m = SPAN.exec(lower) ?? /^(\d{4})-(\d{2})$/.exec(lower);
  if (!m) return null;
  const [fromText, toText] = [m[1]!.trim(), m[2]!.trim()];
  const toYear = toText.length === 2 && YEAR.test(fromText) ? `${fromText.slice(0, 2)}${toText}` : toText;
  const from = readForm(fromText, twoYears);
  const to = readForm(toYear, twoYears);
  if (!from || !to || from.period.kind !== to.period.kind || to.period.start <= from.period.start) return null;
  const years = `${from.period.timePeriod}-${to.period.timePeriod}`;
  const identifier = `${from.period.timeIdentifier} span`;
  return { period: otherPeriod("multi-year", years, identifier, from.period.start, to.period.end), assumed: from.assumed };
}

/** A period no EES pair names (a day, a span of years, a year ending in another month), keyed by what it covers. */
function otherPeriod(kind: PeriodKind, timePeriod: string, timeIdentifier: string, start: string, end: string): Period {
  return { key: `${timePeriod}|${timeIdentifier}`, timePeriod, timeIdentifier, kind, label: timePeriod, start, end };
}
