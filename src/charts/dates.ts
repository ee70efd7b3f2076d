import { utcMonth, utcYear } from "d3-time";
import { utcFormat } from "d3-time-format";

/**
 * Dates on chart axes and in labels, in UTC and English: month starts for ticks and the three
 * label forms the charts print. Only charts drawn at build time use them, so d3 costs readers nothing.
 */

/** `Mar 2021`. */
export const shortMonthYear: (date: Date) => string = utcFormat("%b %Y");

/** `March 2021`. */
export const monthYear: (date: Date) => string = utcFormat("%B %Y");

/** `5 March 2021`. */
export const dayMonthYear: (date: Date) => string = utcFormat("%-d %B %Y");

/** Starts of the months from `start` (inclusive) to `stop` (exclusive) whose month number (0–11) is a multiple of `step`. */
export function monthStarts(start: number, stop: number, step: number): Date[] {
  return utcMonth.every(step)?.range(new Date(start), new Date(stop)) ?? [];
}

/** The first 1 January at or after `time`. */
export function yearStartOnOrAfter(time: number): number {
  return utcYear.ceil(new Date(time)).getTime();
}
