import { kindOf } from "../charts/registry.ts";
import { DEFAULT_SIZE } from "../charts/sizes.ts";
import { FONT_FAMILY, wrapText, type Font } from "../charts/text.ts";
import type { Source } from "../data/types.ts";
import type { View } from "../stats/view-types.ts";
import { html, raw, type Markup } from "../text/html.ts";
import { sourcesLine } from "../data/citation.ts";
import { formatDate } from "../text/dates.ts";

/**
 * A chart as a file to download: the drawn chart with its title, subtitle, sources and the date
 * of its newest source drawn in, on a white ground, so a copy pasted anywhere still says what it
 * shows, where from and how recent. Nothing in it depends on the day it was built.
 */

/** Where the file says it came from. */
export interface ChartFileCredit {
  siteName: string;
  /** The page address, when the site's public address is known. */
  url?: string;
}

/** The latest date among sources and the reports they were read from (ISO, any precision), or "" when none is dated. */
export function newestSourceDate(sources: Source[]): string {
  const dates = sources.flatMap((s) => [s.date, s.secondary?.date ?? ""]).filter((d) => /^\d{4}(-\d{2}){0,2}$/.test(d));
  return dates.reduce((a, b) => (b > a ? b : a), "");
}

const PAD = 16;
const TITLE: Font = { size: 18, bold: true };
const SUBTITLE: Font = { size: 14 };
const SMALL: Font = { size: 12 };

function block(lines: string[], font: Font, top: number, colour: string): { markup: Markup; bottom: number } {
  const lineHeight = Math.round(font.size * 1.3);
  const markup = html`${lines.map(
    (line, i) => html`<text x="${PAD}" y="${top + font.size + i * lineHeight}" font-size="${font.size}"${font.bold ? raw(' font-weight="bold"') : ""} fill="${colour}">${line}</text>`,
  )}`;
  return { markup, bottom: top + lines.length * lineHeight };
}

/** The standalone SVG document for a view, drawn at the size the page first shows. */
export function chartFile(view: View, credit: ChartFileCredit): string {
  const kind = kindOf(view);
  const chart = kind.draw(view, DEFAULT_SIZE);
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chart);
  const chartWidth = Number(box?.[1] ?? DEFAULT_SIZE.width);
  const chartHeight = Number(box?.[2] ?? DEFAULT_SIZE.height);
  const width = chartWidth + 2 * PAD;
  const textWidth = chartWidth;

  const title = block(wrapText(view.title, textWidth, TITLE, 4).lines, TITLE, PAD, "#0b0c0c");
  const subtitle = block(wrapText(view.subtitle, textWidth, SUBTITLE, 4).lines, SUBTITLE, title.bottom + 4, "#505a5f");
  const chartTop = subtitle.bottom + 12;
  const sourceText = sourcesLine(view.sources);
  const newest = newestSourceDate(view.sources);
  const creditText = `${credit.siteName}${credit.url ? `, ${credit.url}` : ""}.${newest ? ` Newest source: ${formatDate(newest)}.` : ""}`;
  const events = (kind.events?.(view) ?? []).map((a) => `${a.number}. ${a.dateLabel}: ${a.label}`);
  const key = block(events.flatMap((e) => wrapText(e, textWidth, SMALL, 4).lines), SMALL, chartTop + chartHeight + 12, "#0b0c0c");
  const sources = block(wrapText(sourceText, textWidth, SMALL, 8).lines, SMALL, key.bottom + (events.length ? 8 : 0), "#0b0c0c");
  const made = block(wrapText(creditText, textWidth, SMALL, 3).lines, SMALL, sources.bottom + 4, "#505a5f");
  const height = Math.ceil(made.bottom + PAD);

  const nested = chart.replace(/^<svg ([^>]*?)width="100%"/, `<svg $1x="${PAD}" y="${chartTop}" width="${chartWidth}" height="${chartHeight}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>
${html`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">
<rect width="100%" height="100%" fill="#ffffff"/>
${title.markup}
${subtitle.markup}
${raw(nested.trim())}
${key.markup}
${sources.markup}
${made.markup}
</svg>
`.value}`;
}
