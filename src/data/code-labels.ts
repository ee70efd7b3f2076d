import { PROPER_WORDS, sentenceStart } from "../text/words.ts";

/**
 * Labels for the codes older DfE files publish in place of labels (`Ethnicity_Minor_Black_Caribbean`,
 * `SEN_Provision_No_SEN`, `FSM_Eligible`), by rule: a known prefix says what the code is about
 * and is dropped, the rest is written as words with the capitals published tables use. A code of
 * one breakdown's finer or coarser groups (ethnicity's minor and major groups) also names the
 * heading it sits under, so the two are never compared as one breakdown.
 */

/** A label made from a code, and the heading its topic is read as when the code says more than the topic. */
export interface CodeLabel {
  label: string;
  /** `topic`: the topic's label this applies to (`Ethnicity`); `heading`: what to call it instead (`Ethnicity (minor groups)`). */
  heading?: { topic: string; heading: string };
}

/** How a filter's levels are used: a topic (`characteristic_desc`), the groups within topics (`characteristic_1`), or neither. */
export type CodeRole = "topic" | "group" | "other";

/** Text that is a code: words joined by underscores, no spaces. */
const CODE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;

const ACRONYMS = new Set(["sen", "ehc", "fsm", "idaci", "nc", "sld", "mld", "pmld", "slcn", "hi", "vi", "msi", "pd", "asd", "semh", "spld", "ofsted", "la", "pru", "ap"]);

/** Topic codes of the older DfE characteristics files. */
const TOPICS: Record<string, string> = {
  total: "Total",
  gender: "Gender",
  age: "Age",
  age_gender: "Age and gender",
  ethnicity: "Ethnicity",
  ethnicity_gender: "Ethnicity and gender",
  nc_year: "National curriculum year",
  nc_year_gender: "National curriculum year and gender",
  fsm_eligible: "Free school meal eligibility",
  fsm_eligible_in_last_6_years: "Free school meal eligibility in the last 6 years",
  sen_provision: "SEN provision",
  sen_primary_need: "SEN primary need",
  idaci_decile: "IDACI decile",
};

/** Group codes whose words a rule would not give as published. */
const GROUPS: Record<string, string> = {
  fsm_eligible: "Eligible for free school meals",
  fsm_noteligible: "Not eligible for free school meals",
  fsm_eligible_in_last_6_years: "Eligible for free school meals in the last 6 years",
  fsm_not_eligible_in_last_6_years: "Not eligible for free school meals in the last 6 years",
  sen_provision_sen_with_statement_ehc: "SEN with a statement or EHC plan",
  sen_provision_sen_without_statement: "SEN without a statement or EHC plan",
  ethnicity_minor_gypsy_roma: "Gypsy/Roma",
  ethnicity_minority_ethnic_pupil: "Minority ethnic pupils",
  nc_year_nursery: "Nursery",
  nc_year_reception: "Reception",
};

/** Prefixes that say what a group code is about: dropped from the label, with the heading the group sits under, if any. */
const PREFIXES: { prefix: string; keep?: string; heading?: CodeLabel["heading"] }[] = [
  { prefix: "ethnicity_major_", heading: { topic: "Ethnicity", heading: "Ethnicity (major groups)" } },
  { prefix: "ethnicity_minority_", heading: { topic: "Ethnicity", heading: "Ethnicity (major groups)" } },
  { prefix: "ethnicity_minor_", heading: { topic: "Ethnicity", heading: "Ethnicity (minor groups)" } },
  { prefix: "ethnicity_", heading: { topic: "Ethnicity", heading: "Ethnicity (minor groups)" } },
  { prefix: "sen_provision_" },
  { prefix: "sen_primary_need_" },
  { prefix: "fsm_" },
  { prefix: "gender_" },
  { prefix: "age_", keep: "Age " },
  { prefix: "nc_year_", keep: "Year " },
  { prefix: "idaci_decile_" },
];

/** Words from a code's parts: a capital only where published tables have one. */
function words(parts: string[]): string {
  const text = parts
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (ACRONYMS.has(lower)) return lower.toUpperCase();
      const capital = sentenceStart(lower);
      if (PROPER_WORDS.has(capital)) return capital;
      return i === 0 ? capital : lower;
    })
    .join(" ");
  return text.replace(/^(\d+) to (\d+)pc\b/, "$1 to $2%").replace(/% (most|least) deprived$/, "% ($1 deprived)");
}

/** A group code's label: a known one, else its prefix dropped and the rest as words. */
function groupLabel(code: string): CodeLabel {
  const lower = code.toLowerCase();
  const known = GROUPS[lower];
  const rule = PREFIXES.find((p) => lower.startsWith(p.prefix));
  const heading = rule?.heading ? { heading: rule.heading } : {};
  if (known) return { label: known, ...heading };
  if (!rule) return { label: words(code.split("_")) };
  const rest = code.slice(rule.prefix.length).split("_");
  if (rest.at(-1)?.toLowerCase() === "total" && rest.length > 1) rest.pop();
  if (rest.length === 1 && rest[0]!.toLowerCase() === "unclassified") return { label: "Unclassified", ...heading };
  if (rule.keep && /^\d/.test(rest[0]!)) return { label: `${rule.keep}${words(rest).replace(/^(\d+)/, "$1")}`, ...heading };
  return { label: words(rest), ...heading };
}

/** The label of a code, by the column's use; null for text that is not a code (it is shown as written). */
export function codeLabel(text: string, role: CodeRole): CodeLabel | null {
  const lower = text.toLowerCase();
  if (role === "topic" && Object.hasOwn(TOPICS, lower)) return { label: TOPICS[lower]! };
  if (!CODE.test(text)) return null;
  return role === "topic" ? { label: words(text.split("_")) } : groupLabel(text);
}

/** Column names of the DfE's exclusion files before EES, with the labels its tables gave them. */
const COLUMNS: Record<string, string> = {
  headcount: "Headcount",
  num_schools: "Number of schools",
  perm_excl: "Permanent exclusions",
  perm_excl_rate: "Permanent exclusion rate",
  fixed_excl: "Fixed period exclusions",
  fixed_excl_rate: "Fixed period exclusion rate",
  one_plus_fixed: "Pupils with one or more fixed period exclusions",
  one_plus_fixed_rate: "Rate of pupils with one or more fixed period exclusions",
  one_or_more_fixed_excl_rate: "Rate of pupils with one or more fixed period exclusions",
  school_type: "School type",
  characteristic_desc: "Characteristic",
  characteristic_1: "Pupil group",
};

/** The reasons for exclusion in the DfE's reason columns (`perm_physical_pupils`), as its tables name them. */
const REASONS: Record<string, string> = {
  physical_pupils: "physical assault against a pupil",
  physical_adult: "physical assault against an adult",
  verbal_pupil: "verbal abuse or threatening behaviour against a pupil",
  verbal_adult: "verbal abuse or threatening behaviour against an adult",
  bullying: "bullying",
  racist_abuse: "racist abuse",
  sexual_misconduct: "sexual misconduct",
  drug_alcohol: "drug and alcohol related",
  damage: "damage",
  theft: "theft",
  persistent_disruptive: "persistent disruptive behaviour",
  other: "other",
};

/** A label for a column the DfE's older files name by code, or null for any other. */
export function columnLabel(name: string): string | null {
  const lower = name.toLowerCase();
  if (Object.hasOwn(COLUMNS, lower)) return COLUMNS[lower]!;
  const reason = /^(perm|fixed)_(.+)$/.exec(lower);
  if (reason && Object.hasOwn(REASONS, reason[2]!)) return `${reason[1] === "perm" ? "Permanent" : "Fixed period"} exclusions for ${REASONS[reason[2]!]}`;
  return null;
}
