import { findLocalAuthority, findPlace, type KnownPlace } from "../geo/places.ts";
import { GEOGRAPHY_COLUMNS, standardLevel } from "./columns.ts";
import { Dictionary, type IngestContext } from "./ingest-context.ts";
import type { PlacePlan } from "./plan.ts";
import { messages } from "./problems.ts";
import { checkPlace } from "./standard-checks.ts";
import type { Geography } from "./types.ts";

/**
 * Reads each row's place: from EES level, code and name columns; from a column naming places
 * (a borough, a force, a local authority); or the one place of a file with none. A place named
 * without a code, or by an old DfE number, is given its ONS code when the lookup knows it.
 */

/** The place reader of one file. */
export interface PlaceReader {
  /** The row's place index; a row at the same place as the one before (files are sorted by place) costs a few comparisons. */
  read(cells: string[], line: number): number;
  readonly places: Geography[];
}

/** Starts reading places as the plan says. */
export function placeReader(ctx: IngestContext): PlaceReader {
  const dictionary = new Dictionary<Geography>();
  const plan = ctx.plan.place;
  if (plan.kind === "fixed") {
    const key = `${plan.level}|${plan.code}|${plan.name}`;
    dictionary.add(key, { key, level: plan.level, code: plan.code, name: plan.name });
    return { read: () => 0, places: dictionary.items };
  }
  const { find, keyColumns } = plan.kind === "ees" ? eesPlaces(ctx, plan, dictionary) : columnPlaces(ctx, plan, dictionary);
  /** The columns that named the last row's place, and their cells, copied: an adapter may reuse its row array. */
  let columns: readonly number[] = [];
  let last: string[] = [];
  let lastPlace = -1;
  return {
    read(cells, line) {
      let same = lastPlace >= 0;
      for (let k = 0; k < columns.length && same; k++) same = cells[columns[k]!] === last[k];
      if (same) return lastPlace;
      columns = keyColumns(cells);
      last = columns.map((i) => cells[i]!);
      return (lastPlace = find(cells, line));
    },
    places: dictionary.items,
  };
}

/** The ONS code of a place a file names without one, or by an old DfE number; the code as written otherwise. */
function codeFor(level: string, code: string, name: string): { code: string; known?: KnownPlace } {
  const oldStyle = code === "" || code === "." || /^\d{3}$/.test(code);
  if (!oldStyle) return { code };
  const known = level === "Local authority" ? (code !== "" && code !== "." ? findLocalAuthority(code) : undefined) ?? findLocalAuthority(name) : findPlace(name);
  return known && known.level === level ? { code: known.code, known } : { code };
}

/**
 * How a plan finds a row's place, and the columns whose cells say which place that is: a row
 * whose cells in those columns are the last row's is at the last row's place. Other cells (a
 * local row's region) are read only at a place's first row.
 */
interface Finder {
  find(cells: string[], line: number): number;
  keyColumns(cells: string[]): readonly number[];
}

/** An EES level's columns, as a plan has them: its code columns in the order tried, then the name column, if any. */
interface LevelColumns {
  codes: number[];
  name: number | undefined;
}

function levelColumns(plan: Extract<PlacePlan, { kind: "ees" }>, level: string): LevelColumns {
  const columns = GEOGRAPHY_COLUMNS[level]!;
  const codes = columns.code.flatMap((c) => (plan.places[c] === undefined ? [] : [plan.places[c]]));
  if (plan.codes >= 0) codes.push(plan.codes);
  return { codes, name: plan.places[columns.name] ?? (plan.names >= 0 ? plan.names : undefined) };
}

function eesPlaces(ctx: IngestContext, plan: Extract<PlacePlan, { kind: "ees" }>, places: Dictionary<Geography>): Finder {
  const unknownLevels = new Set<string>();
  const spellings = new Set<string>();
  const byLevel = new Map<string, LevelColumns>();
  const columnsOf = (level: string) => byLevel.get(level) ?? byLevel.set(level, levelColumns(plan, level)).get(level)!;
  const find = (cells: string[], line: number): number => {
    const written = cells[plan.level]!.trim();
    const level = standardLevel(written);
    if (ctx.plan.checks !== "none" && level !== undefined && level !== written && !spellings.has(written)) {
      spellings.add(written);
      ctx.log.add("standard:level", messages.levelSpelling(ctx.at(line, plan.level, written), level));
    }
    if (level === undefined) {
      if (!unknownLevels.has(written)) ctx.log.add("level", messages.unknownLevel(ctx.at(line, plan.level, written)));
      unknownLevels.add(written);
      const key = `${written}||`;
      const i = places.find(key);
      return i >= 0 ? i : places.add(key, { key, level: written, code: "", name: written });
    }
    const { codes, name: nameIndex } = columnsOf(level);
    let written_code = "";
    for (const index of codes) if ((written_code = cells[index]!.trim()) !== "") break;
    const name = nameIndex === undefined ? "" : cells[nameIndex]!.trim();
    const key = `${level}|${written_code}|${name}`;
    const i = places.find(key);
    if (i >= 0) return i;
    // Said once per place, at its first row.
    if (ctx.plan.checks === "standard") checkPlace(ctx, plan.places, cells, level, line);
    if (nameIndex === undefined) {
      ctx.log.add(`place:column:${level}`, messages.missingPlaceColumn({ file: ctx.file, line, columnName: GEOGRAPHY_COLUMNS[level]!.name }, level));
    } else if (name === "") {
      ctx.log.add("place:name", messages.missingPlace(ctx.at(line, nameIndex, ""), level));
    } else ctx.firstSight(name, line, nameIndex);
    const { code, known } = codeFor(level, written_code, name);
    const parent = regionOf(plan, cells, level) ?? (known?.region ? { parent: known.region } : {});
    return places.add(key, { key, level, code, name: name || level, ...parent });
  };
  const keyColumns = (cells: string[]): readonly number[] => {
    const level = standardLevel(cells[plan.level]!.trim());
    if (level === undefined) return [plan.level];
    const { codes, name } = columnsOf(level);
    return name === undefined ? [plan.level, ...codes] : [plan.level, ...codes, name];
  };
  return { find, keyColumns };
}

/** The region a local row names in its own region columns, so a place can be set beside its region. */
function regionOf(plan: Extract<PlacePlan, { kind: "ees" }>, cells: string[], level: string): { parent?: { code: string; name: string } } | null {
  if (level === "National" || level === "Regional") return {};
  const codeIndex = plan.places["region_code"];
  const nameIndex = plan.places["region_name"];
  const code = codeIndex === undefined ? "" : cells[codeIndex]!.trim();
  const name = nameIndex === undefined ? "" : cells[nameIndex]!.trim();
  return code || name ? { parent: { code, name } } : null;
}

/** Places named in one column, at the column's level or, where it has none, at the level the lookup knows each by. */
function columnPlaces(ctx: IngestContext, plan: Extract<PlacePlan, { kind: "column" }>, places: Dictionary<Geography>): Finder {
  // The parent column is read only at a place's first row.
  const keyColumns = [plan.index, plan.code].filter((i) => i >= 0);
  const find = (cells: string[], line: number): number => {
    const name = cells[plan.index]!.trim();
    const writtenCode = plan.code >= 0 ? cells[plan.code]!.trim() : "";
    const known = findPlace(writtenCode || name);
    // A country or region in a column of local places (England, London at the foot of a borough table) is at its own level.
    const wider = known && (known.level === "National" || known.level === "Regional") && known.level !== plan.level;
    const level = (wider ? known.level : plan.level) ?? known?.level ?? "Area";
    const key = `${level}|${writtenCode}|${name}`;
    const i = places.find(key);
    if (i >= 0) return i;
    if (name === "") ctx.log.add("place:name", messages.missingPlace(ctx.at(line, plan.index, ""), level));
    else ctx.firstSight(name, line, plan.index);
    const { code } = known?.level === level ? { code: writtenCode || known.code } : codeFor(level, writtenCode, name);
    const parentName = plan.parent >= 0 ? cells[plan.parent]!.trim() : "";
    const parentKnown = parentName ? findPlace(parentName) : undefined;
    const parent = parentName ? { code: parentKnown?.code ?? "", name: parentName } : known?.region;
    return places.add(key, { key, level, code, name: name || level, ...(parent ? { parent } : {}) });
  };
  return { find, keyColumns: () => keyColumns };
}
