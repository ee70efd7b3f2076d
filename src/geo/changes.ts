/**
 * What changed for an area and when, in words a page can print: a series is never joined across a
 * change that made new areas, and a change of code alone is said but does not break the series.
 */

import { utcFormat } from "d3-time-format";
import { authorityById, distinctName } from "./authorities.ts";
import { LOOKUP } from "./lookup.ts";
import type { AreaChange, Authority, Citation } from "./types.ts";

const formatDay = utcFormat("%-d %B %Y");

/** "1 April 2019" for "2019-04-01". */
export function formatDate(isoDate: string): string {
  return formatDay(new Date(`${isoDate}T00:00:00Z`));
}

/** Every change that created, ended or recoded the area, oldest first. */
export function changesFor(authority: Authority): AreaChange[] {
  return LOOKUP.changes.filter((c) => c.from.includes(authority.id) || c.to.includes(authority.id));
}

/** The authorities a change is between, looked up by id. */
function areas(ids: readonly string[]): Authority[] {
  return ids.map((id) => authorityById(id)).filter((a): a is Authority => !!a);
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** A change as one area's page tells it. */
export interface ChangeStatement {
  change: AreaChange;
  date: string;
  /** The areas before the change, when it made new areas and this is one of them. */
  predecessors: Authority[];
  /** The areas after the change, when it ended this area. */
  successors: Authority[];
  /** True when figures before and after belong to different areas and must not be joined. */
  seriesBreak: boolean;
  /** What happened, for this area, in plain words. */
  text: string;
  citations: Citation[];
}

function textFor(change: AreaChange, authority: Authority, predecessors: Authority[], successors: Authority[]): string {
  const on = `On ${formatDate(change.date)}`;
  const names = (as: Authority[]) => list(as.map(distinctName));
  if (change.continuity === "new-areas" && predecessors.length > 0) {
    return `${on} ${distinctName(authority)} was formed. ${change.summary} Figures from ${change.firstYear} are for ${distinctName(authority)}; earlier figures are for ${names(predecessors)}, which are different areas.`;
  }
  if (change.continuity === "new-areas") {
    return `${on} ${distinctName(authority)} ceased to exist. ${change.summary} Its figures end with ${authority.to}; later figures are for ${names(successors)}, which are different areas.`;
  }
  const codes = `${list(change.codes.retired)} became ${list(change.codes.introduced)}`;
  const same = change.continuity === "same-area" ? "The area did not change" : "The boundary moved only slightly";
  return `${on} ${change.summary} (${codes}.) ${same}, so its figures are one series across the change.`;
}

/** What one change means for one area's page. */
export function describeChange(change: AreaChange, authority: Authority): ChangeStatement {
  const created = change.continuity === "new-areas" && change.to.includes(authority.id);
  const ended = change.continuity === "new-areas" && change.from.includes(authority.id);
  const predecessors = created ? areas(change.from) : [];
  const successors = ended ? areas(change.to) : [];
  return {
    change,
    date: formatDate(change.date),
    predecessors,
    successors,
    seriesBreak: change.continuity === "new-areas",
    text: textFor(change, authority, predecessors, successors),
    citations: LOOKUP.citations.filter((c) => change.citations.includes(c.id)),
  };
}

/** Every change for the area, told from its page. */
export function changeStatements(authority: Authority): ChangeStatement[] {
  return changesFor(authority).map((c) => describeChange(c, authority));
}

/** The areas a new area was formed from (empty if none). */
export function predecessorsOf(authority: Authority): Authority[] {
  return changeStatements(authority).flatMap((s) => s.predecessors);
}

/** The areas that replaced an area that ended (empty if none). */
export function successorsOf(authority: Authority): Authority[] {
  return changeStatements(authority).flatMap((s) => s.successors);
}
