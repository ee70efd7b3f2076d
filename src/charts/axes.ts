/**
 * Axis ticks chosen for the space available: year ticks thinned until their labels cannot
 * touch, and value ticks formatted in the indicator's unit.
 */

import type { Indicator, Period } from "../data/types.ts";
import { periodMidpoint } from "../data/period.ts";
import { academicYear } from "../geo/academic-year.ts";
import { utcYear } from "d3-time";
import { formatNumber } from "../data/cell-format.ts";
import { precisionFixed } from "d3-format";
import { monthStarts, shortMonthYear, yearStartOnOrAfter } from "../text/dates.ts";
import type { ScaleLinear } from "d3-scale";
import { textWidth } from "./text.ts";
import type { Font } from "./text.ts";

/** A tick on the time axis: where it sits and what it says. */
export interface TimeTick {
  x: number;
  text: string;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];

/** What the time axis needs of the periods it spans: their kind, to tick academic years as `2014/15`. */
export type AxisPeriod = Pick<Period, "kind">;

/**
 * Ticks for a chart of academic years: one under the middle of every k-th academic year (where
 * its points sit), labelled as the year is written, `2014/15`, with the smallest k whose labels
 * keep apart. Every year from the first to the last is counted, those with no figures too, so
 * a gap in the data is a gap on the axis.
 */
function academicYearTicks(domain: readonly [number, number], x: (time: number) => number, fits: (ticks: TimeTick[]) => boolean): TimeTick[] {
  const [start, end] = domain;
  // An academic year starts on 1 September: the year starts within the domain, moved back four months.
  const september = (year: Date) => Date.UTC(year.getUTCFullYear(), 8, 1);
  const years = utcYear
    .range(utcYear.floor(new Date(start - 1)), new Date(end + 1))
    .map((year) => ({ from: september(year), year: year.getUTCFullYear() }))
    .map(({ from, year }) => ({ year, mid: periodMidpoint({ start: new Date(from).toISOString(), end: new Date(Date.UTC(year + 1, 8, 1)).toISOString() }) }))
    .filter(({ mid }) => mid >= start && mid <= end);
  for (const step of YEAR_STEPS) {
    const ticks = years.filter((_, i) => i % step === 0).map(({ year, mid }) => ({ x: x(mid), text: academicYear(year) }));
    if (ticks.length >= 1 && fits(ticks)) return ticks;
  }
  return years.slice(0, 1).map(({ year, mid }) => ({ x: x(mid), text: academicYear(year) }));
}
const MONTH_STEPS = [1, 2, 3, 6];

/**
 * Ticks on 1 January of every k-th year, with the smallest k whose labels keep `gap` px apart;
 * for spans under two years, ticks on months instead.
 */
export function timeTicks(
  domain: readonly [number, number],
  x: (time: number) => number,
  font: Font,
  gap = 12,
  periods: readonly AxisPeriod[] = [],
): TimeTick[] {
  const [start, end] = domain;
  const fits = (ticks: TimeTick[]): boolean =>
    ticks.every((tick, i) => {
      const next = ticks[i + 1];
      if (!next) return true;
      const room = next.x - tick.x;
      return room >= (textWidth(tick.text, font) + textWidth(next.text, font)) / 2 + gap;
    });
  if (periods.length && periods.every((p) => p.kind === "academic-year")) {
    const academic = academicYearTicks(domain, x, fits);
    if (academic.length) return academic;
  }

  const firstYear = new Date(start).getUTCFullYear();
  const lastYear = new Date(end).getUTCFullYear();
  const yearsInside = (step: number): TimeTick[] => {
    const ticks: TimeTick[] = [];
    for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
      const t = Date.UTC(year, 0, 1);
      if (t >= start && t <= end) ticks.push({ x: x(t), text: String(year) });
    }
    return ticks;
  };

  if (yearsInside(1).length >= 2) {
    for (const step of YEAR_STEPS) {
      const ticks = yearsInside(step);
      if (ticks.length >= 1 && fits(ticks)) return ticks;
    }
    return yearsInside(YEAR_STEPS[YEAR_STEPS.length - 1]!).slice(0, 1);
  }

  for (const step of MONTH_STEPS) {
    const ticks = monthStarts(start, end + 1, step).map((d) => ({ x: x(d.getTime()), text: shortMonthYear(d) }));
    if (ticks.length >= 1 && fits(ticks)) return ticks;
  }
  // A span too short or too narrow for month labels: one label at the first year start or the domain start.
  const first = yearStartOnOrAfter(start);
  const t = first <= end ? first : start;
  return [{ x: x(t), text: shortMonthYear(new Date(t)) }];
}

/** A tick on a value axis. */
export interface ValueTick {
  value: number;
  text: string;
}

/** Ticks of a linear scale labelled in the indicator's unit, with as many decimals as the step needs. */
export function valueTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  indicator: Pick<Indicator, "unit">,
): ValueTick[] {
  const values = scale.ticks(count);
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : 1;
  const decimals = precisionFixed(step);
  return values.map((value) => ({ value, text: formatNumber(value, { unit: indicator.unit, decimals }) }));
}
