/**
 * The few scales the charts use, with d3-scale's arithmetic to the last bit (so every chart is
 * drawn exactly as before) but without its generic interpolators, which pull colour parsing and
 * date formatting into the browser bundle. Ticks and nice domains are d3-array's, as there.
 */

import { tickIncrement, ticks } from "./ticks.ts";

/** A linear scale: call it with a domain value for its position in the range. */
export interface ScaleLinear {
  (value: number): number;
  domain(): number[];
  domain(domain: Iterable<number>): ScaleLinear;
  range(range: Iterable<number>): ScaleLinear;
  /** Extends the domain to round values, as d3's `nice`. */
  nice(count?: number): ScaleLinear;
  ticks(count?: number): number[];
}

/** A log scale, clamped to its domain when asked. */
export interface ScaleLog {
  (value: number): number;
  base(base: number): ScaleLog;
  domain(domain: Iterable<number>): ScaleLog;
  range(range: Iterable<number>): ScaleLog;
  clamp(clamp: boolean): ScaleLog;
}

/** A time scale over UTC instants. */
export interface ScaleTime {
  (value: Date | number): number;
  domain(domain: Iterable<Date | number>): ScaleTime;
  range(range: Iterable<number>): ScaleTime;
}

/** Maps [d0, d1] onto [r0, r1] as d3's `bimap` with `normalize` and `interpolateNumber` does. */
function bimap(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  let a = d0;
  let b = d1;
  let from = r0;
  let to = r1;
  if (d1 < d0) [a, b, from, to] = [d1, d0, r1, r0];
  b -= a;
  const constant = isNaN(b) ? NaN : 0.5;
  return (x) => {
    const t = b ? (x - a) / b : constant;
    return from * (1 - t) + to * t;
  };
}

/** A two-point continuous scale with an optional transform and clamp, as d3's `continuous`. */
function continuous(transform: (x: number) => number) {
  let domain = [0, 1];
  let range = [0, 1];
  let clamp = false;
  let output: ((x: number) => number) | null = null;
  const scale = (input: number | Date): number => {
    let x = +input;
    if (isNaN(x)) return undefined as unknown as number;
    if (clamp) {
      const lo = Math.min(domain[0]!, domain[domain.length - 1]!);
      const hi = Math.max(domain[0]!, domain[domain.length - 1]!);
      x = Math.max(lo, Math.min(hi, x));
    }
    output ??= bimap(transform(domain[0]!), transform(domain[domain.length - 1]!), range[0]!, range[range.length - 1]!);
    return output(transform(x));
  };
  return Object.assign(scale, {
    setDomain(values: Iterable<number | Date>) {
      domain = Array.from(values, Number);
      output = null;
    },
    getDomain: () => domain.slice(),
    setRange(values: Iterable<number>) {
      range = Array.from(values);
      output = null;
    },
    setClamp(on: boolean) {
      clamp = on;
    },
  });
}

const identity = (x: number) => x;

/** A linear scale from [0, 1] to [0, 1] until told otherwise. */
export function scaleLinear(): ScaleLinear {
  const base = continuous(identity);
  const scale = ((x: number) => base(x)) as ScaleLinear;
  scale.domain = ((values?: Iterable<number>) => {
    if (values === undefined) return base.getDomain();
    base.setDomain(values);
    return scale;
  }) as ScaleLinear["domain"];
  scale.range = (values) => (base.setRange(values), scale);
  scale.ticks = (count = 10) => {
    const d = base.getDomain();
    return ticks(d[0]!, d[d.length - 1]!, count);
  };
  scale.nice = (count = 10) => {
    const d = base.getDomain();
    let i0 = 0;
    let i1 = d.length - 1;
    let start = d[i0]!;
    let stop = d[i1]!;
    let prestep: number | undefined;
    if (stop < start) {
      [start, stop] = [stop, start];
      [i0, i1] = [i1, i0];
    }
    for (let maxIter = 10; maxIter > 0; maxIter--) {
      const step = tickIncrement(start, stop, count);
      if (step === prestep) {
        d[i0] = start;
        d[i1] = stop;
        base.setDomain(d);
        return scale;
      } else if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else break;
      prestep = step;
    }
    return scale;
  };
  return scale;
}

/** A log scale for a positive domain (the base only matters for ticks, which the charts choose themselves). */
export function scaleLog(): ScaleLog {
  const base = continuous(Math.log);
  const scale = ((x: number) => base(x)) as ScaleLog;
  scale.base = () => scale;
  scale.domain = (values) => (base.setDomain(values), scale);
  scale.range = (values) => (base.setRange(values), scale);
  scale.clamp = (on) => (base.setClamp(on), scale);
  return scale;
}

/** A UTC time scale: linear in milliseconds. */
export function scaleUtc(): ScaleTime {
  const base = continuous(identity);
  const scale = ((x: Date | number) => base(x)) as ScaleTime;
  scale.domain = (values) => (base.setDomain(values), scale);
  scale.range = (values) => (base.setRange(values), scale);
  return scale;
}
