import { FONT_SIZE } from "../svg.ts";
import type { Font } from "../text.ts";

/** The trend chart's type and the sizes its layout and drawing share. */

/** Axis labels, value labels, caption, key and legend. */
export const SMALL: Font = { size: FONT_SIZE };

/** A series' name by its line. */
export const SERIES_FONT: Font = { size: FONT_SIZE, bold: true };

/** The number in an event's marker. */
export const MARKER_FONT: Font = { size: 12, bold: true };

/** Value labels are drawn only when the chart has this many numeric points or fewer. */
export const MAX_VALUE_LABELS = 12;

/** The width of the key's glyph: a stretch of line with the series' marker. */
export const KEY_GLYPH = 22;

/** The space after the key's glyph, and between its entries. */
export const KEY_GAP = 6;
