import { authorityById, distinctName } from "../geo/authorities.ts";
import type { Authority } from "../geo/types.ts";
import type { AreaData } from "../stats/areas.ts";
import type { PlaceComparisons } from "../stats/comparison.ts";
import { html, type Markup } from "../text/html.ts";
import { comparisonsSection } from "./comparisons-section.ts";
import { chartFigure } from "./figure.ts";
import { href, layout, type Page, type PageContext } from "./layout.ts";
import type { DatasetModel } from "./model.ts";
import { areaLeadView, areaMain } from "./area-page.ts";
import { areaPath } from "./paths.ts";

/**
 * Pages for places below the widest level (regions, local authorities): each place's comparisons
 * beside its region's and the country's, reachable by a list of links and, in the browser, a
 * type-ahead over names and codes.
 */

/** Page path of a place within a dataset. */
export function placePath(datasetPath: string, place: PlaceComparisons): string {
  return `${datasetPath}places/${place.slug}/`;
}

/** The place finder on a dataset page: a searchable field in the browser, a list of links without it. */
export function placesSection(ctx: PageContext, datasetPath: string, places: PlaceComparisons[]): Markup {
  if (places.length === 0) return html``;
  const listId = "place-options";
  return html`<section class="places" aria-labelledby="places-heading" data-places>
<h2 id="places-heading">Your area</h2>
<p>The same comparisons for each of ${places.length} ${places.length === 1 ? "place" : "places"}, beside ${places.some((p) => p.region) ? "its region and " : ""}the national figure.</p>
<form class="place-finder" data-place-finder hidden>
<label for="place-input">Find a place by name or code</label>
<input id="place-input" name="place" list="${listId}" autocomplete="off" spellcheck="false">
<datalist id="${listId}">${places.map((p) => html`<option value="${p.name}${p.code && p.code !== "x" ? ` (${p.code})` : ""}" data-href="${href(ctx, placePath(datasetPath, p))}"></option>`)}</datalist>
<button type="submit">Show</button>
<p class="place-error" role="status" aria-live="polite"></p>
</form>
<details class="place-list"><summary>All ${places.length} ${places.length === 1 ? "place" : "places"}</summary>
<ul>${places.map((p) => html`<li><a href="${href(ctx, placePath(datasetPath, p))}">${p.name}</a>${p.code && p.code !== "x" ? html` <span class="meta">${p.code}</span>` : ""} <span class="meta">${p.level}</span></li>`)}</ul>
</details>
</section>`;
}

/** One place's page: its comparisons, each table carrying the region's and the country's rates. */
export function placePage(m: DatasetModel, datasetPath: string, place: PlaceComparisons): Page {
  const path = placePath(datasetPath, place);
  // Every place's charts share ids; its picture is named for the place so each page shows its own.
  const lead = place.views[0];
  const preview = lead ? { ...lead, id: `${m.id}-${place.slug}-${lead.id}` } : undefined;
  return {
    path,
    ...(preview ? { preview } : {}),
    render: (assets) => {
      const ctx = { ...assets, path };
      const title = `${m.descriptor.title}: ${place.name}`;
      const main = html`<p class="breadcrumb"><a href="${href(ctx, "")}">Home</a> › <a href="${href(ctx, datasetPath)}">${m.descriptor.title}</a> › ${place.name}</p>
<h1>${place.name}</h1>
<p class="lede">${m.descriptor.title}, for ${place.name} (${place.level}${place.code && place.code !== "x" ? `, ${place.code}` : ""})${place.region ? `, beside ${place.region}` : ""} and the national figure. Every count and rate is as published for this place; small counts give "too few to say".</p>
${comparisonsSection(place.views, (v) => chartFigure(v, 3))}
<p><a href="${href(ctx, datasetPath)}">All figures, notes and sources for ${m.descriptor.title}</a></p>`;
      return layout(ctx, { title, description: `${m.descriptor.title} for ${place.name}`, main, current: "datasets", ...(preview ? { preview } : {}) });
    },
  };
}

/** Every file's figures for local area pages, in the order the files are listed. */
export function areaFiles(models: readonly DatasetModel[]): AreaData[] {
  return models.flatMap((m) => (m.areas ? [m.areas] : []));
}

/** Every authority some file has figures for, by name: each has a page. */
export function areasWithFigures(files: readonly AreaData[]): Authority[] {
  const ids = new Set(files.flatMap((f) => [...f.indicators.flatMap((i) => Object.keys(i.areas)), ...f.breakdowns.flatMap((b) => Object.keys(b.areas))]));
  return [...ids]
    .map((id) => authorityById(id))
    .filter((a): a is Authority => !!a)
    .sort((a, b) => distinctName(a).localeCompare(distinctName(b)));
}

/** One page per local area, at an address named by its ONS code and name, with every file's figures for it. */
export function areaPages(models: readonly DatasetModel[]): Page[] {
  const files = areaFiles(models);
  return areasWithFigures(files).map((authority) => {
    const path = areaPath(authority);
    const preview = areaLeadView(authority, files);
    return {
      path,
      ...(preview ? { preview } : {}),
      render: (assets) => {
        const ctx = { ...assets, path };
        const name = distinctName(authority);
        return layout(ctx, {
          title: `${name}: local area figures`,
          description: `Published figures for ${name}, beside its region and England, with its rank among authorities.`,
          main: areaMain(ctx, authority, files),
          current: "datasets",
          ...(preview ? { preview } : {}),
        });
      },
    };
  });
}
