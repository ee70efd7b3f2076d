/**
 * The map's bands: up to five bands of one round width (1, 2, 2.5 or 5 times a power of ten) from
 * a round value at or below the lowest figure, so the legend reads "0.05% to under 0.10%". A value
 * is put in its band by d3's threshold scale. The blues come from the Analysis Function's blues;
 * neighbouring bands whose blues differ by less than 3:1 contrast differ by dots as well.
 */

import { scaleThreshold } from "d3-scale";
import type { Indicator } from "../../data/types.ts";
import { formatNumber } from "../../data/cell-format.ts";
import { NEUTRAL, contrastRatio } from "../palette.ts";
import type { Bin } from "./types.ts";

/** Light to dark, sampled at equal contrast steps (about 1.9:1) through #6BACE6, #2073BC and #12436D. */
export const BAND_COLOURS = ["#D2E6F7", "#6CADE6", "#2D7AC1", "#164F80", "#0A2239"] as const;

/** The fill of a hex with no figure: hatched grey on white, never a shade of the bands. */
export const MISSING_FILL = { background: "#FFFFFF", hatch: NEUTRAL.secondaryText } as const;

/** The most bands a map has. */
export const BAND_COUNT = BAND_COLOURS.length;

const NICE_MULTIPLES = [1, 2, 2.5, 5];

/** Rounds away floating-point noise (0.30000000000000004 is 0.3). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** The narrowest round band width that covers min to max in at most BAND_COUNT bands, and where they start. */
export function bandWidth(min: number, max: number): { start: number; width: number } {
  let power = Math.floor(Math.log10((max - min) / BAND_COUNT));
  for (;;) {
    for (const m of NICE_MULTIPLES) {
      const width = clean(m * 10 ** power);
      const start = clean(Math.floor(min / width) * width);
      if (clean(start + BAND_COUNT * width) >= max) return { start, width };
    }
    power++;
  }
}

/** Which of the five blues each of `n` bands takes: spread out, so fewer bands differ more. */
function colourIndices(n: number): number[] {
  if (n === 1) return [2];
  return Array.from({ length: n }, (_, i) => Math.round((i * (BAND_COUNT - 1)) / (n - 1)));
}

/** Decimals that write every edge exactly (at least the indicator's, at most 6). */
function labelDecimals(values: readonly number[], indicator: Pick<Indicator, "decimals">): number {
  for (let d = indicator.decimals; d < 6; d++) {
    if (values.every((v) => Math.abs(Number(v.toFixed(d)) - v) < 1e-9)) return d;
  }
  return 6;
}

function dotColourFor(colour: string): string {
  return contrastRatio(colour, NEUTRAL.text) >= contrastRatio(colour, NEUTRAL.background) ? NEUTRAL.text : NEUTRAL.background;
}

/** Bands with their blues, dotted wherever a band's blue is within 3:1 of the band before. */
function styled(edges: readonly number[], write: (v: number) => string, single: boolean): Bin[] {
  const n = edges.length - 1;
  const colours = colourIndices(n).map((i) => BAND_COLOURS[i]!);
  const bins: Bin[] = [];
  for (let i = 0; i < n; i++) {
    const [lowerText, upperText] = [write(edges[i]!), write(edges[i + 1]!)];
    const previous = bins[i - 1];
    const dotted = previous ? contrastRatio(previous.colour, colours[i]!) < 3 && !previous.dotted : false;
    const label = single ? `${lowerText} (every area)` : `${lowerText} to ${i === n - 1 ? "" : "under "}${upperText}`;
    bins.push({ index: i, lower: edges[i]!, upper: edges[i + 1]!, label, lowerText, upperText, colour: colours[i]!, dotted, dotColour: dotColourFor(colours[i]!) });
  }
  return bins;
}

/** The bands for a set of values; none when there are no values, one when they are all equal. */
export function binsFor(values: readonly number[], indicator: Pick<Indicator, "unit" | "decimals">): Bin[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const edges = [min];
  if (min === max) edges.push(max);
  else {
    const { start, width } = bandWidth(min, max);
    edges[0] = start;
    while (edges[edges.length - 1]! < max) edges.push(clean(start + edges.length * width));
  }
  const decimals = labelDecimals(edges, indicator);
  return styled(edges, (v) => formatNumber(v, { ...indicator, decimals }), min === max);
}

/**
 * A figure as the page shows it, to the indicator's decimal places: bands are of shown figures, so
 * a reader never sees 0.05% in the band "under 0.05%" (d3-format rounds as toFixed does).
 */
export function shownValue(value: number, indicator: Pick<Indicator, "decimals">): number {
  return Number(value.toFixed(Math.max(0, Math.min(20, indicator.decimals))));
}

/** The band a value falls in (a band's lower edge is in it; its upper edge is in the next band, except the last). */
export function binIndex(value: number, bins: readonly Bin[]): number {
  if (bins.length === 0) throw new Error("No bands to place a value in");
  const scale = scaleThreshold<number, number>().domain(bins.slice(1).map((b) => b.lower)).range(bins.map((b) => b.index));
  return scale(value);
}
