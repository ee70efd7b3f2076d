/**
 * Which of the Local Authority Interactive Tool's measures become which of our files, one file
 * per kind of year, and the cells a reader must be warned about.
 */

/** One measure's column in a prepared file. */
export interface MeasureColumn {
  code: string;
  column: string;
  /** Decimal places to show where the dictionary gives none (NA). */
  dpWhereNotGiven?: number;
}

/** A prepared file: every measure in it has the same kind of year. */
export interface PreparedSpec {
  id: string;
  yearType: "Academic Year" | "Calendar Year" | "Financial Year";
  columns: MeasureColumn[];
}

const phases = (code: (phase: string) => string, column: string): MeasureColumn[] => [
  { code: code("Tot"), column },
  { code: code("Pri"), column: `${column}_primary` },
  { code: code("Sec"), column: `${column}_secondary` },
  { code: code("Spec"), column: `${column}_special` },
];

/** The three files: exclusions (academic years), first-time entrants (calendar years), referrals (financial years). */
export const PREPARED: readonly PreparedSpec[] = [
  {
    id: "exclusions-by-local-authority-2015-2024",
    yearType: "Academic Year",
    columns: [
      ...phases((p) => `${p}PermEx`, "perm_excl_rate"),
      ...phases((p) => `${p}FixedEx`, "susp_rate"),
      // The tool's codes for pupils with one or more suspensions have a space after the underscore.
      ...phases((p) => `${p === "Tot" ? "Total" : p}_ Pup_FixedEx`, "one_plus_susp_rate"),
    ],
  },
  {
    id: "first-time-entrants-by-local-authority-2016-2024",
    yearType: "Calendar Year",
    columns: [{ code: "FirstYJS", column: "first_time_entrants_rate", dpWhereNotGiven: 0 }],
  },
  {
    id: "social-care-referrals-by-local-authority-2016-2025",
    yearType: "Financial Year",
    columns: [
      { code: "RefBySource_Police_%", column: "referrals_from_police_pct", dpWhereNotGiven: 1 },
      { code: "RefBySource_Schl_%", column: "referrals_from_schools_pct", dpWhereNotGiven: 1 },
    ],
  },
];

/** A published value shown with the low-reliability flag `u`, and why (said in the descriptor). */
export interface FlaggedCells {
  code: string;
  laNumber: number;
  /** The area's name as the tool writes it, checked so that a renumbered area is never flagged by mistake. */
  laName: string;
  years: string[];
  why: string;
}

/** Values left over from a change of local authority boundaries, which are not comparable with the years around them. */
export const FLAGGED: readonly FlaggedCells[] = [
  { code: "FirstYJS", laNumber: 909, laName: "Cumbria", years: ["2023"], why: "part-year residue: Cumbria was replaced by Cumberland and Westmorland and Furness in April 2023" },
  { code: "FirstYJS", laNumber: 928, laName: "Northamptonshire", years: ["2021"], why: "part-year residue: Northamptonshire was replaced by North and West Northamptonshire in April 2021" },
  {
    code: "FirstYJS",
    laNumber: 835,
    laName: "Dorset (Pre LG)",
    years: ["2019", "2020", "2021", "2022", "2023", "2024"],
    why: "given on the row of the county that ended in April 2019; probably the new Dorset's (838), which has none, but the tool does not say so",
  },
];

/**
 * National values that are not of the measure's kind, written `x`: the tool's England value for
 * first-time entrants is the sum of the nine regions' rates, not a rate. The preparation checks
 * that this is still so before leaving it out.
 */
export const NATIONAL_SUM_OF_REGIONS: readonly string[] = ["FirstYJS"];
