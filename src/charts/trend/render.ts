import { formatCell } from "../../data/cell-format.ts";
import { REASON_LABEL } from "../../data/symbols.ts";
import type { Source } from "../../data/types.ts";
import type { TrendView } from "../../stats/view-types.ts";
import { html, raw, type Markup } from "../../text/html.ts";
import type { Box } from "../labels.ts";
import { markerMarkup } from "../markers.ts";
import { NEUTRAL } from "../palette.ts";
import { sourceText } from "../qualifiers.ts";
import { HALO, chartId, lines, r1, svgRoot, textMarkup } from "../svg.ts";
import type { PlacedSeries, TrendLayout } from "./layout-types.ts";
import { KEY_GLYPH, MARKER_FONT } from "./style.ts";
import { describeTrend } from "./words.ts";

/** Draws a trend layout as SVG: grid and axes, event rules, one group per series, labels, key and legend. */
export function renderTrend(layout: TrendLayout, view: TrendView): string {
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const valueLabels = layout.series.flatMap((s) => s.points.flatMap((p) => (p.valueLabel ? [textMarkup(p.valueLabel, html`class="value-label" data-series="${s.key}" ${HALO}`)] : [])));
  const seriesLabels = layout.series.flatMap(seriesLabel);
  const body = lines([
    ...axesMarkup(layout),
    layout.caption ? textMarkup(layout.caption, html`class="caption" fill="${NEUTRAL.secondaryText}"`) : null,
    layout.annotations.length ? html`<g class="annotations">${lines(eventsMarkup(layout))}</g>` : null,
    ...layout.series.map((s) => seriesMarkup(s, layout.plot, view, sources)),
    valueLabels.length ? html`<g class="value-labels">${lines(valueLabels)}</g>` : null,
    seriesLabels.length ? html`<g class="series-labels">${lines(seriesLabels)}</g>` : null,
    keyMarkup(layout),
    legendMarkup(layout),
    layout.empty ? textMarkup(layout.empty, html`fill="${NEUTRAL.secondaryText}"`) : null,
  ]);
  const id = chartId(view.id, layout.width);
  return svgRoot({ id, kind: "trend", width: layout.width, height: layout.height, title: view.title, desc: describeTrend(view) }, body);
}

/** Gridlines with their value labels, and the time axis with its ticks. */
function axesMarkup(layout: TrendLayout): Markup[] {
  const { plot } = layout;
  const grid = layout.yTicks.map(
    (t) => html`<line x1="${plot.x0}" x2="${plot.x1}" y1="${t.y}" y2="${t.y}" stroke="${t.value === 0 ? NEUTRAL.axis : NEUTRAL.grid}" stroke-width="1"/>`,
  );
  const yLabels = layout.yTicks.map((t) => textMarkup(t.label, raw(`fill="${NEUTRAL.secondaryText}"`)));
  const axis = [
    html`<g class="grid">${grid}</g>`,
    html`<g class="axis axis-y">${yLabels}</g>`,
  ];
  if (layout.empty) return axis;
  const xAxis = html`<line x1="${plot.x0}" x2="${plot.x1}" y1="${plot.y1}" y2="${plot.y1}" stroke="${NEUTRAL.axis}" stroke-width="1"/>`;
  const xTicks = layout.xTicks.map(
    (t) =>
      html`<line x1="${t.x}" x2="${t.x}" y1="${plot.y1}" y2="${r1(plot.y1 + 5)}" stroke="${NEUTRAL.axis}"/>
${textMarkup(t.label, raw(`fill="${NEUTRAL.secondaryText}"`))}`,
  );
  return [...axis, html`<g class="axis axis-x">${xAxis}${xTicks}</g>`];
}

/** Each event: a dashed rule at its date and a numbered marker above the plot, joined when the marker moved aside. */
function eventsMarkup(layout: TrendLayout): Markup[] {
  const { plot } = layout;
  return layout.annotations.map((a) => {
    const connector =
      Math.abs(a.markerX - a.x) > 0.5
        ? html`<line x1="${a.markerX}" y1="${r1(a.markerY + a.markerR)}" x2="${a.x}" y2="${plot.y0}" stroke="${NEUTRAL.rule}" stroke-width="1"/>`
        : null;
    return html`<g class="annotation" data-annotation="${a.number}" tabindex="-1"><title>${a.number}. ${a.dateLabel}: ${a.label}</title>
<line x1="${a.x}" x2="${a.x}" y1="${plot.y0}" y2="${plot.y1}" stroke="${NEUTRAL.rule}" stroke-width="1" stroke-dasharray="4 3"/>
${connector}<circle cx="${a.markerX}" cy="${a.markerY}" r="${a.markerR}" fill="${NEUTRAL.background}" stroke="${NEUTRAL.rule}" stroke-width="1.5"/>
<text x="${a.markerX}" y="${r1(a.markerY + MARKER_FONT.size * 0.36)}" text-anchor="middle" font-size="${MARKER_FONT.size}" font-weight="bold">${a.number}</text></g>`;
  });
}

/** A series: its line, then one focusable mark per value (a marker) and per missing value (a band to hover). */
function seriesMarkup(s: PlacedSeries, plot: Box, view: TrendView, sources: ReadonlyMap<string, Source>): Markup {
  const width = view.emphasis === undefined ? 2.5 : view.emphasis === s.key ? 4 : 1.75;
  const path = s.path ? html`<path d="${s.path}" fill="none" stroke="${s.colour}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"/>` : null;
  const points = s.points.map((p) => {
    const title = `${s.label}, ${p.periodLabel}: ${formatCell(p.cell, view.indicator)}${sourceText(p.source, sources)}`;
    return html`<g class="point" data-series="${s.key}" data-period="${p.periodKey}" data-value="${p.value}" tabindex="-1"><title>${title}</title>${markerMarkup(s.shape, p.x, p.y, s.colour, p.hollow)}</g>`;
  });
  const gaps = s.gaps.map((g) => {
    const title = `${s.label}, ${g.periodLabel}: ${REASON_LABEL[g.reason]}, not plotted${sourceText(g.source, sources)}`;
    return html`<g class="point point-missing" data-series="${s.key}" data-period="${g.periodKey}" data-reason="${g.reason}" tabindex="-1"><title>${title}</title><rect x="${r1(g.x - 5)}" y="${plot.y0}" width="10" height="${r1(plot.y1 - plot.y0)}" fill="transparent"/></g>`;
  });
  // A series beside an emphasised one is muted: lighter as well as thinner.
  const muted = view.emphasis !== undefined && view.emphasis !== s.key;
  return html`<g class="series${muted ? " series-muted" : ""}" data-series="${s.key}"${muted ? raw(` opacity="0.6"`) : ""}>
${lines([path, ...points, ...gaps])}
</g>`;
}

/** A series' name by its line, with a leader when it had to move away. */
function seriesLabel(s: PlacedSeries): (Markup | null)[] {
  if (!s.nameLabel) return [];
  const leader = s.nameLeader
    ? html`<line x1="${s.nameLeader.x1}" y1="${s.nameLeader.y1}" x2="${s.nameLeader.x2}" y2="${s.nameLeader.y2}" stroke="${s.colour}" stroke-width="1"/>`
    : null;
  return [leader, textMarkup(s.nameLabel, html`class="series-label" data-series="${s.key}" fill="${s.textColour}" ${HALO}`)];
}

/** The key of series named under the axis: each a stretch of its line with its marker, then its name. */
function keyMarkup(layout: TrendLayout): Markup | null {
  if (!layout.seriesKey.length) return null;
  return html`<g class="series-key">${layout.seriesKey.map(
    (e) =>
      html`<line x1="${e.x}" x2="${r1(e.x + KEY_GLYPH)}" y1="${e.cy}" y2="${e.cy}" stroke="${e.colour}" stroke-width="2.5" stroke-linecap="round"/>${markerMarkup(e.shape, r1(e.x + KEY_GLYPH / 2), e.cy, e.colour, false)}${textMarkup(e.text, html`data-series="${e.key}" fill="${e.textColour}"`)}`,
  )}</g>`;
}

/** The legend of marker styles: filled as published, hollow for estimates and unconfirmed figures. */
function legendMarkup(layout: TrendLayout): Markup | null {
  if (!layout.legend.length) return null;
  return html`<g class="legend">${layout.legend.map((e) => html`${markerMarkup("circle", e.markerX, e.markerY, NEUTRAL.rule, e.kind === "qualified")}${textMarkup(e.text)}`)}</g>`;
}
