import { slug } from "../text/slug.ts";
import { GROUP_COLUMNS, TOPIC_COLUMNS } from "../data/columns.ts";
import type { Observation, Table } from "../data/ingest.ts";
import type { Cell, Descriptor } from "../data/types.ts";

/**
 * Finds a table's breakdowns (who the figures fall on) in either layout DfE publishes: one
 * filter per characteristic with a Total level, or a topic column (`breakdown_topic`) naming
 * which characteristic each row's group belongs to.
 */

export { GROUP_COLUMNS, TOPIC_COLUMNS } from "../data/columns.ts";

/** Group names that mean "not recorded": shown with their figures, never dropped. */
const UNKNOWN = /^(unknown|unclassified|not (known|recorded|collected|obtained|stated)|information (not|refused)|refused|missing)/i;

/** Reference groups used when the descriptor names none, most specific first. */
const DEFAULT_REFERENCES = [/^white british$/i, /^no sen\b|^no special educational need/i, /^not (known to be )?eligible/i, /^white$/i];

/** One characteristic and its groups, with how to pick its rows out of the table. */
export interface Breakdown {
  key: string;
  label: string;
  /** Filter index holding the group, and the groups in first-seen order. */
  groupFilter: number;
  groups: string[];
  /** For the topic layout: the topic filter and this breakdown's topic level. */
  topic: { filter: number; level: string } | null;
  /** The level naming everyone (Total / All pupils), when the table has one. */
  overall: string | null;
}

/** A group's published cells in one period and place. */
export interface GroupRow {
  group: string;
  cells: Cell[];
  source: number;
  isOverall: boolean;
  isUnknown: boolean;
}

/** True for a group that records that the characteristic was not known. */
export function isUnknownGroup(name: string): boolean {
  return UNKNOWN.test(name.trim());
}

/** Every breakdown in a table, topic layout first; filters that are just sources or totals are skipped. */
export function findBreakdowns(table: Table): Breakdown[] {
  const byName = (names: readonly string[]) => table.filters.findIndex((f) => names.includes(f.column));
  const topicFilter = byName(TOPIC_COLUMNS);
  const groupFilter = byName(GROUP_COLUMNS);
  if (topicFilter >= 0 && groupFilter >= 0) {
    const topic = table.filters[topicFilter]!;
    const group = table.filters[groupFilter]!;
    const overallRow = table.observations.find((o) => /^(total|all)/i.test(topic.levels[o.levels[topicFilter]!]!));
    const overall = overallRow ? group.levels[overallRow.levels[groupFilter]!]! : null;
    return topic.levels
      .filter((level) => !/^(total|all)/i.test(level))
      .map((level) => {
        const t = topic.levels.indexOf(level);
        const groups = [...new Set(table.observations.filter((o) => o.levels[topicFilter] === t).map((o) => group.levels[o.levels[groupFilter]!]!))];
        return { key: level, label: level, groupFilter, groups, topic: { filter: topicFilter, level }, overall };
      })
      .filter((b) => b.groups.length >= 2);
  }
  return table.filters
    .map((f, k) => ({ f, k }))
    .filter(({ f }) => f.total !== null && f.levels.filter((l) => l !== f.total).length >= 2)
    .map(({ f, k }) => ({
      key: f.column,
      label: f.label,
      groupFilter: k,
      groups: f.levels.filter((l) => l !== f.total),
      topic: null,
      overall: f.total,
    }));
}

/** Each table's rows grouped by place and by level, each grouping made once: pages ask for them many times over. */
const groupings = new WeakMap<readonly Observation[], Map<string, Map<unknown, Observation[]>>>();

function grouped<K>(table: Table, name: "place" | "level", key: (o: Observation) => K): Map<K, Observation[]> {
  let byName = groupings.get(table.observations);
  if (!byName) groupings.set(table.observations, (byName = new Map()));
  let groups = byName.get(name) as Map<K, Observation[]> | undefined;
  if (!groups) {
    groups = new Map();
    for (const o of table.observations) {
      const k = key(o);
      const list = groups.get(k);
      if (list) list.push(o);
      else groups.set(k, [o]);
    }
    byName.set(name, groups as Map<unknown, Observation[]>);
  }
  return groups;
}

/** A place's rows, in file order. */
export function rowsAt(table: Table, place: number): readonly Observation[] {
  return grouped(table, "place", (o) => o.place).get(place) ?? [];
}

/** The rows at one geographic level, in file order. */
export function rowsAtLevel(table: Table, level: string): readonly Observation[] {
  return grouped(table, "level", (o) => table.places[o.place]!.level).get(level) ?? [];
}

/** The rows of one breakdown in one period and place: each group, then everyone. */
export function groupRows(table: Table, breakdown: Breakdown, period: number, place: number): GroupRow[] {
  const rows: GroupRow[] = [];
  const inScope = (o: Observation) => o.period === period && o.place === place;
  const others = table.filters.map((f, k) => (k === breakdown.groupFilter || k === breakdown.topic?.filter ? -1 : f.total === null ? -1 : f.levels.indexOf(f.total)));
  const matchesOthers = (o: Observation) => others.every((w, k) => w === -1 || o.levels[k] === w);
  const groupFilter = table.filters[breakdown.groupFilter]!;
  const topic = breakdown.topic;
  const topicFilter = topic ? table.filters[topic.filter]! : null;
  for (const o of rowsAt(table, place)) {
    if (!inScope(o) || !matchesOthers(o)) continue;
    const group = groupFilter.levels[o.levels[breakdown.groupFilter]!]!;
    const inTopic = !topic || topicFilter!.levels[o.levels[topic.filter]!] === topic.level;
    const isOverall = group === breakdown.overall && (!topic || /^(total|all)/i.test(topicFilter!.levels[o.levels[topic.filter]!]!));
    if (!inTopic && !isOverall) continue;
    if (rows.some((r) => r.group === group)) continue;
    rows.push({ group, cells: o.cells, source: o.source, isOverall, isUnknown: isUnknownGroup(group) });
  }
  const order = new Map(breakdown.groups.map((g, i) => [g, i]));
  return rows.sort((a, b) => Number(a.isOverall) - Number(b.isOverall) || (order.get(a.group) ?? 0) - (order.get(b.group) ?? 0));
}

/** The reference group for a breakdown: the descriptor's choice, a conventional one, else everyone. */
export function defaultReference(breakdown: Breakdown, descriptor: Descriptor): string {
  const named = descriptor.reference?.[breakdown.label] ?? descriptor.reference?.[breakdown.key];
  const candidates = [...breakdown.groups, ...(breakdown.overall ? [breakdown.overall] : [])];
  if (named && candidates.includes(named)) return named;
  for (const pattern of DEFAULT_REFERENCES) {
    const found = breakdown.groups.find((g) => pattern.test(g));
    if (found) return found;
  }
  return breakdown.overall ?? breakdown.groups[0]!;
}

/** A breakdown's part of a view id: lower-case letters, digits and dashes. */
export function breakdownSlug(breakdown: Breakdown): string {
  return slug(breakdown.key);
}
