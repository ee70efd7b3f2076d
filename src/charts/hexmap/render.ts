/**
 * The hex map's drawing: an SVG string with one link per authority with a figure (its name,
 * figure and band as the link's name, so each is reached by Tab and read by a screen reader),
 * dotted bands between plain ones, and missing figures hatched, never shaded as a low value.
 *
 *   renderHexMap(layout, view) → SVG string
 *
 * Hexes share one outline through `<use>`, which keeps the map's markup small.
 */

import { html } from "../../text/html.ts";
import type { Markup } from "../../text/html.ts";
import { NEUTRAL } from "../palette.ts";
import { FONT_SIZE, chartId, lines, r1, textMarkup } from "../svg.ts";
import { FONT_FAMILY } from "../text.ts";
import { MISSING_FILL } from "./bins.ts";
import type { Bin, HexLegendEntry, HexMapLayout, HexMapView, PlacedHex } from "./types.ts";
import { hexMapWords } from "./words.ts";

const DOT = 6;
const HATCH = 6;

function binFill(id: string, bin: Bin): string {
  return bin.dotted ? `url(#${id}-b${bin.index})` : bin.colour;
}

function fillOf(id: string, hex: PlacedHex, bins: readonly Bin[]): string {
  return hex.bin === null ? `url(#${id}-missing)` : binFill(id, bins[hex.bin]!);
}

function defs(id: string, layout: HexMapLayout): Markup {
  const dotted = layout.bins.filter((b) => b.dotted).map(
    (b) => html`<pattern id="${id}-b${b.index}" width="${DOT}" height="${DOT}" patternUnits="userSpaceOnUse"><rect width="${DOT}" height="${DOT}" fill="${b.colour}"/><circle cx="${DOT / 2}" cy="${DOT / 2}" r="1.4" fill="${b.dotColour}"/></pattern>`,
  );
  return html`<defs>
<polygon id="${id}-hex" points="${layout.hexPoints}"/>
${lines(dotted)}
<pattern id="${id}-missing" width="${HATCH}" height="${HATCH}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="${HATCH}" height="${HATCH}" fill="${MISSING_FILL.background}"/><rect width="1.5" height="${HATCH}" fill="${MISSING_FILL.hatch}"/></pattern>
</defs>`;
}

function hexMarkup(id: string, hex: PlacedHex, bins: readonly Bin[]): Markup {
  const shape = html`<use href="#${id}-hex" x="${hex.x}" y="${hex.y}" fill="${fillOf(id, hex, bins)}"/>`;
  const data = hex.value !== null ? html` data-value="${hex.value}"` : html` data-reason="${hex.text}"`;
  if (!hex.href) return html`<g data-code="${hex.mapCode}"${data}><title>${hex.accessibleName}</title>${shape}</g>`;
  return html`<a href="${hex.href}" aria-label="${hex.accessibleName}" data-code="${hex.dataCode ?? hex.mapCode}"${data}><title>${hex.accessibleName}</title>${shape}</a>`;
}

function legendMarkup(id: string, entries: readonly HexLegendEntry[], bins: readonly Bin[]): Markup {
  return lines(
    entries.map((e) => {
      const fill = e.fill.kind === "bin" ? binFill(id, bins[e.fill.bin]!) : `url(#${id}-missing)`;
      return html`<rect x="${e.x}" y="${r1(e.cy - 7)}" width="18" height="14" fill="${fill}" stroke="${NEUTRAL.axis}" stroke-width="0.5"/>
${textMarkup(e.text)}`;
    }),
  );
}

/** The map as an SVG string, drawn from its layout. */
export function renderHexMap(layout: HexMapLayout, view: HexMapView): string {
  const id = chartId(view.id, layout.width);
  const words = hexMapWords(layout, view);
  const desc = [words.summary, words.notOnMap].filter(Boolean).join(" ");
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="chart-hexmap" id="${id}" role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc" viewBox="0 0 ${r1(layout.width)} ${r1(layout.height)}" width="100%" font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}" fill="${NEUTRAL.text}">
<title id="${id}-title">${view.title}</title>
<desc id="${id}-desc">${desc}</desc>
${defs(id, layout)}
<g class="legend">
${legendMarkup(id, layout.legend, layout.bins)}
</g>
<g class="hexes" stroke="${NEUTRAL.background}" stroke-width="1.5">
${lines(layout.hexes.map((h) => hexMarkup(id, h, layout.bins)))}
</g>
</svg>
`.value;
}
