import type { View } from "../stats/view-types.ts";
import { embedSnippet } from "../text/embed-snippet.ts";
import { html, type Markup } from "../text/html.ts";
import { citeText, dataDate } from "./cite-this.ts";
import { embedFallbackHeight } from "./embed-fit.ts";
import { datasetPath } from "./paths.ts";
import { rootPrefix, SITE_NAME, type PageContext } from "./layout.ts";

/**
 * The tools under a chart's title: download links and the embed page work without script;
 * the chart/table switch, copy link, PNG and copy buttons are marked `data-needs-js` and
 * shown by the browser code.
 */

/** What the tools need to know about the page they sit on. */
export interface ToolLinks {
  /** Relative path from the page to the site root, e.g. `../../`. */
  root: string;
  /** The dataset the view comes from, for the full-dataset download. */
  dataset: string;
  /** The site's public address ending in `/`, when set at build time. */
  siteUrl?: string;
  /** The dataset's release date, when its descriptor gives one, for "cite this". */
  released?: string;
}


/** The tools' links for a chart on the page `ctx`, from dataset `dataset`. */
export function toolLinks(ctx: PageContext, dataset: string, released?: string): ToolLinks {
  return { root: rootPrefix(ctx.path), dataset, ...(ctx.siteUrl ? { siteUrl: ctx.siteUrl } : {}), ...(released ? { released } : {}) };
}

/** Where a view's and a dataset's downloads are written, from the site root. */
export const downloadPath = {
  viewCsv: (viewId: string) => `downloads/views/${viewId}.csv`,
  viewReadme: (viewId: string) => `downloads/views/${viewId}-readme.txt`,
  viewZip: (viewId: string) => `downloads/views/${viewId}.zip`,
  viewSvg: (viewId: string) => `downloads/views/${viewId}.svg`,
  datasetCsv: (datasetId: string) => `downloads/datasets/${datasetId}.csv`,
  datasetReadme: (datasetId: string) => `downloads/datasets/${datasetId}-readme.txt`,
  datasetZip: (datasetId: string) => `downloads/datasets/${datasetId}.zip`,
};

/** The embed page of a view, from the site root. */
export function embedPath(viewId: string): string {
  return `embed/${viewId}/`;
}

/** "Cite this" for a chart: its title, the site, the date of its data, its address on its dataset's page, and the original publishers. */
function viewCitation(view: View, links: ToolLinks): string {
  return citeText({
    title: view.title,
    site: SITE_NAME,
    data: dataDate(view.sources, links.released),
    address: `${links.siteUrl ?? links.root}${datasetPath(links.dataset)}#${view.id}`,
    publishers: view.sources.map((s) => s.publisher).filter(Boolean),
  });
}

/** The tools for one chart figure. */
export function chartTools(view: View, links: ToolLinks): Markup {
  const id = view.id;
  const embed = embedPath(id);
  const height = embedFallbackHeight(view);
  const snippet = links.siteUrl ? embedSnippet(links.siteUrl + embed, `Chart: ${view.title}`, height) : "";
  const named = html`<span class="visually-hidden">: ${view.title}</span>`;
  return html`<div class="chart-tools" data-tools="${id}">
<div class="chart-switch" role="group" aria-label="Show ${view.title} as" data-needs-js hidden><button type="button" data-show="chart" aria-pressed="true">Chart</button><button type="button" data-show="table" aria-pressed="false">Table</button></div>
<details class="tool"><summary>Download${named}</summary><ul>
<li><a href="${links.root}${downloadPath.viewCsv(id)}" download="${id}.csv">Figures in this chart (CSV)</a></li>
<li><a href="${links.root}${downloadPath.viewReadme(id)}" download="${id}-readme.txt">Title, sources, notes and symbols for these figures (text)</a></li>
<li><a href="${links.root}${downloadPath.viewZip(id)}" download="${id}.zip">Figures with their readme (ZIP)</a></li>
<li><a href="${links.root}${downloadPath.datasetZip(links.dataset)}" download="${links.dataset}.zip">Full dataset with its readme (ZIP)</a></li>
<li><a href="${links.root}${downloadPath.viewSvg(id)}" download="${id}.svg">Chart image (SVG)</a></li>
<li data-needs-js hidden><button type="button" class="link-button" data-png="${links.root}${downloadPath.viewSvg(id)}" data-name="${id}.png">Chart image (PNG)</button></li>
</ul></details>
<button type="button" class="tool" data-copy-link data-needs-js hidden>Copy link${named}</button>
<details class="tool"><summary>Cite this${named}</summary><p class="cite-text">${viewCitation(view, links)}</p></details>
<details class="tool"><summary>Embed${named}</summary><div class="embed-box">
<p>Paste this code into your page to show the chart, with its sources, at the width of your column. <a href="${links.root}${embed}">The chart on its own</a>.</p>
<label for="${id}-embed-code">Embed code</label>
<textarea id="${id}-embed-code" class="embed-code" rows="5" readonly data-embed="${links.root}${embed}" data-embed-title="Chart: ${view.title}" data-embed-height="${height}"${snippet ? "" : html` data-needs-js hidden`}>${snippet}</textarea>
<button type="button" data-copy-embed data-needs-js hidden>Copy embed code</button>
</div></details>
<p class="tool-status" role="status"></p>
</div>`;
}
