import type { Source } from "../../data/types.ts";
import type { MultiplesPanel, MultiplesView } from "../../stats/view-types.ts";
import { html, raw, type Markup } from "../../text/html.ts";
import { markerMarkup } from "../markers.ts";
import { NEUTRAL, textColourFor } from "../palette.ts";
import { HALO, ITALIC, chartId, groupMarkup, lines, quietText, r1, svgRoot, textMarkup } from "../svg.ts";
import type { MultiplesLayout, MultiplesLegendEntry, PlacedPanel } from "./layout-types.ts";
import { describeMultiples, pointSentence } from "./words.ts";

/** Draws a small-multiples layout as SVG: the caption, each panel with its own axes and marks, and the legend. */
export function renderMultiples(layout: MultiplesLayout, view: MultiplesView): string {
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const byKey = new Map(view.panels.map((p) => [p.key, p]));
  const panels = layout.panels.map((placed) => panelMarkup(placed, byKey.get(placed.key)!, view, sources));
  const legend = layout.legend.length ? html`<g class="legend">${layout.legend.map((e) => html`${legendGlyph(e)}${textMarkup(e.text)}`)}</g>` : null;
  const body = lines([quietText(layout.caption, raw(`class="caption"`)), groupMarkup("panels", panels), legend, quietText(layout.empty)]);
  const id = chartId(view.id, layout.width);
  return svgRoot({ id, kind: "multiples", width: layout.width, height: layout.height, title: view.title, desc: describeMultiples(view) }, body);
}

/** One panel: grid and axes, the reference line, its own line, a focusable mark per rate and per missing rate, and its words. */
function panelMarkup(placed: PlacedPanel, panel: MultiplesPanel, view: MultiplesView, sources: ReadonlyMap<string, Source>): Markup {
  const { plot } = placed;
  const figure = (key: string) => panel.points.find((p) => p.period.key === key);
  const grid = placed.yTicks.map((t) => html`<line x1="${plot.x0}" x2="${plot.x1}" y1="${t.at}" y2="${t.at}" stroke="${t.at === plot.y1 ? NEUTRAL.axis : NEUTRAL.grid}" stroke-width="1"/>`);
  const axis = html`<g class="axis">${lines([
    ...placed.yTicks.map((t) => quietText(t.label)),
    ...placed.xTicks.map((t) => html`<line x1="${t.at}" x2="${t.at}" y1="${plot.y1}" y2="${r1(plot.y1 + 4)}" stroke="${NEUTRAL.axis}"/>${quietText(t.label)}`),
  ])}</g>`;
  const ghost = placed.ghost ? html`<path class="reference-line" d="${placed.ghost}" fill="none" stroke="${NEUTRAL.secondaryText}" stroke-width="1.5" stroke-dasharray="4 3"/>` : null;
  const path = placed.path ? html`<path d="${placed.path}" fill="none" stroke="${placed.colour}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>` : null;
  const marks = placed.points.map((p) => {
    const title = pointSentence(view, panel, figure(p.periodKey)!, sources);
    return html`<g class="point" data-group="${placed.key}" data-series="${placed.key}" data-period="${p.periodKey}" data-value="${p.value}" tabindex="-1"><title>${title}</title>${markerMarkup(placed.shape, p.x, p.y, placed.colour, p.hollow)}</g>`;
  });
  const gaps = placed.gaps.flatMap((g) => {
    const point = figure(g.periodKey);
    if (!point || g.reason === null) return [];
    return [
      html`<g class="point point-missing" data-group="${placed.key}" data-series="${placed.key}" data-period="${g.periodKey}" data-reason="${g.reason}" tabindex="-1"><title>${pointSentence(view, panel, point, sources)}</title><line x1="${g.x}" x2="${g.x}" y1="${plot.y0}" y2="${plot.y1}" stroke="${NEUTRAL.grid}" stroke-width="1" stroke-dasharray="2 3"/><rect x="${r1(g.x - 5)}" y="${plot.y0}" width="10" height="${r1(plot.y1 - plot.y0)}" fill="transparent"/></g>`,
    ];
  });
  const words = lines([
    textMarkup(placed.title, placed.mark === "group" ? raw("") : html`fill="${textColourFor(placed.colour)}"`),
    quietText(placed.tag, ITALIC),
    placed.latest ? textMarkup(placed.latest, html`class="value-label" fill="${textColourFor(placed.colour)}" ${HALO}`) : null,
    quietText(placed.gapNote, ITALIC),
  ]);
  return html`<g class="panel panel-${placed.mark}" data-group="${placed.key}">
${lines([html`<g class="grid">${grid}</g>`, axis, ghost, path, ...gaps, ...marks, words])}
</g>`;
}

function legendGlyph(e: MultiplesLegendEntry): Markup {
  if (e.glyph === "ghost") {
    return html`<line x1="${e.x}" x2="${r1(e.x + 22)}" y1="${e.cy}" y2="${e.cy}" stroke="${NEUTRAL.secondaryText}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
  }
  return markerMarkup("circle", e.x + 6, e.cy, NEUTRAL.rule, true);
}
