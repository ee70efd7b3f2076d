/**
 * Axis ticks chosen for the space available: year ticks thinned until their labels cannot
 * touch, and value ticks formatted in the indicator's unit.
 */

import type { Indicator } from "../data/types.ts";
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
): TimeTick[] {
  const [start, end] = domain;
  const fits = (ticks: TimeTick[]): boolean =>
    ticks.every((tick, i) => {
      const next = ticks[i + 1];
      if (!next) return true;
      const room = next.x - tick.x;
      return room >= (textWidth(tick.text, font) + textWidth(next.text, font)) / 2 + gap;
    });

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
