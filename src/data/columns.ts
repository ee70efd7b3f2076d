import { own } from "./own.ts";

/** What the EES standard says about column names: which are time, which geography, which required. */

/** Columns every EES data file must have. */
export const REQUIRED_COLUMNS = [
  "time_period",
  "time_identifier",
  "geographic_level",
  "country_code",
  "country_name",
] as const;

/** Header spellings seen in published files, read as the standard name. */
export const COLUMN_ALIASES: Record<string, string> = {
  geographical_level: "geographic_level",
  local_skills_improvement_plan_area_code: "lsip_code",
  local_skills_improvement_plan_area_name: "lsip_name",
};

/** Each geographic level's own code and name columns (EES), so a row's place is read from the right ones. */
export const GEOGRAPHY_COLUMNS: Record<string, { code: string[]; name: string }> = {
  National: { code: ["country_code"], name: "country_name" },
  Regional: { code: ["region_code"], name: "region_name" },
  "Local authority": { code: ["new_la_code", "old_la_code"], name: "la_name" },
  "Local authority district": { code: ["lad_code"], name: "lad_name" },
  "Parliamentary constituency": { code: ["pcon_code"], name: "pcon_name" },
  "Police force area": { code: ["pfa_code"], name: "pfa_name" },
  Ward: { code: ["ward_code"], name: "ward_name" },
  "Local enterprise partnership": { code: ["local_enterprise_partnership_code"], name: "local_enterprise_partnership_name" },
  "English devolved area": { code: ["english_devolved_area_code"], name: "english_devolved_area_name" },
  "Opportunity area": { code: ["opportunity_area_code"], name: "opportunity_area_name" },
  "Planning area": { code: ["planning_area_code"], name: "planning_area_name" },
  "Local skills improvement plan area": {
    code: ["lsip_code"],
    name: "lsip_name",
  },
  "RSC region": { code: [], name: "rsc_region_lead_name" },
  MAT: { code: ["trust_id"], name: "trust_name" },
  Sponsor: { code: ["sponsor_id"], name: "sponsor_name" },
  School: { code: ["school_urn", "school_laestab"], name: "school_name" },
  Provider: { code: ["provider_ukprn"], name: "provider_name" },
  Institution: { code: ["institution_id"], name: "institution_name" },
};

/** Every column that places a row in time or space: never a filter or an indicator. */
export const STRUCTURAL_COLUMNS: ReadonlySet<string> = new Set([
  "time_period",
  "time_identifier",
  "geographic_level",
  ...Object.values(GEOGRAPHY_COLUMNS).flatMap((g) => [...g.code, g.name]),
]);

/** Columns that name a row's breakdown topic; `characteristic_desc` is the older DfE layout's. */
export const TOPIC_COLUMNS: readonly string[] = ["breakdown_topic", "characteristic_group", "characteristic_topic", "characteristic_type", "characteristic_desc"];
/** Columns that hold a row's group within its topic. */
export const GROUP_COLUMNS: readonly string[] = ["breakdown", "characteristic", "characteristic_1"];

/** Levels EES reads only in a file that has no other level (its `SoloImportableLevels`). */
export const SOLO_LEVELS: ReadonlySet<string> = new Set(["School", "Provider", "Institution", "Planning area"]);

/** Levels ordered from widest to narrowest: the widest present is a page's default place. */
export const LEVEL_ORDER: readonly string[] = [
  "National",
  "Regional",
  "Police force area",
  "Local authority",
  "Local authority district",
  "Parliamentary constituency",
  "Local skills improvement plan area",
  "Local enterprise partnership",
  "English devolved area",
  "Opportunity area",
  "Planning area",
  "RSC region",
  "Ward",
  "MAT",
  "Sponsor",
  "School",
  "Provider",
  "Institution",
];

/**
 * The older DfE layout (files up to about 2018): its column names and the standard's. Applied
 * only when a file has the old name and not the new one, so a standard file is never renamed.
 */
export const LEGACY_COLUMNS: Record<string, string> = {
  year: "time_period",
  level: "geographic_level",
  country: "country_name",
};

/** What a six- or four-digit `year` means in an older file that has no time_identifier. */
export function legacyIdentifier(timePeriod: string): string {
  return timePeriod.trim().length === 4 ? "Calendar year" : "Academic year";
}

const LEVELS_BY_LOWER_CASE = new Map<string, string>([
  ...Object.keys(GEOGRAPHY_COLUMNS).map((level) => [level.toLowerCase(), level] as [string, string]),
  // Older DfE files name the regional level by its row's kind.
  ["region", "Regional"],
  ["regions", "Regional"],
  ["la", "Local authority"],
]);

/** The standard spelling of a geographic level in any case (`LOCAL AUTHORITY`, `Region` in older files), or undefined. */
export function standardLevel(level: string): string | undefined {
  return own(GEOGRAPHY_COLUMNS, level) ? level : LEVELS_BY_LOWER_CASE.get(level.toLowerCase());
}

/** Reads a header cell as the standard column name: trimmed, byte-order mark dropped, known aliases applied. */
export function normaliseHeader(name: string): string {
  const trimmed = name.replace(/^\uFEFF/, "").trim();
  return own(COLUMN_ALIASES, trimmed) ?? trimmed;
}

/** Turns `school_phase` into `School phase` for columns without a label. */
export function labelFromName(name: string): string {
  const spaced = name.replace(/_/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
