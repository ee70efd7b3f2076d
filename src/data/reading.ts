/**
 * How a file was read, told to the people who keep the data: the shape recognised, what each
 * column was taken to be and why, and what the file said besides its table (a title above it,
 * numbered notes and source lines under it). The checker prints it and the page can show it.
 */

/** The layouts the reader recognises. */
export type ShapeKind =
  /** The EES open-data layout: time_period, time_identifier, geographic_level and place columns. */
  | "ees"
  /** The DfE's files before EES (to about 2018): `year`, `level`, `characteristic_desc`. */
  | "older-dfe"
  /** One row per observation, with the period, place and groups in columns of their own names. */
  | "tidy"
  /** One column per period: each row read as one row per period. */
  | "wide-periods"
  /** One column per group of one measure: each row read as one row per group. */
  | "wide-groups"
  /** One row per indicator: a column names the indicator, another holds its value. */
  | "long-indicators";

/** Words for each shape, as the checker and the page say them. */
export const SHAPE_WORDS: Record<ShapeKind, string> = {
  ees: "an EES data file",
  "older-dfe": "an older DfE file (before the EES standard)",
  tidy: "a table with one row per observation",
  "wide-periods": "a wide table with one column per period, read as one row per period",
  "wide-groups": "a wide table with one column per group, read as one row per group",
  "long-indicators": "a long table with one row per indicator, read as one row per observation with each indicator in its own column",
};

/** What a column was taken to be. */
export type ColumnRoleName =
  | "time-period"
  | "time-identifier"
  | "level"
  | "period"
  | "place"
  | "place-code"
  | "filter"
  | "filter-group"
  | "indicator"
  | "indicator-name"
  | "value"
  | "period-column"
  | "group-column"
  | "source"
  | "ignored";

/** What said so: the EES standard, the meta file, the descriptor, the column's name, or its contents. */
export type RoleEvidence = "standard" | "meta" | "descriptor" | "name" | "contents";

/** How one column of the file was read. */
export interface ColumnReading {
  /** 1-based column number in the file. */
  column: number;
  name: string;
  role: ColumnRoleName;
  from: RoleEvidence;
  /** More about the reading, when there is more to say ("periods like 2014-15 read as academic years"). */
  detail: string;
}

/** A line of text the file holds besides its table: a note (with its marker, `1` for `[1]`), or a source. */
export interface FileNote {
  marker: string | null;
  text: string;
  line: number;
}

/** Everything the reader can say about how it read a file. */
export interface Reading {
  shape: ShapeKind;
  /** The line the header row was found on: below any title and blank rows. */
  headerLine: number;
  columns: ColumnReading[];
  /** A title written above the table, kept as the table's title. */
  title: string | null;
  /** Numbered notes and other text found above or under the table. */
  notes: FileNote[];
  /** Source lines found under the table (`Source: …`). */
  sources: FileNote[];
}
