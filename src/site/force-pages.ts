import { policeForceByCode } from "../geo/police.ts";
import type { PoliceForceArea } from "../geo/types.ts";
import { html, type Markup } from "../text/html.ts";
import { isComparison } from "./comparisons-section.ts";
import { fullCitation } from "./cite.ts";
import { chartFigure } from "./figure.ts";
import { href, layout, type Page, type PageContext } from "./layout.ts";
import type { DatasetModel } from "./model.ts";
import { datasetPath, forcePath } from "./paths.ts";

/**
 * Police force areas as places: where a file publishes figures by force (the Metropolitan
 * Police's Safer Schools Officers, its strip searches of children), the force has a page with
 * those files' charts, each linked to its dataset's notes and sources.
 */

/** Every force some file has figures for, with the files, in the files' order. */
export function forcesWithFigures(models: readonly DatasetModel[]): { force: PoliceForceArea; models: DatasetModel[] }[] {
  const codes = [...new Set(models.flatMap((m) => m.forces))];
  return codes.flatMap((code) => {
    const force = policeForceByCode(code);
    return force ? [{ force, models: models.filter((m) => m.forces.includes(code)) }] : [];
  });
}

function forceMain(ctx: PageContext, force: PoliceForceArea, models: readonly DatasetModel[]): Markup {
  return html`<p class="breadcrumb"><a href="${href(ctx, "")}">Home</a> › <a href="${href(ctx, "#areas-heading")}">Places</a> › ${force.name}</p>
<h1>${force.name}</h1>
<p class="lede">The police force area ${force.code}, in ${force.country}. These files publish figures for this force; each chart is as its file gives it, with its notes and sources on the file's page.</p>
${models.map(
  (m) => html`<section aria-labelledby="${m.id}-force-heading"><h2 id="${m.id}-force-heading">${m.descriptor.title}</h2>
${m.views.filter((v) => !isComparison(v)).map((v) => chartFigure(v, 3))}
<p><a href="${href(ctx, datasetPath(m.id))}">All figures, notes and sources for ${m.descriptor.title}</a></p></section>`,
)}
<section aria-labelledby="force-sources-heading"><h2 id="force-sources-heading">Sources</h2><ol class="sources">${[...new Map(models.flatMap((m) => m.descriptor.sources).map((s) => [s.id, s])).values()].map((s) => fullCitation(s, true))}</ol></section>`;
}

/** One page per police force area some file has figures for. */
export function forcePages(models: readonly DatasetModel[]): Page[] {
  return forcesWithFigures(models).map(({ force, models: files }) => {
    const path = forcePath(force);
    return {
      path,
      render: (assets) => {
        const ctx = { ...assets, path };
        return layout(ctx, { title: force.name, description: `Published figures for the ${force.name} police force area.`, main: forceMain(ctx, force, files), current: "datasets" });
      },
    };
  });
}

/** Links to the force pages, for the home page's places section; nothing when there are none. */
export function forceLinks(ctx: PageContext, models: readonly DatasetModel[]): Markup | "" {
  const forces = forcesWithFigures(models);
  if (!forces.length) return "";
  return html`<p>Police force areas with figures published by force: ${forces.map(({ force }, i) => html`${i ? ", " : ""}<a href="${href(ctx, forcePath(force))}">${force.name}</a>`)}.</p>`;
}
