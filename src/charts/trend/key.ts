import { blockHeight, textBlock } from "../labels.ts";
import { flowLegend, type LegendItem } from "../legend.ts";
import { MARKER_RADIUS } from "../markers.ts";
import { LEGEND_TEXT } from "../qualifiers.ts";
import { GAP, r1 } from "../svg.ts";
import { wrapText } from "../text.ts";
import type { LegendEntry, PlacedSeries, SeriesKeyEntry } from "./layout-types.ts";
import { KEY_GAP, KEY_GLYPH, SMALL } from "./style.ts";

/** What sits under the trend chart's axis: the key naming series whose labels would not fit, and the legend of marker styles. */

/** The key: one series a line, its line and marker, then its full label wrapped to the width left. */
export function layoutSeriesKey(unlabelled: PlacedSeries[], width: number, top: number): SeriesKeyEntry[] {
  const room = width - 2 * GAP - KEY_GLYPH - KEY_GAP;
  let y = top;
  return unlabelled.map((s) => {
    const wrapped = wrapText(s.label, room, SMALL, Infinity);
    const text = textBlock(wrapped.lines, wrapped.width, SMALL, "start", GAP + KEY_GLYPH + KEY_GAP, y);
    const cy = r1(y + blockHeight(1, SMALL) / 2);
    y = Math.max(text.box.y1, cy + MARKER_RADIUS) + KEY_GAP;
    return { key: s.key, colour: s.colour, textColour: s.textColour, shape: s.shape, x: GAP, cy, text };
  });
}

/** How far the key reaches below `top`, with the space after it; 0 when it is empty. */
export function keyHeight(key: SeriesKeyEntry[], top: number): number {
  return key.length ? r1(Math.max(...key.map((e) => e.text.box.y1)) - top + KEY_GAP) : 0;
}

/** The marker styles drawn: hollow for estimates or unconfirmed figures, and filled beside them only when both occur. */
export function legendItems(anyQualified: boolean, anyPublished: boolean): LegendItem<LegendEntry["kind"]>[] {
  if (!anyQualified) return [];
  const item = (kind: LegendEntry["kind"]) => ({ glyph: kind, text: LEGEND_TEXT[kind], glyphWidth: 10 });
  return [...(anyPublished ? [item("published")] : []), item("qualified")];
}

/** Space between legend entries on a line. */
const LEGEND_SPACING = 20;

/** The legend's height when placed at `width`, with the space under it; 0 when it is empty. */
export function legendHeight(items: LegendItem<LegendEntry["kind"]>[], width: number): number {
  return items.length ? flowLegend(items, width, 0, SMALL, LEGEND_SPACING).bottom + 4 : 0;
}

/** The legend placed from `top`: each entry a marker and its words, flowing onto new lines as needed. */
export function layoutLegend(items: LegendItem<LegendEntry["kind"]>[], width: number, top: number): LegendEntry[] {
  return flowLegend(items, width, top, SMALL, LEGEND_SPACING).entries.map((e) => ({ kind: e.item.glyph, markerX: r1(e.x + 6), markerY: r1(e.cy), text: e.text }));
}
