import { kindOf } from "../charts/registry.ts";
import { uniqueSources } from "../data/citation.ts";
import type { View } from "../stats/view-types.ts";
import { html, type Markup } from "../text/html.ts";
import { toolLinks } from "./chart-tools.ts";
import { fullCitation } from "./cite.ts";
import { chartFigure } from "./figure.ts";
import { homeAreas } from "./home-areas.ts";
import { storyInBrief, storyParts, storySections } from "./home-story.ts";
import { href, layout, SITE_NAME, type Page, type PageContext } from "./layout.ts";
import type { DatasetModel } from "./model.ts";
import { notShownSection, type LeftOut } from "./not-shown.ts";
import { datasetPath } from "./paths.ts";
import { viewPath } from "./view-pages.ts";

/**
 * The home page: the story told by the shipped files, in order, then every local area and every
 * dataset. A site built from other files, with none of the story's, leads with their featured charts.
 */

const LEDE =
  "Police officers in schools in London, England and the UK, and who school discipline and policing fall on: the published figures, each with the publication it comes from. Sources count different things, so each definition is kept apart and never joined to another.";

function homeOrder(home: boolean | number | undefined): number {
  return typeof home === "number" ? home : 100;
}

/** The first and latest published figures of a view, for a home page with no story to lead with. */
function headlines(view: View | undefined): Markup | "" {
  const figures = view ? (kindOf(view).headlines?.(view) ?? []) : [];
  if (!view || !figures.length) return "";
  const card = (h: (typeof figures)[number]) => html`<div class="headline"><p class="headline-label">${h.label}</p><p class="headline-value">${h.value}</p><p class="headline-context">${h.context}</p></div>`;
  return html`<div class="headlines" role="group" aria-label="${view.title}: first and latest published figures">${figures.map(card)}</div>`;
}

function catalogueEntry(ctx: PageContext, m: DatasetModel): Markup {
  const first = m.periods[0];
  const last = m.periods[m.periods.length - 1];
  const span = first && last ? (first === last ? first.label : `${first.label} to ${last.label}`) : "no periods";
  return html`<li><a href="${href(ctx, datasetPath(m.id))}">${m.descriptor.title}</a><p>${m.descriptor.description}</p><p class="meta">${span} · ${m.rows.used} ${m.rows.used === 1 ? "row" : "rows"} · ${m.indicators.map((i) => i.label).join(", ")}</p></li>`;
}

/** The featured views, in the order their descriptors give. */
function featuredViews(models: DatasetModel[]): { m: DatasetModel; view: View }[] {
  return models
    .flatMap((m) => m.home.map((view) => ({ m, view, order: m.descriptor.featured?.find((f) => view.id === `${m.id}-${f.id}`)?.home })))
    .sort((a, b) => homeOrder(a.order) - homeOrder(b.order));
}

function featuredSections(ctx: PageContext, featured: { m: DatasetModel; view: View }[]): Markup {
  return html`${featured.map(
    ({ m, view }) => html`<section class="home-section" aria-labelledby="${view.id}-heading">
${chartFigure(view, 2, toolLinks(ctx, m.id, m.descriptor.released))}
<p><a href="${href(ctx, datasetPath(m.id))}">${m.descriptor.title}: all figures, notes and sources</a></p>
</section>`,
  )}`;
}

/** Featured charts the story does not draw, one link each, so the home page stays light. */
function moreCharts(ctx: PageContext, featured: { m: DatasetModel; view: View }[]): Markup | "" {
  if (!featured.length) return "";
  return html`<section aria-labelledby="more-charts-heading"><h2 id="more-charts-heading">More charts</h2>
<ul class="more-links">${featured.map(({ m, view }) => html`<li><a href="${href(ctx, viewPath(datasetPath(m.id), m.id, view.id))}">${view.title}</a> <span class="meta">${m.descriptor.title}</span></li>`)}</ul></section>`;
}

/** The home page. */
export function homePage(models: DatasetModel[], leftOut: LeftOut[]): Page {
  const featured = featuredViews(models);
  const preview = featured[0]?.view;
  return {
    path: "",
    ...(preview ? { preview } : {}),
    render: (assets) => {
      const ctx = { ...assets, path: "" };
      const parts = storyParts(ctx, models);
      const areas = homeAreas(ctx, models);
      const told = new Set(parts.flatMap((p) => p.views));
      const lead = parts.length
        ? html`${storyInBrief(parts, areas !== "")}${storySections(parts)}${areas}${moreCharts(ctx, featured.filter((f) => !told.has(f.view.id)))}`
        : html`${headlines(featured[0]?.view)}${areas}${featuredSections(ctx, featured)}`;
      const main = html`<h1>${SITE_NAME}</h1>
<p class="lede">${LEDE}</p>
${lead}
<section aria-labelledby="catalogue-heading">
<h2 id="catalogue-heading">Every dataset</h2>
<ul class="catalogue">${models.map((m) => catalogueEntry(ctx, m))}</ul>
</section>
${notShownSection(leftOut)}
${parts.length ? "" : html`<section aria-labelledby="home-sources-heading">
<h2 id="home-sources-heading">Sources of the charts above</h2>
<ol class="sources">${uniqueSources(featured.flatMap((f) => f.view.sources)).map((s) => fullCitation(s, true))}</ol>
</section>`}`;
      return layout(ctx, { title: SITE_NAME, description: "Published statistics on police officers in schools, and who school discipline and policing fall on, each figure cited.", main, current: "home", ...(preview ? { preview } : {}) });
    },
  };
}
