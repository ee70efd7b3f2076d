/**
 * The typed model every stage after parsing trusts. All of it is JSON-safe, so the build can
 * hand it to pages and to the browser unchanged.
 */

/** Why a cell holds no usable number; one name per meaning, whatever symbol the file used. */
export type Reason =
  | "suppressed"
  | "not-available"
  | "not-applicable"
  | "rounds-to-zero"
  | "low-reliability"
  | "no-rate"
  | "blank";

/** A qualifier published beside a number (GSS `e`, `p`, `r`, `u`), kept so views can show it. */
export type Flag = "estimated" | "provisional" | "revised" | "low-reliability";

/** A number as published, with any qualifiers. */
export interface NumberCell {
  kind: "value";
  value: number;
  flags: Flag[];
  /** A footnote marker published on the number (`13[1]`, `270*`, `52 (a)`), linking it to a note under the table. */
  note?: string;
}

/** A cell that is not a number: the reason, and the symbol bare (`c`, whether the file wrote `c` or `[c]`). */
export interface MissingCell {
  kind: "missing";
  reason: Reason;
  symbol: string;
}

/** An indicator cell: a number or a named reason, never a silent zero. */
export type Cell = NumberCell | MissingCell;

/** What kind of period a `time_identifier` names. */
export type PeriodKind =
  | "calendar-year"
  | "academic-year"
  | "financial-year"
  | "tax-year"
  | "reporting-year"
  | "month"
  | "term"
  | "quarter"
  | "week"
  | "part-year"
  /** One day, as a date column gives it (`2019-03-31`). */
  | "day"
  /** Several years as one period (`2018 to 2020`). */
  | "multi-year";

/** A period placed on a real time axis, labelled as published. Dates are ISO `YYYY-MM-DD`; `end` is exclusive. */
export interface Period {
  key: string;
  timePeriod: string;
  timeIdentifier: string;
  kind: PeriodKind;
  label: string;
  start: string;
  end: string;
}

/** Which of a file's figures each local area's page shows: indicators as trends, filters as latest-year breakdowns, and the indicators mapped. */
export interface AreaSettings {
  indicators: string[];
  breakdowns: string[];
  map: string[];
}

/** A row's geography: its level and that level's own code and name. */
export interface Geography {
  key: string;
  level: string;
  code: string;
  name: string;
  /** The region a local place sits in, from the row's own region columns, for comparing a place with its region. */
  parent?: { code: string; name: string };
}

/** How an indicator's numbers are written and read. */
export type Unit = "" | "%" | "pp" | "£" | "£m" | "numberstring";

/** A column that breaks the data down (a filter) with its levels in first-seen order. */
export interface Filter {
  column: string;
  label: string;
  hint: string;
  levels: string[];
  /** The level that stands for everyone (`Total`), when the file has one. */
  total: string | null;
  /** The level a chart shows when it chooses none: the meta file's `filter_default`, else the Total. */
  default: string | null;
  /** Per level, how the file wrote it when that was something else: a code given a label, spellings that differ in case or were renamed. */
  written: Record<string, string[]>;
  /** Levels under headings, when the meta file names a grouping column for the filter (EES `filter_grouping_column`). */
  groups: { label: string; levels: string[] }[] | null;
  /** Set on a grouping column: the filter whose headings it holds. EES does not count it as a filter of its own. */
  groupOf: string | null;
}

/** A numeric column. */
export interface Indicator {
  column: string;
  label: string;
  unit: Unit;
  decimals: number;
}

/** How bad a problem is: errors stop the build, warnings are shown on the dataset's page. */
export type Severity = "error" | "warning";

/** A problem found in a data file, precise enough for its publisher to fix it. */
export interface Problem {
  severity: Severity;
  file: string;
  /** 1-based physical line in the file, when the problem is in one place. */
  line?: number;
  /** 1-based column number. */
  column?: number;
  /** The column's header name. */
  columnName?: string;
  value?: string;
  message: string;
  /** What to do about it. */
  fix: string;
}

/** A published source a row cites, resolvable to everything a reader needs to check it. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  date: string;
  path: string;
  locator: string;
  /** A re-publication the figure was read from, when the original is not directly reachable. */
  secondary?: { title: string; publisher: string; date: string; path: string };
  /** Whether the figure is unconfirmed and must be shown flagged. */
  unconfirmed?: boolean;
}

/** A dated event drawn on trend charts. `date` is ISO `YYYY-MM` or `YYYY-MM-DD`. */
export interface Annotation {
  date: string;
  label: string;
  sources?: string[];
}

/** A chart the dataset's author wants shown first, described in the descriptor file. */
export interface FeaturedView {
  id: string;
  type: "trend" | "breakdown";
  title?: string;
  subtitle?: string;
  indicator: string;
  /** The filter (or `geography`) whose levels become separate series or bars. */
  by?: string;
  /** Fixed levels for other filters, e.g. `{ "school_phase": "Total" }`. */
  where?: Record<string, string>;
  /** Which rows by geographic level: one level's name, or `all` to keep every place as its own series; default the widest level present. */
  level?: string;
  /** For a breakdown: the period key to show; default is the latest with data. */
  period?: string;
  /** Show on the home page: `true`, or a number giving its place (lower first). */
  home?: boolean | number;
  /** For a trend by definition: how its definitions are grouped, which one to quote, and what near-identical names mean. */
  definitions?: DefinitionSettings;
}

/** A few definitions a reader can compare with each other, under one name. */
export interface DefinitionGroup {
  label: string;
  /** Levels of the `by` column, in the order to draw them. */
  levels: string[];
  note?: string;
}

/** How a trend's definitions are read: one drawn as the series to quote, the rest muted, each group and name explained. */
export interface DefinitionSettings {
  /** The level of the `by` column to quote: drawn heavier, its values labelled; the others muted, their values in the table. */
  quote: string;
  /** Why it is the one to quote, and which figure to quote when definitions differ in a year. */
  quoteNote?: string;
  groups: DefinitionGroup[];
  /** What a definition's name means, by level: near-identical names explained. */
  notes: Record<string, string>;
}

/** How a breakdown is measured: a rate from counts, a published rate, or shares side by side. */
export type MeasureSpec =
  | { id: string; type: "rate"; label: string; numerator: string; denominator: string; per: number; published?: string }
  | { id: string; type: "published-rate"; label: string; rate: string; per: number }
  | SharesSpec;

/** Shares of an outcome beside shares of the population: from the same row, or from rows the descriptor pairs. */
export interface SharesSpec {
  id: string;
  type: "shares";
  label: string;
  outcome: string;
  population: string;
  difference?: string;
  /** Names for the two shares where the columns' own labels say less (e.g. "Share of the searches"). */
  outcomeLabel?: string;
  populationLabel?: string;
  /** Shares published in different rows or publications, each pair named: the view is these pairs, in order. */
  pairs?: SharesPair[];
}

/** One group's two shares, each picked from the one row its filter levels name. */
export interface SharesPair {
  label: string;
  outcome: RowPick;
  /** No population share published for this pair: it is shown as not available. */
  population?: RowPick;
}

/** The one row whose filters have these levels, and the indicator column to read (default: the measure's). */
export interface RowPick {
  where: Record<string, string>;
  column?: string;
}

/** What a two-year period such as `2014-15` is, when the file does not say. */
export type TwoYearKind = "academic-year" | "financial-year" | "tax-year";

/** The roles a descriptor can give a column, overriding what the reader would infer. */
export type ColumnRoleSetting = "period" | "place" | "place-code" | "level" | "filter" | "indicator" | "indicator-name" | "value" | "source" | "ignore";

/** How the descriptor says one column is to be read (`columns` in `<id>.json`). */
export interface ColumnSetting {
  role?: ColumnRoleSetting;
  /** For a period column: what an unnamed two-year form such as `2014-15` is. */
  period?: TwoYearKind;
  /** For a place column: the geographic level of its places (`Local authority`, `Police force area`). */
  level?: string;
  label?: string;
  unit?: Unit;
  decimals?: number;
  hint?: string;
  /** A count of the people the other counts are of, so rates are computed against it. */
  population?: boolean;
}

/** The dataset descriptor `<id>.json`: Frictionless names where one exists. */
export interface Descriptor {
  title: string;
  description: string;
  publisher?: string;
  released?: string;
  licenses?: { name: string; path?: string }[];
  sources: Source[];
  notes?: string[];
  annotations?: Annotation[];
  featured?: FeaturedView[];
  /** What each local area's page shows from this file, for a file with local authority rows. */
  areas?: AreaSettings;
  /** Police force areas (ONS E23 codes) whose figures the file publishes though it places them otherwise (the Metropolitan Police's under London). */
  forces?: string[];
  /** The column naming each row's source id; default `source_id`. */
  sourceColumn?: string;
  /** Measures for breakdowns; inferred from column names when absent. */
  measures?: MeasureSpec[];
  /** The reference group per breakdown, e.g. `{ "Ethnicity": "White British" }`. */
  reference?: Record<string, string>;
  /** How to read columns, by header name: roles, labels, units, what a period is, which count is a population. */
  columns?: Record<string, ColumnSetting>;
  /** Labels for levels, per column: `{ "characteristic_1": { "FSM_Eligible": "Eligible for free school meals" } }`; wins over the reader's own. */
  labels?: Record<string, Record<string, string>>;
  /** Levels that are one group under another spelling, per column (a rename between years): `{ "characteristic_desc": { "IDACI": "IDACI_decile" } }`. */
  rename?: Record<string, Record<string, string>>;
  /** The period of every row, for a file with no period column (`"March 2019"`). */
  period?: string;
  /** The place of every row, for a file with no place column. */
  place?: { level: string; name: string; code?: string };
}
