import { kindOf } from "../charts/registry.ts";
import { PAGE_SIZES } from "../charts/sizes.ts";
import { wrapText, type Font } from "../charts/text.ts";
import { sourcesLine } from "../data/citation.ts";
import type { View } from "../stats/view-types.ts";
import { SITE_NAME } from "./layout.ts";

/**
 * The height an embed's iframe is given in its code, for hosts that strip the script that would
 * size it: tall enough for the embed page at a 360 px phone's width, where it is tallest, laid out
 * as the stylesheet lays it out. On a wider column the page is shorter and leaves space below.
 */

/** The phone width an embed must fit without script, less the embed page's padding. */
const PHONE_WIDTH = 360;
const PAGE_PADDING = 8;
const TEXT_WIDTH = PHONE_WIDTH - 2 * PAGE_PADDING;

/** Type sizes and line heights (CSS pixels) of the embed page's parts, as `style.css` sets them. */
const TITLE = { font: { size: 20, bold: true }, line: 23, after: 4 };
const BODY = { font: { size: 17 }, line: 25.5, after: 17 };
const SMALL = { font: { size: 15.2 }, line: 22.8, after: 8 };

/**
 * The page's words are set in the reader's system font, which runs up to about an eighth wider
 * than the Arial metrics lines are measured by here; lines are wrapped as if that much narrower.
 */
const SYSTEM_FONT_WIDENING = 1.12;

/** Room for what the estimate cannot know: rounding, and a line that breaks a word earlier. */
const SAFETY = 1.05;

function textHeight(text: string, style: { font: Font; line: number }): number {
  return wrapText(text, TEXT_WIDTH / SYSTEM_FONT_WIDENING, style.font, 40).lines.length * style.line;
}

/** The narrowest drawing's height once stretched to the phone's width. */
function chartHeight(view: View): number {
  const narrow = PAGE_SIZES[0]!;
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(kindOf(view).draw(view, narrow));
  const [width, height] = box ? [Number(box[1]), Number(box[2])] : [narrow.width, narrow.height];
  return (height * TEXT_WIDTH) / width;
}

/** The embed page's height at a 360 px phone's width, in whole CSS pixels. */
export function embedFallbackHeight(view: View): number {
  const events = (kindOf(view).events?.(view) ?? []).map((e) => `${e.number}. ${e.dateLabel}: ${e.label}`);
  const sources = `${sourcesLine(view.sources)}. All figures, notes and sources on ${SITE_NAME}. Links open in a new tab.`;
  const parts = [
    2 * PAGE_PADDING,
    textHeight(view.title, TITLE) + TITLE.after,
    textHeight(view.subtitle, BODY) + BODY.after,
    chartHeight(view) + 8,
    events.length ? events.reduce((sum, e) => sum + textHeight(e, SMALL), 0) + 2 * SMALL.font.size : 0,
    textHeight(sources, SMALL) + 2 * SMALL.after,
    BODY.line,
  ];
  return Math.ceil(parts.reduce((a, b) => a + b, 0) * SAFETY);
}
