import { sourceLink } from "../data/citation.ts";
import type { Source } from "../data/types.ts";
import type { RatioTrendView, TrendView, View } from "../stats/view-types.ts";
import { formatEventDate } from "../text/dates.ts";
import { html, type Markup } from "../text/html.ts";
import { toolLinks } from "./chart-tools.ts";
import { chartFigure } from "./figure.ts";
import { href, type PageContext } from "./layout.ts";
import type { DatasetModel } from "./model.ts";
import { datasetPath } from "./paths.ts";
import { countryClaim, londonClaim, ratioClaim, stripSearchClaim, type Claim } from "./story-sentences.ts";
import { viewPath } from "./view-pages.ts";

/**
 * The home page's story, in the order a reader needs it: London's officers and the end of the
 * role, England and the UK, then who school discipline and policing fall on. Which files and
 * views tell it is chosen here; every figure in its sentences comes from those files.
 */

/** The files and views the story reads, and the groups whose ratios it quotes. */
const STORY = {
  london: "london-officers",
  country: "england-uk-officers",
  exclusions: "exclusions-by-characteristic-2011-2017",
  exclusionsChart: "permanent-by-ethnicity-major-groups-ratio-over-time",
  /** Each ratio quoted: its view, its group, and whether the page's summary repeats it. */
  ratios: [
    ["permanent-by-ethnicity-minor-groups", "Black Caribbean", true],
    ["permanent-by-ethnicity-major-groups", "Black", false],
    ["permanent-by-sen-provision", "SEN with a statement or EHC plan", true],
    ["permanent-by-free-school-meal-eligibility", "Eligible for free school meals", true],
  ],
  stripSearch: "strip-search-children",
  stripSearchChart: "strip-search-by-ethnicity",
} as const;

/** One part of the story: its claims in brief, and the section that shows them. */
export interface StoryPart {
  id: string;
  heading: string;
  claims: Claim[];
  /** The claims the page's summary repeats: the few a reader needs first. */
  brief: Claim[];
  /** The ids of the charts it draws, so the home page does not draw them twice. */
  views: string[];
  body: Markup;
}

/** The claim's sentence with its sources, each a link to the publication. */
function claimMarkup(claim: Claim, sources: readonly Source[]): Markup {
  const cited = claim.sources.map((id) => sourceLink(sources.find((s) => s.id === id), id));
  return html`<p class="claim">${claim.text} <span class="claim-sources">${cited.length === 1 ? "Source" : "Sources"}: ${cited.map((c, i) => (i ? html`; ${c}` : c))}.</span></p>`;
}

function find(models: readonly DatasetModel[], id: string): DatasetModel | undefined {
  return models.find((m) => m.id === id);
}

function viewOf<K extends View["kind"]>(m: DatasetModel, id: string, kind: K): Extract<View, { kind: K }> | undefined {
  return m.views.find((v): v is Extract<View, { kind: K }> => v.id === `${m.id}-${id}` && v.kind === kind);
}

function figure(ctx: PageContext, m: DatasetModel, view: View): Markup {
  return html`${chartFigure(view, 3, toolLinks(ctx, m.id, m.descriptor.released))}
<p class="more"><a href="${href(ctx, viewPath(datasetPath(m.id), m.id, view.id))}">${view.title}: the chart on its own page</a> · <a href="${href(ctx, datasetPath(m.id))}">${m.descriptor.title}: every figure, note and source</a></p>`;
}

function londonPart(ctx: PageContext, m: DatasetModel): StoryPart | null {
  const view = m.home.find((v): v is TrendView => v.kind === "trend");
  const claim = view ? londonClaim(view) : null;
  if (!view || !claim) return null;
  const events = m.descriptor.annotations ?? [];
  return {
    id: "story-london",
    heading: "London's Safer Schools Officers",
    claims: [claim],
    brief: [claim],
    views: [view.id],
    body: html`${claimMarkup(claim, m.descriptor.sources)}
${events.length ? html`<h3>What happened</h3><ol class="events">${events.map((e) => html`<li><strong>${formatEventDate(e.date)}</strong>: ${e.label}. <span class="claim-sources">${(e.sources ?? []).map((id, i) => html`${i ? "; " : ""}${sourceLink(m.descriptor.sources.find((s) => s.id === id), id)}`)}</span></li>`)}</ol>` : ""}
${figure(ctx, m, view)}`,
  };
}

function countryPart(ctx: PageContext, m: DatasetModel): StoryPart | null {
  const claim = countryClaim(m);
  const view = m.home.find((v) => v.kind === "trend");
  if (!claim || !view) return null;
  return { id: "story-country", heading: "Across England and the UK", claims: [claim], brief: [claim], views: [view.id], body: html`${claimMarkup(claim, m.descriptor.sources)}${figure(ctx, m, view)}` };
}

function whoPart(ctx: PageContext, exclusions: DatasetModel | undefined, strip: DatasetModel | undefined): StoryPart | null {
  const ratios = exclusions
    ? STORY.ratios.flatMap(([id, group, brief]) => {
        const view = viewOf(exclusions, `${id}-ratio-over-time`, "ratio-trend");
        const claim = view ? ratioClaim(view, group) : null;
        return view && claim ? [{ view, claim, brief }] : [];
      })
    : [];
  const chart = exclusions ? viewOf(exclusions, STORY.exclusionsChart, "ratio-trend") : undefined;
  const strips = strip ? stripSearchClaim(strip) : null;
  const stripChart = strip ? viewOf(strip, STORY.stripSearchChart, "shares") : undefined;
  if (!ratios.length && !strips) return null;
  return {
    id: "story-who",
    heading: "Who school discipline and policing fall on",
    claims: [...ratios.map((r) => r.claim), ...(strips ? [strips] : [])],
    brief: [...ratios.filter((r) => r.brief).map((r) => r.claim), ...(strips ? [strips] : [])],
    views: [chart?.id, stripChart?.id].filter((id): id is string => id !== undefined),
    body: html`${ratios.length ? html`<h3>Exclusions from school, England</h3>${ratios.map((r) => claimMarkup(r.claim, r.view.sources))}${moreRatios(ctx, exclusions!, ratios.map((r) => r.view))}${chart ? figure(ctx, exclusions!, chart) : ""}` : ""}
${strips ? html`<h3>Strip searches of children</h3>${claimMarkup(strips, strip!.descriptor.sources)}${stripChart ? figure(ctx, strip!, stripChart) : ""}` : ""}`,
  };
}

/** Links to each ratio chart the sentences quote, one per breakdown. */
function moreRatios(ctx: PageContext, m: DatasetModel, views: readonly RatioTrendView[]): Markup {
  const unique = [...new Map(views.map((v) => [v.id, v])).values()];
  return html`<ul class="more-links">${unique.map((v) => html`<li><a href="${href(ctx, viewPath(datasetPath(m.id), m.id, v.id))}">${v.title}</a></li>`)}</ul>`;
}

/** The story's parts whose files are present, in order; empty when none is. */
export function storyParts(ctx: PageContext, models: readonly DatasetModel[]): StoryPart[] {
  const london = find(models, STORY.london);
  const country = find(models, STORY.country);
  return [
    london ? londonPart(ctx, london) : null,
    country ? countryPart(ctx, country) : null,
    whoPart(ctx, find(models, STORY.exclusions), find(models, STORY.stripSearch)),
  ].filter((p): p is StoryPart => p !== null);
}

/** The story in brief: each part's leading sentences, the last followed by a link to the part itself. */
export function storyInBrief(parts: readonly StoryPart[], areas: boolean): Markup {
  return html`<section class="in-brief" aria-labelledby="in-brief-heading">
<h2 id="in-brief-heading">The figures in brief</h2>
<ul class="story-claims">${parts.flatMap((p) => p.brief.map((c, i) => html`<li><p>${c.text}</p>${i === p.brief.length - 1 ? html`<p><a href="#${p.id}">${p.heading}: the charts and sources</a></p>` : ""}</li>`))}
${areas ? html`<li><p>Every local authority in England has a page of its own, with its figures beside its region and England.</p><p><a href="#areas-heading">Find your area</a></p></li>` : ""}</ul>
</section>`;
}

/** Each part as a section of the page. */
export function storySections(parts: readonly StoryPart[]): Markup {
  return html`${parts.map((p) => html`<section class="story-part" id="${p.id}" aria-labelledby="${p.id}-heading"><h2 id="${p.id}-heading">${p.heading}</h2>${p.body}</section>`)}`;
}

