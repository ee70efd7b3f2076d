/**
 * A legend laid out as running text: each entry a glyph and its words, flowing left to right and
 * onto a new line when the next would not fit, so it reads at any width.
 */

import { centredAt, textBlock } from "./labels.ts";
import type { TextBlock } from "./labels.ts";
import { GAP } from "./svg.ts";
import { wrapText } from "./text.ts";
import type { Font } from "./text.ts";

/** What a legend entry shows: a glyph of the given width, then its words. */
export interface LegendItem<G> {
  glyph: G;
  text: string;
  glyphWidth: number;
}

/** A placed entry: the glyph's left edge and vertical centre, and the words beside it. */
export interface PlacedLegendItem<G> {
  item: LegendItem<G>;
  x: number;
  cy: number;
  text: TextBlock;
}

const GLYPH_SPACE = 6;
const LINE = 20;

/**
 * Places entries from `top` within `width`, `spacing` px apart on a line; `bottom` is the last
 * line's lower edge (`top` when there are none).
 */
export function flowLegend<G>(items: readonly LegendItem<G>[], width: number, top: number, font: Font, spacing = 18): { entries: PlacedLegendItem<G>[]; bottom: number } {
  const entries: PlacedLegendItem<G>[] = [];
  let x = GAP;
  let lineTop = top;
  let lineHeight = 0;
  for (const item of items) {
    const room = width - GAP - GAP - item.glyphWidth - GLYPH_SPACE;
    const wrapped = wrapText(item.text, room, font, 2);
    const w = item.glyphWidth + GLYPH_SPACE + wrapped.width;
    if (x > GAP && x + w > width - GAP) {
      x = GAP;
      lineTop += lineHeight;
      lineHeight = 0;
    }
    const height = Math.max(LINE, textBlock(wrapped.lines, wrapped.width, font, "start", 0, 0).box.y1 + 6);
    const cy = lineTop + height / 2;
    const text = centredAt(textBlock(wrapped.lines, wrapped.width, font, "start", x + item.glyphWidth + GLYPH_SPACE, 0), cy);
    entries.push({ item, x, cy, text });
    lineHeight = Math.max(lineHeight, height);
    x += w + spacing;
  }
  return { entries, bottom: lineTop + lineHeight };
}
