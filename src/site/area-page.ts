import { uniqueSources } from "../data/citation.ts";
import { changeStatements } from "../geo/changes.ts";
import { distinctName, tierOf } from "../geo/authorities.ts";
import { londonPartOf, regionOf } from "../geo/regions.ts";
import type { Authority } from "../geo/types.ts";
import { rankOf, rankWords } from "../stats/area-rank.ts";
import { areaBreakdownView, areaTrendView } from "../stats/area-views.ts";
import type { AreaData } from "../stats/areas.ts";
import type { View } from "../stats/view-types.ts";
import { html, type Markup } from "../text/html.ts";
import { fullCitation } from "./cite.ts";
import { chartFigure } from "./figure.ts";
import { href, type PageContext } from "./layout.ts";
import { datasetPath } from "./paths.ts";

/**
 * The body of one local area's page: what the area is, what changed and when, where it stands
 * among all authorities in each indicator's latest year, then each file's trends (the area beside
 * its region and England) and breakdowns, what the files do not have for it, and the sources.
 */

/** One file's part of an area's page: its charts, and its rank sentences. */
interface FilePart {
  data: AreaData;
  views: View[];
  ranks: string[];
}

function filePart(data: AreaData, authority: Authority): FilePart {
  const name = distinctName(authority);
  const trends = data.indicators.flatMap((i) => {
    const view = areaTrendView(data, i, authority);
    return view ? [{ view, rank: i.ranked ? `${i.indicator.label}: ${rankWords(rankOf(i, authority.id), name)}` : null }] : [];
  });
  const breakdowns = data.breakdowns.flatMap((b) => areaBreakdownView(data, b, authority) ?? []);
  return { data, views: [...trends.map((t) => t.view), ...breakdowns], ranks: trends.flatMap((t) => t.rank ?? []) };
}

/** The end of the latest period a file has figures for authorities in. */
function latestEnd(data: AreaData): string {
  return data.indicators.flatMap((i) => i.periods.map((p) => p.end)).sort().pop() ?? "";
}

/** The area in a sentence: its kind, region, codes. */
function identity(authority: Authority): Markup {
  const part = londonPartOf(authority);
  const kind = tierOf(authority.id);
  const article = /^[aeiou]/i.test(kind) ? "An" : "A";
  return html`${article} ${kind} in ${regionOf(authority).name}${part ? ` (${part.name})` : ""}. ONS code ${authority.id}${authority.codes.length > 1 ? ` (earlier ${authority.codes.filter((c) => c.code !== authority.id).map((c) => c.code).join(", ")})` : ""}; the Department for Education's number ${authority.number}.${authority.to ? ` The area ended after ${authority.to}.` : ""}${authority.from ? ` The area began in ${authority.from}.` : ""}`;
}

function changesSection(authority: Authority): Markup | "" {
  const statements = changeStatements(authority);
  if (!statements.length) return "";
  return html`<section aria-labelledby="changes-heading"><h2 id="changes-heading">What changed and when</h2>
<ul>${statements.map((s) => html`<li>${s.text}${s.citations.length ? html` <span class="meta">(${s.citations.map((c) => c.title).join("; ")})</span>` : ""}</li>`)}</ul></section>`;
}


/** Each file's part of the page, newest file first: a reader asks first how the area stands now. */
function fileParts(authority: Authority, files: readonly AreaData[]): FilePart[] {
  return [...files].sort((a, b) => latestEnd(b).localeCompare(latestEnd(a))).map((d) => filePart(d, authority));
}

/** The chart an area's page leads with, named for the area: every area's charts share ids, its picture must not. */
export function areaLeadView(authority: Authority, files: readonly AreaData[]): View | undefined {
  const lead = fileParts(authority, files).find((p) => p.views.length > 0)?.views[0];
  return lead ? { ...lead, id: `area-${authority.id}-${lead.id}` } : undefined;
}

/** The main content of the area's page, from every file with area figures. */
export function areaMain(ctx: PageContext, authority: Authority, files: readonly AreaData[]): Markup {
  const name = distinctName(authority);
  const parts = fileParts(authority, files);
  const shown = parts.filter((p) => p.views.length > 0);
  const absent = parts.filter((p) => p.views.length === 0);
  const ranks = shown.flatMap((p) => p.ranks);
  return html`<p class="breadcrumb"><a href="${href(ctx, "")}">Home</a> › <a href="${href(ctx, "#areas-heading")}">Local areas</a> › ${name}</p>
<h1>${name}</h1>
<p class="lede">${identity(authority)} Every figure below is as the Department for Education published it for ${name}, drawn beside ${regionOf(authority).name} and England; a missing figure is shown as missing, with its reason, never as zero.</p>
${changesSection(authority)}
${ranks.length ? html`<section aria-labelledby="rank-heading"><h2 id="rank-heading">Where ${name} stands</h2><p>Among all local authorities with a figure, in each file's latest year (1st is the highest):</p><ul>${ranks.map((r) => html`<li>${r}</li>`)}</ul></section>` : ""}
${shown.map(
  (p) => html`<section class="area-file" aria-labelledby="${p.data.datasetId}-area-heading"><h2 id="${p.data.datasetId}-area-heading">${p.data.title}</h2>
${p.views.map((v) => chartFigure(v, 3))}
<p><a href="${href(ctx, datasetPath(p.data.datasetId))}">Every authority's figures, notes and sources for this file</a></p></section>`,
)}
${absent.length ? html`<section aria-labelledby="absent-heading"><h2 id="absent-heading">Not in these files</h2><ul>${absent.map((p) => html`<li><a href="${href(ctx, datasetPath(p.data.datasetId))}">${p.data.title}</a>: no figures for ${name}${authority.to ? ` (the area ended after ${authority.to})` : authority.from ? ` (the area began in ${authority.from})` : ""}.</li>`)}</ul></section>` : ""}
<section aria-labelledby="area-sources-heading"><h2 id="area-sources-heading">Sources</h2><ol class="sources">${uniqueSources(shown.flatMap((p) => p.views.flatMap((v) => v.sources))).map((s) => fullCitation(s, true))}</ol></section>`;
}
