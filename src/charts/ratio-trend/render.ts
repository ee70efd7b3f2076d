import type { RatioTrendSeries, RatioTrendView } from "../../stats/view-types.ts";
import { html, raw, type Markup } from "../../text/html.ts";
import { markerMarkup } from "../markers.ts";
import { NEUTRAL, textColourFor } from "../palette.ts";
import { ITALIC, chartId, groupMarkup, lines, quietText, r1, svgRoot, textMarkup } from "../svg.ts";
import type { PlacedRatioPanel, RatioTrendLayout } from "./layout-types.ts";
import { describeRatioTrend, pointSentence } from "./words.ts";

/** Draws a ratio-over-time layout as SVG: the caption, then each group's panel with its axis, rule at 1×, whiskers and line. */
export function renderRatioTrend(layout: RatioTrendLayout, view: RatioTrendView): string {
  const byKey = new Map(view.series.map((s) => [s.key, s]));
  const panels = layout.panels.map((placed) => panelMarkup(placed, byKey.get(placed.key)!, view));
  const body = lines([quietText(layout.caption, raw(`class="caption"`)), groupMarkup("panels", panels), quietText(layout.empty)]);
  return svgRoot({ id: chartId(view.id, layout.width), kind: "ratio-trend", width: layout.width, height: layout.height, title: view.title, desc: describeRatioTrend(view) }, body);
}

/** One panel: grid and axis, the rule at 1×, the line, a focusable whisker and marker per ratio and a mark per missing one, and its words. */
function panelMarkup(placed: PlacedRatioPanel, series: RatioTrendSeries, view: RatioTrendView): Markup {
  const { plot } = placed;
  const figure = (key: string) => series.points.find((p) => p.period.key === key);
  const grid = placed.yTicks.map((t) => html`<line x1="${plot.x0}" x2="${plot.x1}" y1="${t.at}" y2="${t.at}" stroke="${NEUTRAL.grid}" stroke-width="1"/>`);
  const axis = html`<g class="axis">${lines([
    ...placed.yTicks.map((t) => quietText(t.label)),
    html`<line x1="${plot.x0}" x2="${plot.x1}" y1="${plot.y1}" y2="${plot.y1}" stroke="${NEUTRAL.axis}"/>`,
    ...placed.xTicks.map((t) => html`<line x1="${t.at}" x2="${t.at}" y1="${plot.y1}" y2="${r1(plot.y1 + 4)}" stroke="${NEUTRAL.axis}"/>${quietText(t.label)}`),
  ])}</g>`;
  const rule = html`<line class="rule" x1="${plot.x0}" x2="${plot.x1}" y1="${placed.rule}" y2="${placed.rule}" stroke="${NEUTRAL.rule}" stroke-width="1.5"/>`;
  const path = placed.path ? html`<path d="${placed.path}" fill="none" stroke="${placed.colour}" stroke-width="2" stroke-linejoin="round"/>` : null;
  const marks = placed.ratios.map((r) => {
    const whisker = r.whisker ? html`<line class="interval" x1="${r.x}" x2="${r.x}" y1="${r.whisker.top}" y2="${r.whisker.bottom}" stroke="${placed.colour}" stroke-width="1.5"/>` : "";
    return html`<g class="point" data-group="${placed.key}" data-series="${placed.key}" data-period="${r.periodKey}" data-value="${r.value}" tabindex="-1"><title>${pointSentence(view, series, figure(r.periodKey)!)}</title>${whisker}${markerMarkup(placed.shape, r.x, r.y, placed.colour, r.hollow, 0.8)}</g>`;
  });
  const gaps = placed.gaps.flatMap((g) => {
    const point = figure(g.periodKey);
    if (!point || g.reason === null) return [];
    return [
      html`<g class="point point-missing" data-group="${placed.key}" data-series="${placed.key}" data-period="${g.periodKey}" data-reason="${g.reason}" tabindex="-1"><title>${pointSentence(view, series, point)}</title><line x1="${g.x}" x2="${g.x}" y1="${plot.y0}" y2="${plot.y1}" stroke="${NEUTRAL.grid}" stroke-width="1" stroke-dasharray="2 3"/><rect x="${r1(g.x - 5)}" y="${plot.y0}" width="10" height="${r1(plot.y1 - plot.y0)}" fill="transparent"/></g>`,
    ];
  });
  const words = lines([
    textMarkup(placed.title, placed.mark === "group" ? raw("") : html`fill="${textColourFor(placed.colour)}"`),
    textMarkup(placed.latest, raw(`class="value-label"`)),
    quietText(placed.empty, ITALIC),
    quietText(placed.gapNote, ITALIC),
  ]);
  return html`<g class="panel panel-${placed.mark}" data-group="${placed.key}">
${lines([html`<g class="grid">${grid}</g>`, axis, rule, path, ...gaps, ...marks, words])}
</g>`;
}
