import { formatCell } from "../../data/cell-format.ts";
import { REASON_LABEL } from "../../data/symbols.ts";
import type { Source } from "../../data/types.ts";
import type { BreakdownView } from "../../stats/view-types.ts";
import { html, raw, type Markup } from "../../text/html.ts";
import { NEUTRAL, categoricalColour } from "../palette.ts";
import { QUALIFIED_SUFFIX, sourceText } from "../qualifiers.ts";
import { GAP, chartId, lines, r1, svgRoot, textMarkup } from "../svg.ts";
import type { BreakdownLayout, PlacedBar } from "./layout.ts";

const TOTAL_COLOUR = categoricalColour(4);
const PART_COLOUR = categoricalColour(0);

/** Draws a breakdown layout as SVG: headings, one focusable group per bar (or missing cell), the zero axis and the legend. */
export function renderBreakdown(layout: BreakdownLayout, view: BreakdownView): string {
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const rows = layout.rows.map((row) => barMarkup(row, layout, view, sources));
  const axis = layout.rows.length
    ? html`<line x1="${layout.zeroX}" x2="${layout.zeroX}" y1="${layout.plot.y0}" y2="${layout.plot.y1}" stroke="${NEUTRAL.axis}" stroke-width="1"/>`
    : null;
  const separator =
    layout.separatorY !== null
      ? html`<line x1="${GAP}" x2="${r1(layout.width - GAP)}" y1="${layout.separatorY}" y2="${layout.separatorY}" stroke="${NEUTRAL.grid}" stroke-width="1"/>`
      : null;
  const body = lines([
    ...layout.headings.map((h) => textMarkup(h, html`class="heading" fill="${NEUTRAL.secondaryText}"`)),
    separator,
    html`<g class="bars">
${lines(rows)}
</g>`,
    axis,
    legendMarkup(layout),
    layout.empty ? textMarkup(layout.empty, html`fill="${NEUTRAL.secondaryText}"`) : null,
  ]);
  const id = chartId(view.id, layout.width);
  return svgRoot({ id, kind: "breakdown", width: layout.width, height: layout.height, title: view.title, desc: describeBreakdown(view, layout) }, body);
}

/** One row: its label, then its bar and value, or an empty dashed band and the reason there is no figure. */
function barMarkup(row: PlacedBar, layout: BreakdownLayout, view: BreakdownView, sources: ReadonlyMap<string, Source>): Markup {
  const title = `${row.name}, ${view.period.label}: ${formatCell(row.cell, view.indicator)}${sourceText(row.source, sources)}`;
  const label = textMarkup(row.label, raw(`class="bar-label"`));
  if (!row.bar) {
    return html`<g class="bar bar-missing${row.isTotal ? " bar-total" : ""}" data-bar="${row.key}" data-period="${view.period.key}" data-reason="${row.reason ?? ""}" tabindex="-1"><title>${title}</title>
${label}
<rect x="${layout.zeroX}" y="${row.y}" width="${r1(Math.max(0, layout.plot.x1 - layout.zeroX))}" height="${row.height}" fill="none" stroke="${NEUTRAL.grid}" stroke-dasharray="3 3"/>
${textMarkup(row.valueLabel, raw(`font-style="italic" fill="${NEUTRAL.secondaryText}"`))}</g>`;
  }
  const { x0, x1 } = row.bar;
  const inset = row.hollow ? 0.9 : 0;
  return html`<g class="bar${row.isTotal ? " bar-total" : ""}" data-bar="${row.key}" data-period="${view.period.key}" data-value="${row.value ?? ""}" tabindex="-1"><title>${title}</title>
${label}
<rect x="${r1(x0 + inset)}" y="${r1(row.y + inset)}" width="${r1(Math.max(0, x1 - x0 - 2 * inset))}" height="${r1(row.height - 2 * inset)}" ${paint(row.isTotal ? TOTAL_COLOUR : PART_COLOUR, row.hollow)}/>
${textMarkup(row.valueLabel, raw(`class="value-label"`))}</g>`;
}

/** A bar's fill: solid, or white with a coloured outline when its figure is an estimate or unconfirmed. */
function paint(colour: string, hollow: boolean): Markup {
  return hollow ? html`fill="${NEUTRAL.background}" stroke="${colour}" stroke-width="1.75"` : html`fill="${colour}"`;
}

/** The legend of bar styles, when a hollow bar is drawn. */
function legendMarkup(layout: BreakdownLayout): Markup | null {
  if (!layout.legend.length) return null;
  return html`<g class="legend">${layout.legend.map((e) => {
    const s = e.swatch;
    return html`<rect x="${r1(s.x0)}" y="${r1(s.y0)}" width="${r1(s.x1 - s.x0)}" height="${r1(s.y1 - s.y0)}" ${paint(PART_COLOUR, e.kind === "qualified")}/>${textMarkup(e.text)}`;
  })}</g>`;
}

/** A terse plain-text summary: what is split by what, when, the total and what is missing. */
export function describeBreakdown(view: BreakdownView, layout: BreakdownLayout): string {
  const parts: string[] = [];
  const subject = view.indicator.label || view.title;
  const shown = layout.rows.filter((r) => !r.isTotal).length;
  parts.push(`Bar chart of ${subject} by ${view.by.toLowerCase() || "category"}, ${view.period.label}: ${shown} ${shown === 1 ? "bar" : "bars"}.`);
  for (const total of layout.rows.filter((r) => r.isTotal)) parts.push(`Total: ${formatCell(total.cell, view.indicator)}.`);
  const qualified = layout.rows.filter((r) => r.hollow).length;
  if (qualified) parts.push(`${qualified} ${qualified === 1 ? "is an estimate or unconfirmed" : "are estimates or unconfirmed"} (hollow bars, ${QUALIFIED_SUFFIX}).`);
  const missing = layout.rows.filter((r) => r.reason).map((r) => `${r.name} (${REASON_LABEL[r.reason!]})`);
  if (missing.length) parts.push(`No bar: ${missing.join("; ")}.`);
  return parts.join(" ");
}
