import type { ComparisonView, MultiplesView, SharesView, View } from "../stats/view-types.ts";
import { html, type Markup } from "../text/html.ts";

/**
 * The part of a dataset page that answers "who does this fall on?": every comparison drawn at
 * build time, with a control bar the browser fills in to show one measure and breakdown at a time.
 */

/** Whether a view compares groups (and so belongs in this section). */
export function isComparison(view: View): view is ComparisonView | SharesView | MultiplesView {
  return view.kind === "comparison" || view.kind === "shares" || view.kind === "multiples";
}

/** What the breakdown picker calls a view: the breakdown, "… over time" for small multiples, nothing for shares. */
export function breakdownChoice(view: ComparisonView | SharesView | MultiplesView): string {
  if (view.kind === "comparison") return view.breakdown;
  if (view.kind === "multiples") return `${view.breakdown} over time`;
  return "";
}

/** The section around the comparison figures; `figure` draws each one as the rest of the page does. */
export function comparisonsSection(views: (ComparisonView | SharesView | MultiplesView)[], figure: (view: View) => Markup): Markup {
  if (views.length === 0) return html``;
  return html`<section class="comparisons" data-comparisons aria-labelledby="comparisons-heading">
<h2 id="comparisons-heading">Who the figures fall on</h2>
<p>${introduction(views)}</p>
<div class="view-controls" data-controls hidden></div>
${views.map(
  (v) =>
    html`<div class="comparison" data-view-id="${v.id}" data-measure="${v.kind === "shares" ? v.title : v.measure.label}" data-breakdown="${breakdownChoice(v)}">${figure(v)}</div>`,
)}
</section>`;
}

/** What the section shows, said only of the kinds of view it holds. */
function introduction(views: View[]): string {
  const parts: string[] = [];
  if (views.some((v) => v.kind === "comparison")) {
    parts.push("Each group's rate beside the counts it comes from, and its ratio to a reference group with a 95% confidence interval. A ratio above 1 means the group's rate is higher than the reference group's.");
  }
  if (views.some((v) => v.kind === "multiples")) {
    parts.push("Where the figures cover more than one period, each group's rate over time is shown too, one small chart per group on the same scale.");
  }
  if (views.some((v) => v.kind === "shares")) {
    parts.push("Each group's share of an outcome beside its share of the population: a group is over-represented when the first is larger than the second.");
  }
  return parts.join(" ");
}
