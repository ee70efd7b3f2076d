import { utcMonth, utcYear } from "d3-time";
import { utcFormat, utcParse } from "d3-time-format";

/**
 * Dates as the site writes them, in UTC and English, on d3-time-format: the label forms charts
 * print, dates as sources give them (a year, a month or a day), and month and year starts for
 * axis ticks (d3-time).
 */

/** `Mar 2021`. */
export const shortMonthYear: (date: Date) => string = utcFormat("%b %Y");

/** `March 2021`. */
export const monthYear: (date: Date) => string = utcFormat("%B %Y");

/** `5 March 2021`. */
export const dayMonthYear: (date: Date) => string = utcFormat("%-d %B %Y");

/** How much of a date a source or an event gives. */
export type DatePrecision = "day" | "month" | "year";

/** The forms an ISO date may take in the data, most precise first, each with how it is cited. */
const FORMS: { precision: DatePrecision; parse: (text: string) => Date | null; cite: (date: Date) => string }[] = [
  { precision: "day", parse: utcParse("%Y-%m-%d"), cite: utcFormat("%-d %b %Y") },
  { precision: "month", parse: utcParse("%Y-%m"), cite: shortMonthYear },
  { precision: "year", parse: utcParse("%Y"), cite: utcFormat("%Y") },
];

/** An ISO date of any precision (`2021`, `2021-07`, `2021-07-27`) read as its first instant, or null when it is none. */
export function parseIsoDate(text: string): { date: Date; precision: DatePrecision } | null {
  const trimmed = text.trim();
  if (!/^\d{4}(-\d{2}){0,2}$/.test(trimmed)) return null;
  for (const form of FORMS) {
    const date = form.parse(trimmed);
    if (date) return { date, precision: form.precision };
  }
  return null;
}

/** A source's date as cited: `2021-07-27` → `27 Jul 2021`, `2021-07` → `Jul 2021`, `2021` → `2021`; anything else as written. */
export function formatDate(text: string): string {
  const parsed = parseIsoDate(text);
  return parsed ? FORMS.find((f) => f.precision === parsed.precision)!.cite(parsed.date) : text;
}

/** An event's date in words: `5 March 2021`, `March 2021` or `2021`; anything else as written. */
export function formatEventDate(text: string): string {
  const parsed = parseIsoDate(text);
  if (!parsed) return text;
  return parsed.precision === "day" ? dayMonthYear(parsed.date) : parsed.precision === "month" ? monthYear(parsed.date) : String(parsed.date.getUTCFullYear());
}

/** Where an event sits in time: its day, or the middle of the month or year it names; null when the date is none. */
export function eventTime(text: string): number | null {
  const parsed = parseIsoDate(text);
  if (!parsed) return null;
  const start = parsed.date;
  if (parsed.precision === "day") return start.getTime();
  const end = parsed.precision === "month" ? utcMonth.offset(start, 1) : utcYear.offset(start, 1);
  return (start.getTime() + end.getTime()) / 2;
}

/** Starts of the months from `start` (inclusive) to `stop` (exclusive) whose month number (0–11) is a multiple of `step`. */
export function monthStarts(start: number, stop: number, step: number): Date[] {
  return utcMonth.every(step)?.range(new Date(start), new Date(stop)) ?? [];
}

/** The first 1 January at or after `time`. */
export function yearStartOnOrAfter(time: number): number {
  return utcYear.ceil(new Date(time)).getTime();
}
