import { distinctName } from "../geo/authorities.ts";
import { regionOf } from "../geo/regions.ts";
import type { Authority } from "../geo/types.ts";
import { areaMapViews } from "../stats/area-map.ts";
import { html, type Markup } from "../text/html.ts";
import { chartFigure } from "./figure.ts";
import { forceLinks } from "./force-pages.ts";
import { href, type PageContext } from "./layout.ts";
import type { DatasetModel } from "./model.ts";
import { areaPath } from "./paths.ts";
import { areaFiles, areasWithFigures } from "./places.ts";

/**
 * "Find your area" on the home page: a type-ahead over names, ONS codes and DfE numbers (turned
 * on by the browser code), a plain list of links by region that works without it, and the hex map
 * of the first mapped indicator. The home page calls this one function for the whole section.
 */

/** Every code a reader may type for an area: its ONS codes, old and new, and its DfE number. */
function codesOf(authority: Authority): string {
  return [...new Set([authority.id, ...authority.codes.map((c) => c.code), authority.number])].join(" ");
}

function finder(ctx: PageContext, areas: readonly Authority[]): Markup {
  return html`<form class="place-finder" data-place-finder hidden>
<label for="area-input">Find your area by name, ONS code or DfE number</label>
<input id="area-input" name="area" list="area-options" autocomplete="off" spellcheck="false">
<datalist id="area-options">${areas.map((a) => html`<option value="${distinctName(a)} (${a.id})" data-codes="${codesOf(a)}" data-href="${href(ctx, areaPath(a))}"></option>`)}</datalist>
<button type="submit">Show</button>
<p class="place-error" role="status" aria-live="polite"></p>
</form>`;
}

function listByRegion(ctx: PageContext, areas: readonly Authority[]): Markup {
  const regions = new Map<string, Authority[]>();
  for (const a of areas) {
    const name = regionOf(a).name;
    regions.set(name, [...(regions.get(name) ?? []), a]);
  }
  return html`<details class="place-list"><summary>All ${areas.length} local areas, by region</summary>
${[...regions].sort(([a], [b]) => a.localeCompare(b)).map(([region, list]) => html`<h3>${region}</h3><ul>${list.map((a) => html`<li><a href="${href(ctx, areaPath(a))}">${distinctName(a)}</a> <span class="meta">${a.id} · ${a.number}</span></li>`)}</ul>`)}
</details>`;
}

/** The home page's section for local areas; nothing when no file has local authority figures. */
export function homeAreas(ctx: PageContext, models: readonly DatasetModel[]): Markup | "" {
  const files = areaFiles(models);
  const areas = areasWithFigures(files);
  if (!areas.length) return "";
  const mapped = files.find((f) => f.map.length > 0);
  const map = mapped ? areaMapViews(mapped, (a) => href(ctx, areaPath(a)))[0] : undefined;
  return html`<section class="places home-areas" aria-labelledby="areas-heading" data-places>
<h2 id="areas-heading">Your local area</h2>
<p>Each of ${areas.length} local authorities has a page with its figures from every file, beside its region and England, and its rank among all authorities.</p>
${finder(ctx, areas)}
${listByRegion(ctx, areas)}
${forceLinks(ctx, models)}
${map ? chartFigure(map, 3) : ""}
</section>`;
}
