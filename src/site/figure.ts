import { annotationKeyMarkup, renderChart } from "../charts/index.ts";
import { drawnAtEverySize } from "../charts/responsive.ts";
import { FLAG_LABEL } from "../data/symbols.ts";
import type { View } from "../stats/view-types.ts";
import { html, raw, type Markup } from "../text/html.ts";
import { fullCitation } from "./cite.ts";
import { summarise } from "./summary.ts";
import { chartTools, type ToolLinks } from "./chart-tools.ts";
import { dataTable } from "./table.ts";

/**
 * A chart as a reader meets it: title, what is measured, the chart with its plain-English
 * summary beside it, notes, sources, then the table of the same figures.
 */

/** JSON for a data island: `<` escaped so no value can close the script element. */
export function jsonIsland(value: unknown): Markup {
  return raw(JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029"));
}

/** Notes the reader needs for this chart: the view's own, and what hollow markers mean when any are drawn. */
function chartNotes(view: View): string[] {
  if (view.kind === "comparison" || view.kind === "shares") return [...view.notes];
  const drawn =
    view.kind === "multiples"
      ? view.panels.flatMap((p) => p.points.flatMap((x) => (x.rate.kind === "value" ? x.flags : [])))
      : (view.kind === "trend" ? view.series.flatMap((s) => s.points.map((p) => p.cell)) : view.bars.map((b) => b.cell)).flatMap((c) => (c.kind === "value" ? c.flags : []));
  const flags = new Set(drawn.filter((f) => f === "estimated" || f === "low-reliability"));
  const unconfirmed = view.sources.some((s) => s.unconfirmed);
  const notes = [...view.notes];
  if (view.kind === "trend" && view.series.length > 1) notes.push("Each line is one definition or group as published; lines are never joined across a change of definition or a missing figure.");
  const hollow = [...[...flags].map((f) => FLAG_LABEL[f]), ...(unconfirmed && !flags.has("low-reliability") ? ["unconfirmed"] : [])];
  if (hollow.length) notes.push(`Hollow markers are ${hollow.join(" or ")} figures.`);
  return notes;
}

/** A whole chart figure; `headingLevel` keeps the page's headings in order; `tools` adds downloads, sharing and embedding. */
export function chartFigure(view: View, headingLevel: 2 | 3 = 2, tools?: ToolLinks): Markup {
  const heading = raw(`h${headingLevel}`);
  const titleId = `${view.id}-heading`;
  const summaryId = `${view.id}-summary`;
  const notes = chartNotes(view);
  return html`<figure class="chart" id="${view.id}" aria-labelledby="${titleId}" aria-describedby="${summaryId}">
<${heading} id="${titleId}" class="chart-title">${view.title}</${heading}>
<p class="chart-subtitle">${view.subtitle}</p>
${tools ? chartTools(view, tools) : ""}
<div class="chart-body">
<div class="chart-svg" data-chart="${view.id}">${raw(drawnAtEverySize((size) => renderChart(view, size)))}</div>
<div class="chart-summary" id="${summaryId}">
<p class="summary-heading"><strong>In brief</strong></p>
<ul>${summarise(view).map((s) => html`<li>${s}</li>`)}</ul>
</div>
</div>
${view.kind === "trend" ? raw(annotationKeyMarkup(view)) : ""}
${notes.length ? html`<div class="chart-notes"><p><strong>Notes</strong></p><ul>${notes.map((n) => html`<li>${n}</li>`)}</ul></div>` : ""}
<figcaption class="chart-sources"><strong>${view.sources.length === 1 ? "Source" : "Sources"}:</strong><ul>${view.sources.map((s) => fullCitation(s))}</ul></figcaption>
${dataTable(view)}
<script type="application/json" data-view="${view.id}">${jsonIsland(view)}</script>
</figure>`;
}
