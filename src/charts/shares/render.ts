import type { Source } from "../../data/types.ts";
import type { SharesRow, SharesView } from "../../stats/view-types.ts";
import { html, raw, type Markup } from "../../text/html.ts";
import { NEUTRAL, categoricalColour } from "../palette.ts";
import { sourceText } from "../qualifiers.ts";
import { chartId, groupMarkup, lines, quietText, r1, svgRoot, textMarkup } from "../svg.ts";
import type { PlacedShare, PlacedSharesRow, ShareKind, SharesLayout } from "./layout.ts";
import { describeShares, shareSentence } from "./words.ts";

/** Bar colours: each passes 3:1 against white, and the population bar is also hatched. */
export const SHARE_COLOURS: Record<ShareKind, string> = {
  outcome: categoricalColour(0),
  population: categoricalColour(1),
};

/** Draws a shares layout as SVG: the legend, then each group's two bars (each focusable) and its difference. */
export function renderShares(layout: SharesLayout, view: SharesView): string {
  const id = chartId(view.id, layout.width);
  const hatch = `${id}-hatch`;
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const byKey = new Map(view.rows.map((r) => [r.key, r]));
  const legend = html`<g class="legend">${layout.legend.map((e) => {
    const s = e.swatch;
    const i = inset(e.kind);
    return html`<rect x="${r1(s.x0 + i)}" y="${r1(s.y0 + i)}" width="${r1(s.x1 - s.x0 - 2 * i)}" height="${r1(s.y1 - s.y0 - 2 * i)}" ${paint(e.kind, hatch)}/>${textMarkup(e.text)}`;
  })}</g>`;
  const body = lines([
    html`<defs><pattern id="${hatch}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="${NEUTRAL.background}"/><rect width="2.5" height="5" fill="${SHARE_COLOURS.population}"/></pattern></defs>`,
    legend,
    quietText(layout.differenceHeading, raw(`class="heading"`)),
    groupMarkup("rows", layout.rows.map((placed) => rowMarkup(placed, byKey.get(placed.key)!, layout, view, sources, hatch))),
    quietText(layout.empty),
  ]);
  return svgRoot({ id, kind: "shares", width: layout.width, height: layout.height, title: view.title, desc: describeShares(view) }, body);
}

/** A bar's fill: solid for the outcome, hatched and outlined for the population. */
function paint(kind: ShareKind, hatch: string): Markup {
  return kind === "outcome" ? html`fill="${SHARE_COLOURS.outcome}"` : html`fill="url(#${hatch})" stroke="${SHARE_COLOURS.population}" stroke-width="1.5"`;
}

/** How far an outlined bar is drawn inside its box, so its outline does not spill. */
function inset(kind: ShareKind): number {
  return kind === "population" ? 0.75 : 0;
}

/** One group: its name, its two bars, the zero line beside them and its difference. */
function rowMarkup(placed: PlacedSharesRow, row: SharesRow, layout: SharesLayout, view: SharesView, sources: ReadonlyMap<string, Source>, hatch: string): Markup {
  const source = sourceText(row.source, sources);
  const bars = placed.shares.map((s) => shareMarkup(s, placed.key, `${shareSentence(view, row, s.kind)}${source}`, layout, hatch));
  const top = placed.shares[0].y;
  const bottom = placed.shares[1].y + placed.shares[1].height;
  return html`<g class="shares-row" data-group="${placed.key}">
${textMarkup(placed.label)}
${lines(bars)}
<line x1="${layout.zeroX}" x2="${layout.zeroX}" y1="${r1(top - 2)}" y2="${r1(bottom + 2)}" stroke="${NEUTRAL.axis}" stroke-width="1"/>
${row.difference.kind === "value" ? textMarkup(placed.difference, raw(`class="difference"`)) : quietText(placed.difference, raw(`class="difference" font-style="italic"`))}
</g>`;
}

/** One focusable bar with its value, or a dashed band with the reason there is none. */
function shareMarkup(s: PlacedShare, key: string, title: string, layout: SharesLayout, hatch: string): Markup {
  if (!s.bar) {
    return html`<g class="share share-${s.kind} share-missing" data-group="${key}" data-share="${s.kind}" data-reason="${s.reason ?? ""}" tabindex="-1"><title>${title}</title>
<rect x="${layout.zeroX}" y="${s.y}" width="${r1(Math.max(s.valueLabel.box.x1 + 6, layout.barMax) - layout.zeroX)}" height="${s.height}" fill="none" stroke="${NEUTRAL.grid}" stroke-dasharray="3 3"/>
${quietText(s.valueLabel, raw(`font-style="italic"`))}</g>`;
  }
  const i = inset(s.kind);
  return html`<g class="share share-${s.kind}" data-group="${key}" data-share="${s.kind}" data-value="${s.value ?? ""}" tabindex="-1"><title>${title}</title>
<rect x="${r1(s.bar.x0 + i)}" y="${r1(s.y + i)}" width="${r1(Math.max(0, s.bar.x1 - s.bar.x0 - 2 * i))}" height="${r1(s.height - 2 * i)}" ${paint(s.kind, hatch)}/>
${textMarkup(s.valueLabel, raw(`class="value-label"`))}</g>`;
}
