import { normaliseHeader } from "./columns.ts";
import { messages } from "./problems.ts";
import type { Problem } from "./types.ts";

/**
 * What DfE's screener checks in a meta file that the dashboard can read past: columns the
 * standard requires or does not name, labels missing or repeated, fields given to the wrong
 * kind of column, decimal places that are not a number, grouping columns used twice, filters
 * that look like places, and indicators that name a group. Each is a warning.
 */

/** A row of a meta file with the line it starts on. */
export interface MetaRow {
  cells: string[];
  line: number;
}

const REQUIRED = ["col_name", "col_type", "label", "indicator_grouping", "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column"];
const OPTIONAL = ["filter_default", "parent_filter"];
const INDICATOR_ONLY = ["indicator_grouping", "indicator_unit", "indicator_dp"];
const FILTER_ONLY = ["filter_hint", "filter_grouping_column"];
/** The screener's pattern for a filter that is really a geography column. */
const GEOGRAPHIC = /(^(country|sch|prov|inst|estab|reg|la|local|rsc|pfa|pcon|lep|mca|oa|ward|mat).*(name|code|urn|ukprn|number|upin|id)$)|(^(laestab|estab|sch|school|schools|prov|provider|providers|inst|institution|institutions|name|code|urn|ukprn|number|upin|id|region|la|lad|rsc|pcon|lep|mca|oa|ward|mat)$)/i;
/** The screener's pattern for an indicator that names a group. */
const GROUP_WORDS = /male|female|asian|chinese|indian|pakistani|bangladeshi|black|african|caribbean|white|roma|irish|english|british|scottish|welsh|northern irish|arab/i;

/** The meta file's departures from the standard, as warnings. */
export function metaStandardProblems(file: string, rows: MetaRow[]): Problem[] {
  const [head, ...body] = rows;
  if (!head) return [];
  const names = head.cells.map(normaliseHeader);
  const problems: Problem[] = [];
  const missing = REQUIRED.filter((n) => !names.includes(n) && n !== "col_name" && n !== "col_type");
  if (missing.length) problems.push(messages.metaColumnsMissing(file, head.line, missing));
  const extra = names.filter((n) => n !== "" && !REQUIRED.includes(n) && !OPTIONAL.includes(n));
  if (extra.length) problems.push(messages.metaColumnsExtra(file, head.line, extra));
  const col = (name: string) => names.indexOf(name);
  const labels = new Set<string>();
  const groupings = new Set<string>();
  const smushed: string[] = [];
  for (const { cells, line } of body) {
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? "").trim() : "");
    const at = (column: string, value: string) => ({ file, line, column: col(column) + 1, columnName: column, value });
    const name = get("col_name");
    const type = get("col_type");
    if (name === "" || (type !== "Filter" && type !== "Indicator")) continue;
    const label = get("label");
    if (label === "") problems.push(messages.metaNoLabel(at("label", name)));
    else if (labels.has(label)) problems.push(messages.metaDuplicateLabel(at("label", label)));
    labels.add(label);
    for (const field of type === "Filter" ? INDICATOR_ONLY : FILTER_ONLY) {
      if (get(field) !== "") problems.push(messages.metaWrongType(at(field, name), type));
    }
    const dp = get("indicator_dp");
    if (type === "Indicator" && dp !== "" && !/^\d+$/.test(dp)) problems.push(messages.metaBadDecimals(at("indicator_dp", dp)));
    const grouping = get("filter_grouping_column");
    if (type === "Filter" && grouping !== "") {
      if (groupings.has(grouping)) problems.push(messages.metaGroupingTwice(at("filter_grouping_column", grouping)));
      groupings.add(grouping);
    }
    if (type === "Filter" && GEOGRAPHIC.test(name)) problems.push(messages.metaGeographicFilter(at("col_name", name)));
    if (type === "Indicator" && GROUP_WORDS.test(name)) smushed.push(name);
  }
  if (smushed.length) problems.push(messages.indicatorsSmushed(file, head.line, smushed));
  return problems;
}
