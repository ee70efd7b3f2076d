import type { ChartEvent } from "../charts/kind.ts";
import { kindOf } from "../charts/registry.ts";
import { drawnAtEverySize } from "../charts/responsive.ts";
import type { View } from "../stats/view-types.ts";
import { html, raw, type Markup } from "../text/html.ts";
import { chartTools, type ToolLinks } from "./chart-tools.ts";
import { fullCitation } from "./cite.ts";

/**
 * A chart as a reader meets it: title, what is measured, the chart with its plain-English
 * summary beside it, notes, sources, then the table of the same figures; all of it from the
 * view's kind of chart.
 */

/** JSON for a data island: `<` escaped so no value can close the script element. */
export function jsonIsland(value: unknown): Markup {
  return raw(JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029"));
}

/** Drawings already made: a view is drawn on its dataset page, its own page, its embed page and perhaps the home page, the same each time. */
const drawn = new WeakMap<View, Markup>();

/** The chart at each of the page's sizes, for the stylesheet to show the one that fits. */
export function chartDrawings(view: View): Markup {
  let drawing = drawn.get(view);
  if (!drawing) {
    const kind = kindOf(view);
    drawing = kind.scaledFrom ? raw(`<div class="chart-size chart-scaled">${kind.draw(view, kind.scaledFrom)}</div>`) : raw(drawnAtEverySize((size) => kind.draw(view, size)));
    drawn.set(view, drawing);
  }
  return drawing;
}

/** The numbered events a chart marks, as an ordered list to print under it; nothing when it marks none. */
export function eventKey(view: View): Markup | "" {
  const events: ChartEvent[] = kindOf(view).events?.(view) ?? [];
  if (!events.length) return "";
  return html`<ol class="chart-annotations">${events.map((e) => html`<li value="${e.number}"><time datetime="${e.date}">${e.dateLabel}</time>: ${e.label}</li>`)}</ol>`;
}

/** The picker for the group a view is read against, for kinds a reader can re-base; shown by the browser code. */
function referencePicker(view: View): Markup | "" {
  const rebase = kindOf(view).rebase;
  if (!rebase) return "";
  const current = rebase.reference(view);
  const id = `${view.id}-reference`;
  return html`<div class="control" data-reference-picker data-needs-js hidden><label for="${id}">Compare with</label> <select id="${id}">${rebase.groups(view).map((g) => html`<option${g === current ? html` selected` : ""}>${g}</option>`)}</select></div>`;
}

/** A whole chart figure; `headingLevel` keeps the page's headings in order; `tools` adds downloads, sharing and embedding. */
export function chartFigure(view: View, headingLevel: 1 | 2 | 3 = 2, tools?: ToolLinks): Markup {
  const kind = kindOf(view);
  const heading = raw(`h${headingLevel}`);
  const titleId = `${view.id}-heading`;
  const summaryId = `${view.id}-summary`;
  const notes = kind.notes(view);
  return html`<figure class="chart" id="${view.id}" aria-labelledby="${titleId}" aria-describedby="${summaryId}">
<${heading} id="${titleId}" class="chart-title">${view.title}</${heading}>
<p class="chart-subtitle">${view.subtitle}</p>
${referencePicker(view)}${tools ? chartTools(view, tools) : ""}
<div class="chart-body">
<div class="chart-svg" data-chart="${view.id}">${chartDrawings(view)}</div>
<div class="chart-summary" id="${summaryId}">
<p class="summary-heading"><strong>In brief</strong></p>
<ul>${kind.summary(view).map((s) => html`<li>${s}</li>`)}</ul>
</div>
</div>
${eventKey(view)}
${notes.length ? html`<div class="chart-notes"><p><strong>Notes</strong></p><ul>${notes.map((n) => html`<li>${n}</li>`)}</ul></div>` : ""}
<figcaption class="chart-sources"><strong>${view.sources.length === 1 ? "Source" : "Sources"}:</strong><ul>${view.sources.map((s) => fullCitation(s))}</ul></figcaption>
${kind.table(view)}
<script type="application/json" data-view="${view.id}">${jsonIsland(view)}</script>
</figure>`;
}
