import type { Cell, Period } from "../data/types.ts";
import { formatRate } from "../stats/estimate-format.ts";
import { ratioChange } from "../stats/ratio-trend-words.ts";
import type { RatioTrendView, TrendView } from "../stats/view-types.ts";
import { formatPlain } from "../text/number.ts";
import { inSentence } from "../text/words.ts";
import type { DatasetModel } from "./model.ts";
import { pupilsCalled } from "./story-words.ts";

/**
 * The home page's claims as sentences a reporter could quote, each made from the published
 * figures it cites: never typed in, so a corrected figure corrects its sentence. Each returns
 * null when the figures it needs are not there, and the page leaves that claim out.
 */

/** A sentence and the sources of the figures in it. */
export interface Claim {
  text: string;
  sources: string[];
}

interface Dated {
  value: number;
  label: string;
  period: Period;
  source: string | null;
}

/** London's officers: the first count, the last before the role ended, and the end, from the trend by definition. */
export function londonClaim(view: TrendView): Claim | null {
  const points: Dated[] = view.series.flatMap((s) => s.points.flatMap((p) => (p.cell.kind === "value" && !p.cell.flags.length ? [{ value: p.cell.value, label: s.label, period: p.period, source: p.source }] : [])));
  const ended = points.find((p) => /role ended/i.test(p.label));
  const counts = points.filter((p) => p !== ended).sort((a, b) => a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end));
  const first = counts[0];
  const last = [...counts].sort((a, b) => a.period.end.localeCompare(b.period.end)).at(-1);
  if (!first || !last || first === last) return null;
  const count = (p: Dated) => `${formatPlain(p.value)} ${inSentence(p.label.replace(/\s*\(role ended\)\s*$/i, ""))}`;
  const end = ended ? ` The role ended in ${ended.period.label}, when ${count(ended)}.` : "";
  return {
    text: `London's Metropolitan Police had ${count(first)} in ${first.period.label}, and ${count(last)} in ${last.period.label}.${end}`,
    sources: [...new Set([first, last, ...(ended ? [ended] : [])].flatMap((p) => (p.source ? [p.source] : [])))],
  };
}

/** A period label inside a sentence: "spring term 2021/22", "May 2025". */
function periodInSentence(label: string): string {
  return /^(Spring|Summer|Autumn) term/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** One row of a small file, its filters by column and its figures by indicator column. */
interface StoryRow {
  period: string;
  place: string;
  levels: Record<string, string>;
  value: (column: string) => number | null;
  source: string | null;
}

/** The file's rows as the page lists them, read by column name; a file too long for the page to list whole stops the build rather than be told from its first rows. */
export function storyRows(m: DatasetModel): StoryRow[] {
  if (m.figures.rows.length < m.figures.total) {
    throw new Error(`The home page's story reads every row of ${m.id}, but the page lists only ${m.figures.rows.length} of its ${m.figures.total}: tell this part from a chart's view instead.`);
  }
  const offset = m.figures.labels.length - m.filters.length;
  const hasPlace = offset > 1;
  return m.figures.rows.map((r) => {
    const cell = (column: string): Cell | undefined => r.cells[m.indicators.findIndex((i) => i.column === column)];
    return {
      period: r.text[0]!,
      place: hasPlace ? r.text[1]! : "",
      levels: Object.fromEntries(m.filters.map((f, k) => [f.column, r.text[offset + k]!])),
      value: (column: string) => {
        const c = cell(column);
        return c?.kind === "value" && !c.flags.length ? c.value : null;
      },
      source: r.source,
    };
  });
}

/** England's and the UK's latest counts, each with how many forces it covers. */
export function countryClaim(m: DatasetModel): Claim | null {
  const rows = storyRows(m).filter((r) => r.value("officers") !== null);
  const latestIn = (place: string) => rows.filter((r) => r.place === place).at(-1);
  const parts = [latestIn("England"), latestIn("United Kingdom")].flatMap((r) => (r ? [r] : []));
  if (!parts.length) return null;
  const sentence = (r: StoryRow) => {
    const where = r.place === "United Kingdom" ? "Across the UK" : `In ${r.place}`;
    return `${where}, ${formatPlain(r.value("officers")!)} ${inSentence(r.levels.definition ?? "officers")} were counted in ${periodInSentence(r.period)}${coverage(r)}.`;
  };
  return { text: parts.map(sentence).join(" "), sources: parts.flatMap((r) => (r.source ? [r.source] : [])) };
}

/** How many forces a count covers, in words, from whichever coverage figures are published. */
function coverage(r: StoryRow): string {
  const asked = r.value("forces_asked");
  const answered = r.value("forces_responded");
  const silent = r.value("forces_not_responded");
  const none = r.value("forces_without_school_officer");
  if (asked !== null && answered !== null) return `, from the ${answered} of ${asked} forces that answered${none !== null ? `, ${none} of which had no officer in schools` : ""}`;
  if (asked !== null && silent !== null) return `, from ${asked} forces asked, ${silent} of which did not answer`;
  const employing = r.value("forces_with_school_officers");
  return employing !== null ? `, in the ${employing} forces that employed such officers` : "";
}

/** A group's permanent exclusion ratio to the reference group, latest against first, with whether the change is clear. */
export function ratioClaim(view: RatioTrendView, group: string): Claim | null {
  const series = view.series.find((s) => s.key === group);
  const change = series ? ratioChange(series) : null;
  if (!series || !change) return null;
  const times = (v: number) => `${formatRate({ kind: "value", value: v })} times`;
  const how =
    change.overlap === false
      ? `${change.direction === "down" ? "down" : "up"} from ${times(change.first.value)} in ${change.first.period}: a clear ${change.direction === "down" ? "fall" : "rise"}`
      : `against ${times(change.first.value)} in ${change.first.period}: no clear change`;
  const what = inSentence(view.measure.label).replace(/s? per [\d,]+ pupils$/, "");
  return {
    text: `In ${change.last.period}, ${pupilsCalled(series.label)} had a ${what} rate ${times(change.last.value)} that of ${pupilsCalled(view.reference)}, ${how}.`,
    sources: view.sources.map((s) => s.id),
  };
}

/** Who is strip searched: the share described as Black of each count, beside Black children's share of 10 to 17 year olds. */
export function stripSearchClaim(m: DatasetModel): Claim | null {
  const rows = storyRows(m);
  const black = rows.filter((r) => r.value("share_black_pct") !== null);
  const population = rows.find((r) => r.value("share_of_population_pct") !== null);
  const likelihood = rows.find((r) => r.value("likelihood_ratio_up_to") !== null);
  if (!black.length) return null;
  const label = (column: string) => m.indicators.find((i) => i.column === column)?.label ?? column;
  const described = inSentence(label("share_black_pct").replace(/^Share /, ""));
  const sentence = (r: StoryRow, i: number) => {
    const searches = r.value("strip_searches");
    const counted = searches ?? r.value("children_searched");
    const of = `${counted !== null ? `${formatPlain(counted)} ` : ""}${r.levels.measure} in ${r.place} from ${r.levels.period_covered}`;
    const share = i === 0 && population ? `, who are ${population.value("share_of_population_pct")}% of ${label("share_of_population_pct").replace(/^Share of /i, "")}` : "";
    return `Of the ${of}, ${r.value("share_black_pct")}% were ${searches !== null ? "of children " : ""}${described}${share}.`;
  };
  const national = black.filter((r) => r.place !== "London");
  const ordered = [...national, ...black.filter((r) => r.place === "London")];
  const likely = likelihood ? ` Black children were up to ${likelihood.value("likelihood_ratio_up_to")} times as likely to be strip searched as their share of the population would suggest.` : "";
  const used = [...ordered, ...(population ? [population] : []), ...(likelihood ? [likelihood] : [])];
  return { text: ordered.map(sentence).join(" ") + likely, sources: [...new Set(used.flatMap((r) => (r.source ? [r.source] : [])))] };
}
