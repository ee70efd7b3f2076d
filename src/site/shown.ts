import type { View } from "../stats/view-types.ts";

/**
 * Which of a dataset's charts its page draws. A big file makes dozens of views; a page of all
 * of them is megabytes that no reader scrolls through. The page draws a bounded number, leading
 * with comparisons between groups, then trends over time, then the rest; every other view has a
 * page of its own one link away.
 */

/** About a dozen charts: enough to answer the usual questions, few enough for a page to stay light. */
export const MAX_SHOWN = 12;

/** How a view is placed: the publisher's featured views, comparisons, trends over time, the rest. */
export type ShownTier = "featured" | "comparison" | "over-time" | "other";

const TIER_ORDER: ShownTier[] = ["featured", "comparison", "over-time", "other"];

/** Of `max` places, at most this many go to each tier while another tier still has views to show. */
const TIER_SHARE: Record<ShownTier, number> = { featured: 1, comparison: 0.5, "over-time": 0.35, other: 0.15 };

/** Kinds that compare groups at one time, and kinds drawn over time. */
const COMPARISON_KINDS = new Set(["comparison", "shares"]);
const OVER_TIME_KINDS = new Set(["multiples", "trend", "ratio-trend"]);

/** The groups readers most often ask about first: ethnicity, special educational needs, free school meals. */
const ASKED_FIRST = [/ethnic/i, /\bsen\b|special educational/i, /free school meal|\bfsm\b/i];

/** The tier of one view; `featured` holds the ids the descriptor features. */
export function tierOf(view: View, featured: ReadonlySet<string>): ShownTier {
  if (featured.has(view.id)) return "featured";
  if (COMPARISON_KINDS.has(view.kind)) return "comparison";
  if (OVER_TIME_KINDS.has(view.kind)) return "over-time";
  return "other";
}

/** What a view is broken down by, in words; "" for a view of one line or one figure. */
export function breakdownOf(view: View): string {
  if ("breakdown" in view) return view.breakdown;
  if (view.kind === "breakdown") return view.by;
  return "";
}

function measureOf(view: View): string {
  return "measure" in view ? view.measure.id : "";
}

function askedRank(view: View): number {
  const by = breakdownOf(view);
  const found = ASKED_FIRST.findIndex((pattern) => pattern.test(by));
  return found < 0 ? ASKED_FIRST.length : found;
}

/**
 * Views in the order a page leads with them: featured views as listed; within any other tier, the first measure before the next,
 * the groups readers ask about before the others, then the order the views were made in.
 */
export function rankViews(views: readonly View[], featured: ReadonlySet<string> = new Set()): View[] {
  const measures: string[] = [];
  for (const v of views) if (measureOf(v) && !measures.includes(measureOf(v))) measures.push(measureOf(v));
  // A view of no named measure (a plain trend or breakdown) follows those of the file's measures.
  const measureRank = (v: View) => (measureOf(v) ? measures.indexOf(measureOf(v)) : measures.length);
  const keyed = views.map((view, index) => ({ view, index, tier: TIER_ORDER.indexOf(tierOf(view, featured)), measure: measureRank(view), asked: askedRank(view) }));
  // Featured views keep the descriptor's order.
  keyed.sort((a, b) => a.tier - b.tier || (a.tier === 0 ? 0 : a.measure - b.measure || a.asked - b.asked) || a.index - b.index);
  return keyed.map((k) => k.view);
}

/**
 * The views a page draws, in the order it leads with them, and those it links to, in the order
 * they were made in; when every view fits, all are drawn in the order they were made in.
 * Each tier gets its share of the `max` places while a later tier has views waiting; places a
 * tier cannot fill go to the next tiers, then back to the first.
 */
export function chooseShown(views: readonly View[], featured: ReadonlySet<string> = new Set(), max = MAX_SHOWN, weight?: Weight): { shown: View[]; linked: View[] } {
  const fits = (v: View, chosen: Set<View>) => !weight || chosen.size === 0 || [...chosen, v].reduce((sum, c) => sum + weight.of(c), 0) <= weight.budget;
  if (views.length <= max && views.every((v, i) => fits(v, new Set(views.slice(0, i))))) return { shown: [...views], linked: [] };
  const ranked = rankViews(views, featured);
  const byTier = TIER_ORDER.map((tier) => ranked.filter((v) => tierOf(v, featured) === tier));
  const chosen = new Set<View>();
  byTier.forEach((tierViews, t) => {
    const laterWaiting = byTier.slice(t + 1).some((later) => later.length > 0);
    const share = laterWaiting ? Math.max(1, Math.round(max * TIER_SHARE[TIER_ORDER[t]!])) : max;
    for (const v of tierViews.slice(0, share)) if (chosen.size < max && fits(v, chosen)) chosen.add(v);
  });
  for (const v of ranked) if (chosen.size < max && fits(v, chosen)) chosen.add(v);
  return { shown: ranked.filter((v) => chosen.has(v)), linked: views.filter((v) => !chosen.has(v)) };
}

/** What each drawn chart weighs and how much a page may carry; a chart that would take the page past it goes to its own page. */
export interface Weight {
  of(view: View): number;
  budget: number;
}
