import { kindOf } from "../charts/registry.ts";
import { sourceLink } from "../data/citation.ts";
import type { View } from "../stats/view-types.ts";
import { html } from "../text/html.ts";
import { embedPath } from "./chart-tools.ts";
import { cspMeta } from "./csp.ts";
import { chartDrawings, eventKey, jsonIsland } from "./figure.ts";
import { href, SITE_NAME, type Page, type PageContext } from "./layout.ts";
import type { DatasetModel } from "./model.ts";

/**
 * Embed pages, `embed/<view-id>/`: one chart with its title, sources and a link back, for an
 * iframe in someone else's page. Complete without script; with script the chart fits the
 * iframe's width and the page posts its height to the host (see `client/embed-height.ts`).
 */

function embedPage(view: View, home: string): Page {
  const path = embedPath(view.id);
  return {
    path,
    render: (assets) => {
      const ctx: PageContext = { ...assets, path };
      const titleId = `${view.id}-heading`;
      const doc = html`<!doctype html>
<html lang="en-GB" class="embed">
<head>
<meta charset="utf-8">
${ctx.csp ? cspMeta() : ""}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title} · ${SITE_NAME}</title>
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light">
<base target="_blank">
${ctx.styles.map((s) => html`<link rel="stylesheet" href="${href(ctx, s)}">\n`)}${ctx.scripts.map((s) => html`<script type="module" src="${s.startsWith("/") ? s : href(ctx, s)}"></script>\n`)}</head>
<body>
<main>
<figure class="chart chart-embed" id="${view.id}" aria-labelledby="${titleId}">
<h1 id="${titleId}" class="chart-title">${view.title}</h1>
<p class="chart-subtitle">${view.subtitle}</p>
<div class="chart-svg" data-chart="${view.id}">${chartDrawings(view)}</div>
${eventKey(view)}
<figcaption class="chart-sources"><strong>${view.sources.length === 1 ? "Source" : "Sources"}:</strong> ${view.sources.map((s, i) => html`${i ? "; " : ""}${sourceLink(s, s.id)}`)}. <a href="${href(ctx, home)}">All figures, notes and sources</a> on ${SITE_NAME}. Links open in a new tab.</figcaption>
<details class="embed-table"><summary>The figures as a table</summary>${kindOf(view).table(view)}</details>
<script type="application/json" data-view="${view.id}">${jsonIsland(view)}</script>
</figure>
</main>
</body>
</html>
`;
      return doc.value;
    },
  };
}

/** One embed page for every view on the site; `home` says which page, and where on it, gives the view's notes and sources. */
export function embedPages(models: DatasetModel[], home: (m: DatasetModel, view: View) => string): Page[] {
  const seen = new Set<string>();
  return models.flatMap((m) =>
    [...m.views, ...m.home].flatMap((view) => {
      if (seen.has(view.id)) return [];
      seen.add(view.id);
      return [embedPage(view, home(m, view))];
    }),
  );
}
