import type { Source } from "../../data/types.ts";
import type { ComparisonRow, ComparisonView } from "../../stats/view-types.ts";
import { html, raw, type Markup } from "../../text/html.ts";
import { GROUP_COLOURS, GROUP_SHAPES } from "../group-marks.ts";
import { markerMarkup } from "../markers.ts";
import { NEUTRAL, textColourFor } from "../palette.ts";
import { sourceText } from "../qualifiers.ts";
import { GAP, ITALIC, chartId, groupMarkup, lines, quietText, r1, svgRoot, textMarkup } from "../svg.ts";
import type { ComparisonLayout, ComparisonLegendEntry, PlacedComparisonRow } from "./layout.ts";
import { describeComparison, rowSentence } from "./words.ts";

/** A dot's radius scale: a little larger than the trend chart's markers. */
const DOT_SCALE = 1.15;
/** Half the height of a whisker's end caps. */
const CAP = 5;

/** Draws a comparison layout as SVG: grid, rule at 1, one focusable group per row, the ratio axis and the legend. */
export function renderComparison(layout: ComparisonLayout, view: ComparisonView): string {
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const byKey = new Map(view.rows.map((r) => [r.key, r]));
  const { plot } = layout;
  const grid = layout.ticks
    .filter((t) => t.value !== 1)
    .map((t) => html`<line x1="${t.x}" x2="${t.x}" y1="${plot.y0}" y2="${plot.y1}" stroke="${NEUTRAL.grid}" stroke-width="1"/>`);
  const rule = layout.ruleLabel
    ? html`<g class="reference-rule"><line x1="${layout.ruleX}" x2="${layout.ruleX}" y1="${layout.ruleTop}" y2="${plot.y1}" stroke="${NEUTRAL.rule}" stroke-width="1.5"/>
${textMarkup(layout.ruleLabel, raw(`class="rule-label"`))}</g>`
    : null;
  const separator =
    layout.separatorY !== null
      ? html`<line x1="${GAP}" x2="${r1(layout.width - GAP)}" y1="${layout.separatorY}" y2="${layout.separatorY}" stroke="${NEUTRAL.grid}" stroke-width="1"/>`
      : null;
  const legend = layout.legend.length ? html`<g class="legend">${layout.legend.map((e) => html`${legendGlyph(e)}${textMarkup(e.text)}`)}</g>` : null;
  const body = lines([
    quietText(layout.heading, raw(`class="heading"`)),
    html`<g class="grid">${grid}</g>`,
    separator,
    rule,
    groupMarkup("rows", layout.rows.map((placed) => rowMarkup(placed, byKey.get(placed.key)!, layout, view, sources))),
    axisMarkup(layout),
    legend,
    quietText(layout.empty),
  ]);
  const id = chartId(view.id, layout.width);
  return svgRoot({ id, kind: "comparison", width: layout.width, height: layout.height, title: view.title, desc: describeComparison(view) }, body);
}

/** The ratio axis under the rows: its line, ticks and what it measures. */
function axisMarkup(layout: ComparisonLayout): Markup | null {
  if (!layout.rows.length) return null;
  const { plot } = layout;
  return html`<g class="axis axis-x"><line x1="${plot.x0}" x2="${plot.x1}" y1="${plot.y1}" y2="${plot.y1}" stroke="${NEUTRAL.axis}" stroke-width="1"/>
${lines(layout.ticks.map((t) => html`<line x1="${t.x}" x2="${t.x}" y1="${plot.y1}" y2="${r1(plot.y1 + 4)}" stroke="${NEUTRAL.axis}"/>${quietText(t.label)}`))}
${quietText(layout.axisLabel)}</g>`;
}

/** One group: its words, a guide across the plot (dashed when there is no dot), its whisker and its dot, named by its sentence. */
function rowMarkup(placed: PlacedComparisonRow, row: ComparisonRow, layout: ComparisonLayout, view: ComparisonView, sources: ReadonlyMap<string, Source>): Markup {
  const { plot } = layout;
  const title = `${rowSentence(view, row)}${sourceText(row.source, sources)}`;
  const colour = GROUP_COLOURS[placed.mark];
  const words = lines([
    textMarkup(placed.label),
    quietText(placed.tag, ITALIC),
    placed.reason ? quietText(placed.ratioText, ITALIC) : textMarkup(placed.ratioText, placed.mark === "reference" ? html`fill="${textColourFor(colour)}"` : raw("")),
    quietText(placed.rateText),
  ]);
  const guide = html`<line x1="${plot.x0}" x2="${plot.x1}" y1="${placed.cy}" y2="${placed.cy}" stroke="${NEUTRAL.grid}" stroke-width="1"${placed.x === null ? raw(` stroke-dasharray="3 3"`) : ""}/>`;
  const data = placed.reason
    ? html`data-reason="${placed.reason}"`
    : html`data-value="${placed.value ?? ""}"${placed.lower !== null ? html` data-lower="${placed.lower}" data-upper="${placed.upper ?? ""}"` : ""}`;
  return html`<g class="comparison-row comparison-${placed.mark}${placed.x === null ? " comparison-missing" : ""}" data-group="${placed.key}" ${data} tabindex="-1"><title>${title}</title>
${words}
${guide}${placed.whisker ? whiskerMarkup(placed.whisker.x0, placed.whisker.x1, placed.cy, colour) : ""}${
    placed.x !== null ? markerMarkup(GROUP_SHAPES[placed.mark], placed.x, placed.cy, colour, false, DOT_SCALE) : ""
  }</g>`;
}

function whiskerMarkup(x0: number, x1: number, cy: number, colour: string): Markup {
  return html`<path d="M${r1(x0)},${r1(cy - CAP)}V${r1(cy + CAP)}M${r1(x0)},${cy}H${r1(x1)}M${r1(x1)},${r1(cy - CAP)}V${r1(cy + CAP)}" fill="none" stroke="${colour}" stroke-width="2"/>`;
}

function legendGlyph(e: ComparisonLegendEntry): Markup {
  const group = GROUP_COLOURS.group;
  if (e.glyph === "interval") return html`${whiskerMarkup(e.x, e.x + 24, e.cy, group)}${markerMarkup("circle", e.x + 12, e.cy, group, false, DOT_SCALE)}`;
  if (e.glyph === "dot") return markerMarkup("circle", e.x + 6, e.cy, group, false, DOT_SCALE);
  return markerMarkup(GROUP_SHAPES[e.glyph], e.x + 6, e.cy, GROUP_COLOURS[e.glyph], false, DOT_SCALE);
}
