import { NEUTRAL } from "../charts/palette.ts";
import { FONT_FAMILY, wrapText, type Font } from "../charts/text.ts";
import { html, raw } from "../text/html.ts";
import { kindOf } from "../charts/registry.ts";
import { sourcesLine } from "../data/citation.ts";
import type { View } from "../stats/view-types.ts";

/**
 * The picture a link to a page shows when it is shared (Open Graph and Twitter cards): the
 * page's lead chart as drawn on the page, under its title, with its source and the site's name,
 * at the 1200 × 630 size social sites crop to.
 */

/** The preview's size in pixels, as the card tags declare it. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Where a chart's preview picture is written, from the site root. */
export function previewPath(viewId: string): string {
  return `previews/${viewId}.png`;
}

/** The size a chart is drawn at for its preview: the card's chart box at about two thirds, so its words read larger once shrunk for a feed. */
const PREVIEW_CHART = { width: 736, height: 300 } as const;

/** A view's preview card: its chart drawn for the card, under its title, with its sources and the site's name. */
export function viewPreviewSvg(view: View, site: string): string {
  const source = sourcesLine(view.sources);
  return previewCardSvg(kindOf(view).draw(view, PREVIEW_CHART), { title: view.title, source, site });
}

/** What a preview shows besides the chart. */
export interface PreviewText {
  title: string;
  /** The source line: "Source: …". */
  source: string;
  site: string;
}

const MARGIN = 48;
const TITLE: Font = { size: 40, bold: true };
const SMALL: Font = { size: 22 };
/** Room under the chart for the source and the site's name. */
const FOOTER = 70;

/** The chart's own SVG, re-rooted as a nested drawing in the box given; null when it is not an SVG this site drew. */
function nestedChart(chartSvg: string, box: { x: number; y: number; width: number; height: number }): string | null {
  const match = /^<svg\b[^>]*\sviewBox="([\d. -]+)"[^>]*>([\s\S]*)<\/svg>\s*$/.exec(chartSvg.trim());
  if (!match) return null;
  return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="${match[1]}" font-family="${FONT_FAMILY}" font-size="13" fill="${NEUTRAL.text}">${match[2]}</svg>`;
}

/** The whole card as an SVG document: title (wrapped, at most two lines), the chart, then source and site. */
export function previewCardSvg(chartSvg: string, text: PreviewText): string {
  const { width, height } = PREVIEW_SIZE;
  const inner = width - 2 * MARGIN;
  const title = wrapText(text.title, inner, TITLE, 2);
  const titleTop = MARGIN + TITLE.size;
  const lineHeight = TITLE.size * 1.2;
  const chartTop = titleTop + (title.lines.length - 1) * lineHeight + 24;
  const chartBottom = height - FOOTER;
  const chart = nestedChart(chartSvg, { x: MARGIN, y: chartTop, width: inner, height: chartBottom - chartTop });
  const source = wrapText(text.source, inner * 0.7, SMALL, 1).lines[0] ?? "";
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">
<rect width="${width}" height="${height}" fill="${NEUTRAL.background}"/>
<text x="${MARGIN}" y="${titleTop}" font-size="${TITLE.size}" font-weight="bold" fill="${NEUTRAL.text}">${title.lines.map((line, i) => html`<tspan x="${MARGIN}" y="${titleTop + i * lineHeight}">${line}</tspan>`)}</text>
${raw(chart ?? "")}
<text x="${MARGIN}" y="${height - 30}" font-size="${SMALL.size}" fill="${NEUTRAL.secondaryText}">${source}</text>
<text x="${width - MARGIN}" y="${height - 30}" font-size="${SMALL.size}" font-weight="bold" text-anchor="end" fill="${NEUTRAL.text}">${text.site}</text>
</svg>
`.value;
}
