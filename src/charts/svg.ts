/**
 * The pieces every chart's SVG shares: the accessible root element, text blocks and rounding,
 * all written through the escaping `html` template.
 */

import { html, raw } from "../text/html.ts";
import type { Markup } from "../text/html.ts";
import type { TextBlock } from "./labels.ts";
import { NEUTRAL } from "./palette.ts";
import { DEFAULT_SIZE } from "./sizes.ts";
import { FONT_FAMILY } from "./text.ts";

/** Rounds a coordinate to one decimal place, so output is short and stable (never `-0`). */
export function r1(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** Default text size in px: charts are drawn at their CSS width, so this is the size read. */
export const FONT_SIZE = 13;

/** The margin every chart keeps inside its edges, in px. */
export const GAP = 4;

/** A white outline behind text drawn over marks, so it stays readable. */
export const HALO = raw(`paint-order="stroke" stroke="${NEUTRAL.background}" stroke-width="3" stroke-linejoin="round"`);

/** Words that say why there is no figure, or qualify one, are set in italics. */
export const ITALIC = raw(`font-style="italic"`);

/**
 * An id safe for `aria-labelledby` (which splits on spaces) made from a view id. A page holds a
 * drawing per size, so each size but the default carries its width to keep ids unique.
 */
export function chartId(viewId: string, width: number = DEFAULT_SIZE.width): string {
  const id = viewId.trim().replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  const base = id ? `chart-${id}` : "chart";
  return width === DEFAULT_SIZE.width ? base : `${base}-w${r1(width)}`;
}

/** What the root element needs besides its content. */
export interface Shell {
  id: string;
  kind: string;
  width: number;
  height: number;
  title: string;
  desc: string;
}

/** The root `<svg>` with its title and description, labelled for assistive technology. */
export function svgRoot(shell: Shell, body: Markup): string {
  const { id, width, height } = shell;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="chart-${shell.kind}" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${r1(width)} ${r1(height)}" width="100%" font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}" fill="${NEUTRAL.text}">
<title id="${id}-title">${shell.title}</title>
<desc id="${id}-desc">${shell.desc}</desc>
${body}
</svg>
`.value;
}

/** A text block as `<text>`, one `<tspan>` per line; `attrs` is markup this codebase wrote. */
export function textMarkup(block: TextBlock, attrs: Markup = raw("")): Markup {
  const anchor = block.anchor === "start" ? null : block.anchor;
  const common = html`x="${r1(block.x)}" y="${r1(block.y)}"${anchor ? html` text-anchor="${anchor}"` : ""}${
    block.fontSize !== FONT_SIZE ? html` font-size="${r1(block.fontSize)}"` : ""
  }${block.bold ? raw(` font-weight="bold"`) : ""}${attrs.value ? html` ${attrs}` : ""}`;
  if (block.lines.length === 1) return html`<text ${common}>${block.lines[0]}</text>`;
  const spans = block.lines.map(
    (line, i) => html`<tspan x="${r1(block.x)}" y="${r1(block.y + i * block.lineHeight)}">${line}</tspan>`,
  );
  return html`<text ${common}>${spans}</text>`;
}

/** Joins markup fragments one per line. */
export function lines(parts: readonly (Markup | null | false | undefined)[]): Markup {
  return raw(parts.filter((p): p is Markup => !!p).map((p) => p.value).join("\n"));
}

/** Marks of one kind in a `<g>`, one per line, so a chart's parts can be found by class. */
export function groupMarkup(className: string, parts: readonly (Markup | null | false | undefined)[]): Markup {
  return html`<g class="${className}">
${lines(parts)}
</g>`;
}

/** Words in the secondary text colour: headings, axis captions, a chart's "nothing to show". */
export function quietText(block: TextBlock | null, attrs: Markup = raw("")): Markup | null {
  return block ? textMarkup(block, html`${attrs.value ? html`${attrs} ` : ""}fill="${NEUTRAL.secondaryText}"`) : null;
}
