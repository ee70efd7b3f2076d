import type { View } from "../stats/view-types.ts";
import { html, type Markup } from "../text/html.ts";
import { inSentence } from "../text/words.ts";
import { toolLinks } from "./chart-tools.ts";
import { fullCitation } from "./cite.ts";
import { chartFigure } from "./figure.ts";
import { href, layout, type Page, type PageContext } from "./layout.ts";
import type { DatasetModel } from "./model.ts";
import { breakdownOf } from "./shown.ts";

/**
 * A page for each of a dataset's views, `datasets/<id>/views/<view>/`: the chart drawn whole,
 * with its table, notes and sources, so a view the dataset page only links to is one link away
 * and works without script. Its address depends on the view alone, never on which views the
 * dataset page happens to draw.
 */

/** Page path of one view of a dataset: its id, less the dataset's id it starts with. */
export function viewPath(datasetPath: string, datasetId: string, viewId: string): string {
  const own = viewId.startsWith(`${datasetId}-`) ? viewId.slice(datasetId.length + 1) : viewId;
  return `${datasetPath}views/${own}/`;
}

/** One view's page: the chart as its heading, then the dataset's notes it needs and its sources. */
export function viewPage(m: DatasetModel, datasetPath: string, view: View): Page {
  const path = viewPath(datasetPath, m.id, view.id);
  return {
    path,
    preview: view,
    render: (assets) => {
      const ctx = { ...assets, path };
      const d = m.descriptor;
      const main = html`<p class="breadcrumb"><a href="${href(ctx, "")}">Home</a> › <a href="${href(ctx, datasetPath)}">${d.title}</a> › Chart</p>
${chartFigure(view, 1, toolLinks(ctx, m.id, m.descriptor.released))}
<p><a href="${href(ctx, datasetPath)}">${d.title}: every chart, notes and sources</a></p>
<section aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2><ol class="sources">${view.sources.map((s) => fullCitation(s, true))}</ol></section>`;
      return layout(ctx, { title: view.title, description: `${view.title}. ${view.subtitle}`, main, current: "datasets", preview: view });
    },
  };
}

/** Views grouped by what they are broken down by, in the order each breakdown first appears. */
export function groupByBreakdown(views: readonly View[]): { breakdown: string; views: View[] }[] {
  const groups = new Map<string, View[]>();
  for (const v of views) {
    const key = breakdownOf(v);
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups].map(([breakdown, grouped]) => ({ breakdown, views: grouped }));
}

/** The dataset page's plain list of the charts it does not draw, each a link to its own page. */
export function moreViewsSection(ctx: PageContext, m: DatasetModel, datasetPath: string, linked: readonly View[], shownCount: number): Markup {
  if (linked.length === 0) return html``;
  const link = (v: View) => html`<li><a href="${href(ctx, viewPath(datasetPath, m.id, v.id))}">${v.title}</a></li>`;
  return html`<section class="more-views" aria-labelledby="more-views-heading">
<h2 id="more-views-heading">More charts from this file</h2>
<p>This page draws ${shownCount} of the file's ${shownCount + linked.length} charts. Each of the other ${linked.length} has a page of its own, with its table and sources.</p>
${groupByBreakdown(linked).map(({ breakdown, views }) => html`<h3>${breakdown ? `By ${inSentence(breakdown)}` : "Overall"}</h3>
<ul>${views.map(link)}</ul>`)}
</section>`;
}
