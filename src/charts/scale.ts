/**
 * The log scale of the comparison chart, the one chart the browser redraws (for a new
 * reference group). It has d3-scale's arithmetic to the last bit, checked against d3 in
 * `scale.test.ts`, without d3-scale's generic interpolators, which bring colour parsing and
 * number formats with them: 1.9 kB gzip here against 10.7 kB. Charts drawn only at build time
 * use d3-scale itself.
 */

/** A log scale, clamped to its domain when asked. */
export interface ScaleLog {
  (value: number): number;
  base(base: number): ScaleLog;
  domain(domain: Iterable<number>): ScaleLog;
  range(range: Iterable<number>): ScaleLog;
  clamp(clamp: boolean): ScaleLog;
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

/** A log scale for a positive domain (the base only matters for ticks, which the chart chooses itself). */
export function scaleLog(): ScaleLog {
  let domain = [1, 10];
  let range = [0, 1];
  let clamp = false;
  let output: ((x: number) => number) | null = null;
  const scale = ((input: number): number => {
    let x = +input;
    if (isNaN(x)) return undefined as unknown as number;
    const d0 = domain[0]!;
    const d1 = domain[domain.length - 1]!;
    if (clamp) x = Math.max(Math.min(d0, d1), Math.min(Math.max(d0, d1), x));
    output ??= bimap(Math.log(d0), Math.log(d1), range[0]!, range[range.length - 1]!);
    return output(Math.log(x));
  }) as ScaleLog;
  scale.base = () => scale;
  scale.domain = (values) => ((domain = Array.from(values, Number)), (output = null), scale);
  scale.range = (values) => ((range = Array.from(values)), (output = null), scale);
  scale.clamp = (on) => ((clamp = on), scale);
  return scale;
}
