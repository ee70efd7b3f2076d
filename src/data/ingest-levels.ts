import { codeLabel, type CodeRole } from "./code-labels.ts";
import { Dictionary, type IngestContext } from "./ingest-context.ts";
import { own } from "./own.ts";
import { messages } from "./problems.ts";
import type { RowStore } from "./row-store.ts";
import type { Filter } from "./types.ts";

/**
 * Reads each row's filter levels. A level is known by its label: the descriptor's label for what
 * the file wrote, else the label a DfE code has by rule, else the text as written. Spellings
 * that differ only in case or surrounding spaces are one level (as EES reads them), and so are
 * those the descriptor renames; a blank is "Not specified", as in EES.
 */

/** The label EES gives a blank filter cell. */
export const NOT_SPECIFIED = "Not specified";

/** The heading EES gives a level whose grouping cell is blank. */
const DEFAULT_GROUP = "Default";

/** The harmonised names of an ethnicity breakdown in a `characteristic_group` column. */
const HARMONISED_ETHNICITY = /Ethnicity Major|Ethnicity Minor|Ethnicity Detailed|Minority Ethnic/;

/** Grouping cells remembered as written per level; past these, each is looked up by its heading. */
const GROUPS_REMEMBERED = 8;

/** Spellings kept per level, to show what the file wrote. */
const WRITTEN_KEPT = 10;

/** A cell as written and its level index; `next` is the spelling that followed it last, as files repeat their levels in one order. */
interface Spelling {
  readonly text: string;
  readonly level: number;
  next: Spelling | null;
}

/** A grouping cell: as written, or, when another filter reads its column, that filter's spelling of it, compared as one object rather than as text. */
type Group = string | Spelling;

/** One filter's levels. */
class FilterLevels {
  readonly dictionary = new Dictionary<string>();
  /** Each cell as written: each spelling is labelled once. */
  readonly byWritten = new Map<string, Spelling>();
  readonly written = new Map<number, Set<string>>();
  /** Each level with each heading it sits under, in first-seen order (EES lets a level sit under several). */
  readonly headings: [number, string][] = [];
  readonly headingKeys = new Set<string>();
  /** The last grouping cell, for rows in runs, and per level the first few it came with. */
  lastGroup: Group = "";
  readonly groupsOf: Group[][] = [];
  /** Spellings with spaces around them, and blank cells, each with the line first seen: what the standard does not allow. */
  readonly spaced: { text: string; line: number }[] = [];
  readonly blanks: number[] = [];
  /** The last cell's spelling, for rows in runs and for the spelling that follows it. */
  last: Spelling | null = null;
}

/** The filter levels of the row being read. */
export class LevelReader {
  private readonly filters: FilterLevels[];
  private readonly roles: CodeRole[];
  /** For the topic layout: per group level, the heading its code names, if any. */
  private readonly groupHeadings: ({ topic: string; heading: string } | null)[] = [];
  /** Per topic and group level pair, the topic level the row moves to (-1: its own). */
  private readonly moves = new Map<number, number>();
  /** Per filter, an earlier filter that reads its grouping column (a topic for its groups), or -1. */
  private readonly groupedBy: number[];

  constructor(
    private readonly ctx: IngestContext,
    private readonly store: Pick<RowStore<{ levels: number[] }>, "level">,
  ) {
    const { filters, topic } = ctx.plan;
    this.filters = filters.map(() => new FilterLevels());
    this.roles = filters.map((_, k) => (topic?.filter === k ? "topic" : topic?.group === k ? "group" : "other"));
    this.groupedBy = filters.map((f, k) => (f.groupIndex < 0 ? -1 : filters.slice(0, k).findIndex((g) => g.index === f.groupIndex)));
  }

  /** Fills `found` with the row's level index per filter. */
  read(cells: string[], line: number, found: number[]): void {
    const { filters } = this.ctx.plan;
    for (let k = 0; k < filters.length; k++) {
      const index = filters[k]!.index;
      const written = index < 0 ? "" : cells[index]!;
      const levels = this.filters[k]!;
      const groupIndex = filters[k]!.groupIndex;
      const by = this.groupedBy[k]!;
      const group: Group = by >= 0 ? this.filters[by]!.last! : groupIndex >= 0 ? cells[groupIndex]! : "";
      const last = levels.last;
      if (last !== null && written === last.text && group === levels.lastGroup) {
        found[k] = last.level;
        continue;
      }
      // The spelling that followed this one last time is checked before the lookup: one comparison, not a hash of the text.
      const spelling = last !== null && last.next !== null && last.next.text === written ? last.next : this.spelling(k, written, line);
      if (last !== null) last.next = spelling;
      const i = spelling.level;
      if (groupIndex !== -1) this.group(levels, i, group);
      levels.last = spelling;
      levels.lastGroup = group;
      found[k] = i;
    }
    const topic = this.ctx.plan.topic;
    if (topic && this.groupHeadings[found[topic.group]!]) found[topic.filter] = this.moved(found[topic.filter]!, found[topic.group]!);
  }

  /** The spelling of a cell as written, labelled the first time it is seen. */
  private spelling(k: number, written: string, line: number): Spelling {
    const levels = this.filters[k]!;
    let spelling = levels.byWritten.get(written);
    if (spelling === undefined) levels.byWritten.set(written, (spelling = { text: written, level: this.level(k, written, line), next: null }));
    return spelling;
  }

  /** A level's grouping cell: most levels sit under one or a few headings all file long (`Unclassified` under three), each compared as written before it is noted. */
  private group(levels: FilterLevels, level: number, group: Group): void {
    const seen = (levels.groupsOf[level] ??= []);
    if (seen.includes(group)) return;
    if (seen.length < GROUPS_REMEMBERED) seen.push(group);
    this.heading(levels, level, typeof group === "string" ? group : group.text);
  }

  /** Notes a heading a level sits under, once per level and heading. */
  private heading(levels: FilterLevels, level: number, group: string): void {
    const heading = group.trim() || DEFAULT_GROUP;
    const key = `${level}\u0000${heading.toLowerCase()}`;
    if (levels.headingKeys.has(key)) return;
    levels.headingKeys.add(key);
    levels.headings.push([level, heading]);
  }

  /** The level index of a cell as written, adding the level the first time its label is seen. */
  private level(k: number, written: string, line: number): number {
    const plan = this.ctx.plan.filters[k]!;
    const levels = this.filters[k]!;
    const text = written.trim();
    if (this.ctx.plan.checks !== "none" && plan.index >= 0) {
      if (text === "") levels.blanks.push(line);
      else if (text !== written) levels.spaced.push({ text: written, line });
      if (this.ctx.plan.checks === "standard" && plan.filter.column === "characteristic_group" && /ethnic/i.test(text) && !HARMONISED_ETHNICITY.test(text)) {
        this.ctx.log.add("standard:ethnicity", messages.ethnicityGroup(this.ctx.at(line, plan.index, text)));
      }
    }
    const renamed = own(plan.renames, text) ?? text;
    const byRule = renamed === "" ? null : codeLabel(renamed, this.roles[k]!);
    const label = renamed === "" ? NOT_SPECIFIED : (own(plan.labels, text) ?? own(plan.labels, renamed) ?? byRule?.label ?? renamed);
    const key = label.toLowerCase();
    let i = levels.dictionary.find(key);
    if (i < 0) {
      if (plan.index >= 0) this.ctx.firstSight(label, line, plan.index);
      i = levels.dictionary.add(key, label);
      this.store.level(k, i, label);
    }
    if (text !== label) {
      let spellings = levels.written.get(i);
      if (!spellings) levels.written.set(i, (spellings = new Set()));
      if (spellings.size < WRITTEN_KEPT) spellings.add(text);
    }
    if (this.roles[k] === "group" && this.groupHeadings[i] === undefined) this.groupHeadings[i] = byRule?.heading ?? null;
    return i;
  }

  /**
   * The topic a row of a group whose code names a heading moves to: `Ethnicity` becomes
   * `Ethnicity (minor groups)`, `Ethnicity and gender` becomes `Ethnicity (minor groups) and gender`;
   * other topics stay.
   */
  private moved(topicLevel: number, group: number): number {
    const key = topicLevel * 1_000_000 + group;
    const known = this.moves.get(key);
    if (known !== undefined) return known;
    const heading = this.groupHeadings[group]!;
    const topic = this.ctx.plan.topic!;
    const topics = this.filters[topic.filter]!.dictionary;
    const label = topics.items[topicLevel]!;
    let i = topicLevel;
    if (label.startsWith(heading.topic) && !label.startsWith(heading.heading)) {
      const moved = `${heading.heading}${label.slice(heading.topic.length)}`;
      i = topics.find(moved.toLowerCase());
      if (i < 0) {
        i = topics.add(moved.toLowerCase(), moved);
        this.store.level(topic.filter, i, moved);
      }
    }
    this.moves.set(key, i);
    return i;
  }

  /** What the standard does not allow in a filter: spaces around a level, blank cells, a filter with one level. */
  private standardProblems(): void {
    const { ctx } = this;
    ctx.plan.filters.forEach((plan, k) => {
      const levels = this.filters[k]!;
      const column = ctx.plan.columnOf[plan.index] ?? plan.index;
      const at = (line: number, value: string) => ({ file: ctx.file, line, column: column + 1, columnName: ctx.plan.names[column] ?? plan.filter.column, value });
      const spaced = levels.spaced;
      if (spaced.length) ctx.log.add("standard:spaced", messages.filterWhitespace(at(spaced[0]!.line, spaced[0]!.text), spaced.length, spaced.slice(0, 5).map((s) => s.line)));
      if (levels.blanks.length) ctx.log.add("standard:blank", messages.filterBlank(at(levels.blanks[0]!, "")));
      const found = levels.dictionary.items;
      if (ctx.plan.checks !== "standard" || plan.index < 0) return;
      if (found.length === 1 && plan.filter.groupOf === null) ctx.log.add("standard:singular", messages.filterSingular(ctx.file, 1, plan.filter.column, found[0]!));
      const grouping = ctx.plan.filters.findIndex((f) => f.index === plan.groupIndex);
      const headings = grouping >= 0 ? this.filters[grouping]!.dictionary.items.length : new Set(levels.headings.map(([, h]) => h)).size;
      if (plan.groupIndex >= 0 && headings > found.length) ctx.log.add("standard:groups", messages.groupsOverFilter(ctx.file, 1, ctx.plan.names[plan.groupIndex] ?? "", plan.filter.column, headings, found.length));
      if (plan.filter.groupOf !== null) this.strippedLevels(plan.filter.column, found);
    });
  }

  /** Levels of a grouping column that are one level once spaces and punctuation are taken out. */
  private strippedLevels(column: string, found: string[]): void {
    const byStripped = new Map<string, string[]>();
    for (const level of found) {
      const key = level.replace(/[^\p{L}\p{N}]/gu, "");
      byStripped.set(key, [...(byStripped.get(key) ?? []), level]);
    }
    const clashes = [...byStripped.values()].filter((l) => l.length > 1).flat();
    if (clashes.length) this.ctx.log.add("standard:stripped", messages.groupsStripped(this.ctx.file, 1, column, clashes));
  }

  /** The filters with their levels as found, in the plan's order. */
  finish(): Filter[] {
    if (this.ctx.plan.checks !== "none") this.standardProblems();
    return this.ctx.plan.filters.map(({ filter }, k) => {
      const levels = this.filters[k]!;
      const found = levels.dictionary.items;
      const total = found.find((l) => /^total$/i.test(l)) ?? null;
      const written: Record<string, string[]> = Object.create(null);
      for (const [i, spellings] of levels.written) written[found[i]!] = [...spellings];
      const defaultLevel = filter.default !== null && found.includes(filter.default) ? filter.default : total;
      return { ...filter, levels: found, total, default: defaultLevel, written, groups: headingsOf(levels, found) };
    });
  }
}

/** A filter's levels under their headings, in first-seen order, when the filter has a grouping column. */
function headingsOf(levels: FilterLevels, found: string[]): Filter["groups"] {
  if (levels.headings.length === 0) return null;
  const groups = new Map<string, string[]>();
  for (const [i, heading] of levels.headings) {
    const list = groups.get(heading);
    if (list) list.push(found[i]!);
    else groups.set(heading, [found[i]!]);
  }
  return [...groups].map(([label, list]) => ({ label, levels: list }));
}
