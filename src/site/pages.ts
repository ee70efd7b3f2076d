import { FLAG_LABEL, SYMBOLS } from "../data/symbols.ts";
import { uniqueSources } from "../data/citation.ts";
import { SHAPE_WORDS } from "../data/reading.ts";
import { formatProblem } from "../data/problems.ts";
import type { View } from "../stats/view-types.ts";
import { html, raw, type Markup } from "../text/html.ts";
import { figuresTable } from "./table.ts";
import { keptNote } from "./kept.ts";
import { comparisonsSection, isComparison } from "./comparisons-section.ts";
import { areaPages, placePage, placesSection } from "./places.ts";
import { areaPath, datasetPath } from "./paths.ts";
import { homePage } from "./home-page.ts";
import { forcePages } from "./force-pages.ts";
import { areaMapViews } from "../stats/area-map.ts";
import { fullCitation } from "./cite.ts";
import { chartDrawings, chartFigure } from "./figure.ts";
import { href, layout, rootPrefix, SITE_NAME, type Page, type PageContext } from "./layout.ts";
import { embedPages } from "./embed.ts";
import { toolLinks } from "./chart-tools.ts";
import { citeText, dataDate, dataDateWords } from "./cite-this.ts";
import type { DatasetModel } from "./model.ts";
import type { LeftOut } from "./not-shown.ts";
import { chooseShown, MAX_SHOWN } from "./shown.ts";
import { moreViewsSection, viewPage, viewPath } from "./view-pages.ts";

/**
 * The site's pages as functions of the dataset models: home, one per dataset, and about.
 * Each returns a whole HTML document.
 */

export { datasetPath } from "./paths.ts";

/** "Cite this" for a dataset: its title, the site, the date of its figures, its address and its publishers. */
function datasetCitation(ctx: PageContext, m: DatasetModel): string {
  const d = m.descriptor;
  return citeText({
    title: d.title,
    site: SITE_NAME,
    data: dataDate(d.sources, d.released),
    address: `${ctx.siteUrl ?? rootPrefix(ctx.path)}${datasetPath(m.id)}`,
    publishers: d.sources.map((s) => s.publisher).filter(Boolean),
  });
}

/** The ids of the views a dataset's descriptor features, which its page always draws. */
function featuredIds(m: DatasetModel): Set<string> {
  return new Set((m.descriptor.featured ?? []).map((f) => `${m.id}-${f.id}`));
}

/** Shapes whose rows on the page are not the file's rows as written: the page says how they were read. */
const RESHAPED = new Set(["wide-periods", "wide-groups", "long-indicators"]);

/** A notice that the file's table was read as another shape, or nothing. */
function shapeNotice(m: DatasetModel): Markup | "" {
  if (!RESHAPED.has(m.reading.shape)) return "";
  return html`<p class="notice">This file is ${SHAPE_WORDS[m.reading.shape]}. The charts and the table of figures show it read that way; the download is the file as published.</p>`;
}

/** The views a dataset page draws, and those it links to. */
export function datasetViews(m: DatasetModel): { shown: View[]; linked: View[] } {
  let found = chosenViews.get(m);
  if (!found) chosenViews.set(m, (found = chooseShown(m.views, featuredIds(m), MAX_SHOWN, { of: (v) => chartDrawings(v).value.length, budget: CHART_BUDGET })));
  return found;
}

/** The characters of chart drawings a dataset page may carry: about 100 kB once compressed, leaving room for its tables and lists within 150 kB. */
const CHART_BUDGET = 1_000_000;

/** Each dataset's choice, made once: embed pages ask for it again for each of its views. */
const chosenViews = new WeakMap<DatasetModel, { shown: View[]; linked: View[] }>();

/** The table of every row, or of its first rows with the download named, when the file has more than a page should carry. */
function figuresSection(ctx: PageContext, m: DatasetModel): Markup {
  const d = m.descriptor;
  const cut = m.figures.rows.length < m.figures.total;
  const summary = cut ? `Show the first ${m.figures.rows.length} of ${m.figures.total} rows` : `Show every row: ${m.figures.total} ${m.figures.total === 1 ? "row" : "rows"}`;
  return html`<section aria-labelledby="figures-heading"><h2 id="figures-heading">All figures in this file</h2>
${cut ? html`<p>The file has ${m.figures.total} rows, too many to list here: every row is in the download, <a href="${href(ctx, `data/${m.id}.csv`)}" download>${m.id}.csv</a>.</p>` : ""}
<details class="figures"${m.views.length === 0 ? raw(" open") : ""}><summary>${summary}</summary>
${figuresTable(`${d.title}: ${cut ? "first rows" : "every row"}`, m.figures, m.indicators, d.sources)}
</details></section>`;
}

function datasetPage(m: DatasetModel): Page {
  const path = datasetPath(m.id);
  const { shown, linked } = datasetViews(m);
  const preview = shown[0];
  return {
    path,
    ...(preview ? { preview } : {}),
    render: (assets) => {
      const ctx = { ...assets, path };
      const d = m.descriptor;
      const main = html`<p class="breadcrumb"><a href="${href(ctx, "")}">Home</a> › Dataset</p>
<h1>${d.title}</h1>
<p class="lede">${d.description}</p>
<dl class="facts">
${d.publisher ? html`<dt>Compiled by</dt><dd>${d.publisher}</dd>` : ""}
<dt>Figures last updated</dt><dd>${dataDateWords(dataDate(d.sources, d.released))}</dd>
<dt>Periods</dt><dd>${m.periods.map((p) => p.label).join(", ") || "none"}</dd>
<dt>Places</dt><dd>${m.places.map((p) => `${p.count} ${p.level}`).join(", ")}</dd>
<dt>Breakdowns</dt><dd>${m.filters.map((f) => `${f.label} (${f.levels.length} ${f.levels.length === 1 ? "level" : "levels"})`).join(", ") || "none"}</dd>
<dt>Indicators</dt><dd>${m.indicators.map((i) => i.label).join(", ")}</dd>
<dt>Rows</dt><dd>${m.rows.read} read, ${m.rows.used} used, ${m.rows.rejectedLines.length} rejected${m.rows.rejectedLines.length ? ` (lines ${m.rows.rejectedLines.slice(0, 20).join(", ")})` : ""}${m.kept.rule === "all" ? "" : html`. ${keptNote(m.kept)}`}</dd>
${d.licenses?.length ? html`<dt>Licence</dt><dd>${d.licenses.map((l) => (l.path ? html`<a href="${l.path}">${l.name}</a>` : l.name))}</dd>` : ""}
<dt>Download</dt><dd><a href="${href(ctx, `data/${m.id}.csv`)}" download>${m.id}.csv</a> (the file as published here)</dd>
</dl>
${m.metaInferred ? html`<p class="notice">This file came without a metadata file, so the columns were read by their contents: ${m.indicators.map((i) => i.column).join(", ")} as numbers and ${m.filters.map((f) => f.column).join(", ") || "none"} as breakdowns.</p>` : ""}
${m.rateNote ? html`<p class="notice">${m.rateNote}</p>` : ""}
${shapeNotice(m)}
${d.notes?.length ? html`<section aria-labelledby="notes-heading"><h2 id="notes-heading">Things you need to know</h2><ul>${d.notes.map((n) => html`<li>${n}</li>`)}</ul></section>` : ""}
${m.warnings.length ? html`<section aria-labelledby="warnings-heading" class="warnings"><h2 id="warnings-heading">How this file departs from the standard</h2><ul>${m.warnings.map((w) => html`<li><code>${formatProblem(w)}</code></li>`)}</ul></section>` : ""}
${shown.filter((v) => !isComparison(v)).map((v) => chartFigure(v, 2, toolLinks(ctx, m.id, m.descriptor.released)))}
${comparisonsSection(shown.filter(isComparison), (v) => chartFigure(v, 3, toolLinks(ctx, m.id, m.descriptor.released)))}
${moreViewsSection(ctx, m, path, linked, shown.length)}
${m.areas ? areaMapViews(m.areas, (a) => href(ctx, areaPath(a))).map((v) => chartFigure(v, 2)) : ""}
${m.areas?.unplaced.length ? html`<p class="notice">Rows on no local area's page, as the local authority lookup knows no area by their code: ${m.areas.unplaced.join("; ")}. Their figures are in the file as published, offered under Download above.</p>` : ""}
${placesSection(ctx, path, m.placePages)}
${figuresSection(ctx, m)}
<section aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2><ol class="sources">${d.sources.map((s) => fullCitation(s, true))}</ol></section>
<section aria-labelledby="cite-heading"><h2 id="cite-heading">Cite this dataset</h2><p class="cite-text">${datasetCitation(ctx, m)}</p></section>`;
      return layout(ctx, { title: d.title, description: d.description, main, current: "datasets", ...(preview ? { preview } : {}) });
    },
  };
}

function aboutPage(models: DatasetModel[]): Page {
  const path = "about/";
  return {
    path,
    render: (assets) => {
      const ctx = { ...assets, path };
      const main = html`<h1>About the data</h1>
<section aria-labelledby="method-heading">
<h2 id="method-heading">How the figures are gathered and shown</h2>
<p>Every figure is copied exactly as a publication gives it: police answers to Freedom of Information requests, official answers to the London Assembly, official statistics and the press reports that first published them. Nothing is rounded, estimated or filled in. Each row of data names its source, and each source below gives its title, publisher, date, address and where in it the figure appears.</p>
<p>Sources count different things: Safer Schools Officers, officers based full- or part-time in schools, officers with full-time school roles. Each definition is drawn as its own line and never joined to another. Periods are placed on a real time line, so an academic year and a calendar year sit where they fall.</p>
<p>Figures that a publication gives as approximate are marked as estimates; figures read only from a second-hand report that could not be checked against the original are marked unconfirmed. Both are drawn with hollow markers.</p>
<p>Where there are many responding police forces, coverage differs from year to year; the England and UK figures show how many forces were asked and answered, so totals are not compared as if they covered the same forces.</p>
</section>
<section aria-labelledby="symbols-heading">
<h2 id="symbols-heading">Symbols and what they mean</h2>
<p>A cell that is not a number keeps its reason. It is shown in words wherever the number would be, and it is never counted as zero or used in a total, rate or change.</p>
<table class="data-table"><caption>Symbols used in the data</caption>
<thead><tr><th scope="col">Symbol</th><th scope="col">Meaning</th><th scope="col">Used in</th></tr></thead>
<tbody>${SYMBOLS.map((s) => html`<tr><th scope="row">${s.symbol === "" ? "(blank)" : html`<span class="symbol">${s.symbol}</span>`}</th><td>${s.meaning}</td><td>${s.legacy ? "older files" : "GSS standard"}</td></tr>`)}
${Object.entries({ e: "estimated", p: "provisional", r: "revised", u: "low-reliability" } as const).map(([letter, flag]) => html`<tr><th scope="row"><span class="symbol">${letter}</span> after a number</th><td>${FLAG_LABEL[flag]}</td><td>GSS standard</td></tr>`)}
</tbody></table>
</section>
<section aria-labelledby="all-sources-heading">
<h2 id="all-sources-heading">Sources</h2>
<ol class="sources">${uniqueSources(models.flatMap((m) => m.descriptor.sources)).map((s) => fullCitation(s, true))}</ol>
</section>`;
      return layout(ctx, { title: "About the data", description: "How the figures are gathered, what the symbols mean, and every source.", main, current: "about" });
    },
  };
}

/** Every page of the site; `leftOut` names the data files a build skipped for their errors. */
export function sitePages(models: DatasetModel[], leftOut: LeftOut[] = []): Page[] {
  const places = models.flatMap((m) => m.placePages.map((p) => placePage(m, datasetPath(m.id), p)));
  const views = models.flatMap((m) => m.views.map((v) => viewPage(m, datasetPath(m.id), v)));
  return [homePage(models, leftOut), ...models.map(datasetPage), ...views, ...places, ...areaPages(models), ...forcePages(models), aboutPage(models), ...embedPages(models, viewHome)];
}

/** Where a view's embed page sends a reader for its notes and sources: the dataset page when it draws the view, else the view's own page. */
function viewHome(m: DatasetModel, view: View): string {
  const path = datasetPath(m.id);
  if (datasetViews(m).shown.some((v) => v.id === view.id)) return `${path}#${view.id}`;
  return m.views.some((v) => v.id === view.id) ? viewPath(path, m.id, view.id) : `${path}#${view.id}`;
}
