import type { TwoYearReading } from "./period-text.ts";
import type { ColumnReading, ShapeKind } from "./reading.ts";
import type { RowAdapter } from "./row-adapter.ts";
import type { Filter, Indicator, Unit } from "./types.ts";

/**
 * A column plan says, once per file, what each column index means, so every row after the
 * header is read as an array without looking names up again. The plan is over the row the
 * ingest reads: for most files the row as written, for a wide or long table the row a row
 * adapter makes of it; `columnOf` leads each of those columns back to the file's own.
 */

/** Where a row's period comes from. */
export type PeriodPlan =
  /** EES: `time_period` with `time_identifier`; with no identifier (older DfE files), the digits say which kind of year. */
  | { kind: "ees"; timePeriod: number; timeIdentifier: number }
  /** A column of periods written as people write them. */
  | { kind: "text"; index: number; twoYears: TwoYearReading; named: boolean }
  /** No period column: the descriptor's period for every row, or none. */
  | { kind: "fixed"; text: string | null; twoYears: TwoYearReading };

/** Where a row's place comes from. */
export type PlacePlan =
  /** EES: `geographic_level`, and that level's code and name columns; `names` and `codes` are columns to fall back on when the level's own are missing. */
  | { kind: "ees"; level: number; places: Record<string, number>; names: number; codes: number }
  /** A column naming places (and maybe one of codes), at one level or at whatever level the lookup knows each place by. */
  | { kind: "column"; index: number; code: number; level: string | null; parent: number }
  /** No place column: one place for every row. */
  | { kind: "fixed"; level: string; name: string; code: string };

/** A filter column: its labels and renames from the descriptor, and the column of its headings, if any. */
export interface FilterPlan {
  index: number;
  filter: Filter;
  /** Labels for levels, by level as written. */
  labels: Readonly<Record<string, string>>;
  /** Levels written another way that are one level, by spelling. */
  renames: Readonly<Record<string, string>>;
  /** The column of this filter's headings (EES `filter_grouping_column`); `GROUPS_DEFAULT` when the meta file names one the data lacks; -1 for none. */
  groupIndex: number;
}

/** An indicator column. */
export interface IndicatorPlan {
  index: number;
  indicator: Indicator;
}

/** What each column of the rows the ingest reads is. */
export interface ColumnPlan {
  /** The file's own header names, by the file's column index, for messages. */
  names: string[];
  header: string[];
  /** Per column of `header`: the 0-based column of the file it comes from, for messages. */
  columnOf: number[];
  period: PeriodPlan;
  place: PlacePlan;
  filters: FilterPlan[];
  indicators: IndicatorPlan[];
  /** Index of the column naming each row's source, or -1. */
  source: number;
  /** True when no meta file said which columns are which. */
  inferred: boolean;
  /** True for a long table: rows with the same period, place and levels are one observation, each giving some of its indicators. */
  merge: boolean;
  /** The topic layout's topic and group filters (`characteristic_desc`, `characteristic_1`), by filter index. */
  topic: { filter: number; group: number } | null;
  /**
   * What is said about an EES file beyond what stops it: `repairs` (the default) says how levels
   * and spellings were read (trimmed, Not specified, a level's standard spelling); `standard`
   * also says what DfE's screener would reject. Files outside the EES layout: `none`.
   */
  checks: "none" | "repairs" | "standard";
  /** Geography columns the meta file also names as filters (a school's name, which EES allows as a filter). */
  placeFilters: string[];
}

/** A filter as the plan starts it: no levels yet. */
export function newFilter(column: string, label: string, hint = "", defaultLevel: string | null = null, groupOf: string | null = null): Filter {
  return { column, label, hint, levels: [], total: null, default: defaultLevel, written: {}, groups: null, groupOf };
}

/** An indicator as the plan gives it. */
export function newIndicator(column: string, label: string, unit: Unit, decimals: number): Indicator {
  return { column, label, unit, decimals };
}

/** A filter's grouping column named by the meta file but missing from the data: every level is under EES's "Default" heading. */
export const GROUPS_DEFAULT = -2;

/** The column index of absent columns: a meta file's filter or indicator the data file lacks. */
export const ABSENT_COLUMN = -1;

/** A plan and how each column of the file was read, as every shape's planner returns them. */
export interface Planned {
  plan: ColumnPlan;
  columns: ColumnReading[];
}

/** The columns with a structural role, by index (-1 when the file has none). */
export interface Structure {
  period: number;
  level: number;
  place: number;
  placeLevel: string | null;
  /** A wider place column beside the place column (a region beside local authorities). */
  parent: number;
  code: number;
}

/** A planned file outside the EES layout. */
export interface TidyPlan {
  shape: ShapeKind;
  planned: Planned;
  adapter: RowAdapter;
}

/** The parts of a plan every shape starts from: nothing read as a filter, indicator or source yet, and no repairs. */
export function blankPlanParts(inferred: boolean): Pick<ColumnPlan, "filters" | "indicators" | "source" | "inferred" | "merge" | "topic" | "checks" | "placeFilters"> {
  return { filters: [], indicators: [], source: -1, inferred, merge: false, topic: null, checks: "none", placeFilters: [] };
}
