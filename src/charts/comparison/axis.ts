import { textWidth, type Font } from "../text.ts";

/** The comparison's log axis of ratios: its domain on powers of two and the ticks that fit. */

/** Powers of two around the ratios (at least ½ to 2), so 1 sits on a tick and the axis ends on ticks. */
export function ratioDomain(values: readonly number[]): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  const lo = Math.min(1, ...finite) / 1.08;
  const hi = Math.max(1, ...finite) * 1.08;
  return [2 ** Math.min(-1, Math.floor(Math.log2(lo))), 2 ** Math.max(1, Math.ceil(Math.log2(hi)))];
}

/** A ratio tick's words: `2×`, `0.5×`, or `1/16×` below an eighth. */
export function ratioTickText(value: number): string {
  if (value >= 0.125) return `${value}×`;
  return `1/${Math.round(1 / value)}×`;
}

/**
 * Ticks on powers of two, every k-th one (always 1) with the smallest k whose labels keep apart;
 * when powers of two are too crowded even then, powers of ten.
 */
export function ratioTicks(domain: readonly [number, number], x: (v: number) => number, font: Font, gap = 10): { value: number; x: number; text: string }[] {
  const [lo, hi] = domain;
  const fits = (ticks: { x: number; text: string }[]): boolean =>
    ticks.every((t, i) => {
      const next = ticks[i + 1];
      return !next || next.x - t.x >= (textWidth(t.text, font) + textWidth(next.text, font)) / 2 + gap;
    });
  const make = (values: number[]) => values.map((value) => ({ value, x: x(value), text: ratioTickText(value) }));
  const e0 = Math.round(Math.log2(lo));
  const e1 = Math.round(Math.log2(hi));
  for (const k of [1, 2, 3]) {
    const ticks = make(range(e0, e1).filter((e) => e % k === 0).map((e) => 2 ** e));
    if (fits(ticks)) return ticks;
  }
  const tens = make(range(Math.ceil(Math.log10(lo)), Math.floor(Math.log10(hi))).map((e) => 10 ** e));
  return fits(tens) ? tens : make([1]);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
