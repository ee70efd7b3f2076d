import { KINDS, kindOf } from "../charts/registry.ts";
import type { View } from "../stats/view-types.ts";
import { html, type Markup } from "../text/html.ts";

/**
 * The part of a dataset page that answers "who does this fall on?": every view whose kind of
 * chart compares groups, drawn at build time, with a control bar the browser fills in to show
 * one measure and breakdown at a time.
 */

/** Whether a view compares groups, and so belongs in this section. */
export function isComparison(view: View): boolean {
  return kindOf(view).choice !== undefined;
}

/** The section around the comparison figures; `figure` draws each one as the rest of the page does. */
export function comparisonsSection(views: View[], figure: (view: View) => Markup): Markup {
  if (views.length === 0) return html``;
  return html`<section class="comparisons" data-comparisons aria-labelledby="comparisons-heading">
<h2 id="comparisons-heading">Who the figures fall on</h2>
<p>${introduction(views)}</p>
<div class="view-controls" data-controls hidden></div>
${views.map((v) => {
  const choice = kindOf(v).choice?.(v) ?? { measure: v.title, breakdown: "" };
  return html`<div class="comparison" data-view-id="${v.id}" data-measure="${choice.measure}" data-breakdown="${choice.breakdown}">${figure(v)}</div>`;
})}
</section>`;
}

/** What the section shows, said only of the kinds of view it holds, in the registry's order. */
function introduction(views: View[]): string {
  return Object.entries(KINDS)
    .filter(([kind]) => views.some((v) => v.kind === kind))
    .flatMap(([, chart]) => (chart.introduction ? [chart.introduction] : []))
    .join(" ");
}
