/**
 * Dates on chart axes and in labels, in UTC and English: month starts for ticks and the three
 * label forms the charts print. Small on purpose, so the browser bundle needs no date library.
 */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function year(date: Date): string {
  return String(date.getUTCFullYear()).padStart(4, "0");
}

/** `Mar 2021`. */
export function shortMonthYear(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]!.slice(0, 3)} ${year(date)}`;
}

/** `March 2021`. */
export function monthYear(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${year(date)}`;
}

/** `5 March 2021`. */
export function dayMonthYear(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${year(date)}`;
}

/** Starts of the months from `start` (inclusive) to `stop` (exclusive) whose month number (0–11) is a multiple of `step`. */
export function monthStarts(start: number, stop: number, step: number): Date[] {
  const first = new Date(start);
  const y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  if (Date.UTC(y, m, 1) < start) m++;
  const found: Date[] = [];
  for (let t = Date.UTC(y, m, 1); t < stop; t = Date.UTC(y, ++m, 1)) {
    const date = new Date(t);
    if (date.getUTCMonth() % step === 0) found.push(date);
  }
  return found;
}

/** The first 1 January at or after `time`. */
export function yearStartOnOrAfter(time: number): number {
  const y = new Date(time).getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  return start < time ? Date.UTC(y + 1, 0, 1) : start;
}
