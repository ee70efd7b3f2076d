/**
 * The shape of the committed local authority lookup (`local-authorities.json`), written by
 * `scripts/geo/build-lookup.ts` from DfE's published files and read by the functions beside it.
 */

/** An academic year as DfE's newer files write it: `"2018/19"`. */
export type AcademicYear = string;

/** A published file the lookup was built from, pinned to the commit it was read at. */
export interface SourceFile {
  id: string;
  repository: string;
  commit: string;
  path: string;
  /** The file's git blob id at that commit, checked by the build before the file is read. */
  blob: string;
  licence: string;
  /** What the lookup takes from the file. */
  gives: string;
}

/** A fact from outside the DfE files: a piece of legislation, or a file in another repository. */
export interface Citation {
  id: string;
  title: string;
  kind: "legislation" | "repository";
  repository?: string;
  commit?: string;
  path?: string;
  /** What the citation supports. */
  supports: string;
}

/** The academic years in which a source file has rows for something. */
export interface SeenIn {
  source: string;
  first: AcademicYear;
  last: AcademicYear;
}

/** One ONS (GSS) code an authority has had, with its official dates and the years files use it. */
export interface OnsCode {
  code: string;
  /** ISO date the code came into use, per DfE's list of codes; 2009-01-01 is the start of the code register. */
  operational: string;
  /** ISO date of the code's last day, or null while it is live. */
  terminated: string | null;
  /** Years in which each file with codes writes this code for the authority. */
  seen: SeenIn[];
}

/** A spelling of an authority's name and the files that spell it so. */
export interface NameSpelling {
  name: string;
  sources: string[];
}

/** Whether an authority is a county council area, a unitary authority or a district. */
export type Tier = "county" | "unitary authority" | "metropolitan district" | "London borough";

/**
 * An area identity: one education authority's area while its boundary holds. A pure code change
 * keeps the identity; a split, merger or reorganisation ends it and starts new ones.
 */
export interface Authority {
  /** The area's latest ONS code: its identity and the key of its page. */
  id: string;
  /** DfE's three-digit local authority number (the "old LA code"). */
  number: string;
  /** The name as ONS spells it (DfE's list of codes). */
  name: string;
  names: NameSpelling[];
  codes: OnsCode[];
  /** The ONS code of its region (E12…). */
  region: string;
  /** E13000001 or E13000002 for a London authority in DfE's Inner/Outer London split, else null. */
  londonPart: string | null;
  /** Years each DfE file has rows for the authority (by its number). */
  seen: SeenIn[];
  /** First academic year of the area, when a change created it; null if it existed throughout. */
  from: AcademicYear | null;
  /** Last academic year of the area, when a change ended it; null while it goes on. */
  to: AcademicYear | null;
}

/** How a change bears on joining a series across it. */
export type Continuity =
  /** The old areas end and new areas begin: never join a series across it. */
  | "new-areas"
  /** The same area under a new code: one series. */
  | "same-area"
  /** A boundary moved by a few dwellings, new codes, same DfE number: one series, and the page says so. */
  | "minor-boundary-change";

/** A boundary or code change affecting education authorities. */
export interface AreaChange {
  id: string;
  /** ISO date the change took effect. */
  date: string;
  kind: "split" | "reorganisation" | "recode";
  continuity: Continuity;
  /** Authority ids before the change. */
  from: string[];
  /** Authority ids after the change. */
  to: string[];
  /** The ONS codes that ended the day before the change and those that began on it. */
  codes: { retired: string[]; introduced: string[] };
  /** What happened, in a sentence. */
  summary: string;
  /** First academic year the DfE files give figures for the authorities after the change. */
  firstYear: AcademicYear;
  /** Anything in the files a reader of a series across the change should know. */
  note: string | null;
  /** Citation ids for the facts not in the DfE files. */
  citations: string[];
}

/** England, a region, or DfE's Inner or Outer London. */
export interface Region {
  code: string;
  name: string;
  kind: "country" | "region" | "london-part";
  /** DfE's number for the area in the local authority interactive tool, when it has one. */
  number: string | null;
  names: NameSpelling[];
}

/** A police force area, for figures published by force. */
export interface PoliceForceArea {
  code: string;
  name: string;
  country: "England" | "Wales";
}

/** The whole committed lookup. */
export interface Lookup {
  sources: SourceFile[];
  citations: Citation[];
  regions: Region[];
  authorities: Authority[];
  changes: AreaChange[];
  policeForceAreas: PoliceForceArea[];
}
