import type { ComparisonView, SharesView, View } from "../stats/view-types.ts";
import { html, type Markup } from "../text/html.ts";

/**
 * The part of a dataset page that answers "who does this fall on?": every comparison drawn at
 * build time, with a control bar the browser fills in to show one measure and breakdown at a time.
 */

/** Whether a view compares groups (and so belongs in this section). */
export function isComparison(view: View): view is ComparisonView | SharesView {
  return view.kind === "comparison" || view.kind === "shares";
}

/** The section around the comparison figures; `figure` draws each one as the rest of the page does. */
export function comparisonsSection(views: (ComparisonView | SharesView)[], figure: (view: View) => Markup): Markup {
  if (views.length === 0) return html``;
  return html`<section class="comparisons" data-comparisons aria-labelledby="comparisons-heading">
<h2 id="comparisons-heading">Who the figures fall on</h2>
<p>Each group's rate beside the counts it comes from, and its ratio to a reference group with a 95% confidence interval. A ratio above 1 means the group's rate is higher than the reference group's.</p>
<div class="view-controls" data-controls hidden></div>
${views.map(
  (v) =>
    html`<div class="comparison" data-view-id="${v.id}" data-measure="${v.kind === "comparison" ? v.measure.label : v.title}" data-breakdown="${v.kind === "comparison" ? v.breakdown : ""}">${figure(v)}</div>`,
)}
</section>`;
}
