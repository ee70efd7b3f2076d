/**
 * Finding an education authority by any name DfE has spelled it, by its DfE number or by any ONS
 * code it has had, and saying which area a name, number or code denotes in a given academic year.
 */

import { academicYearStart, compareAcademicYears } from "./academic-year.ts";
import { LOOKUP } from "./lookup.ts";
import { nameKey } from "./names.ts";
import type { Authority, Tier } from "./types.ts";

const AUTHORITIES: readonly Authority[] = LOOKUP.authorities;

const byId = new Map(AUTHORITIES.map((a) => [a.id, a]));
const byNumber = new Map(AUTHORITIES.map((a) => [a.number, a]));
const byCode = new Map(AUTHORITIES.flatMap((a) => a.codes.map((c) => [c.code, a] as const)));
const byName = new Map<string, Authority[]>();
for (const a of AUTHORITIES) {
  for (const key of new Set([a.name, ...a.names.map((n) => n.name)].map(nameKey))) {
    byName.set(key, [...(byName.get(key) ?? []), a]);
  }
}

/** Every authority from 2006/07 on, in DfE number order. */
export function allAuthorities(): readonly Authority[] {
  return AUTHORITIES;
}

/** The authority with this identity (its latest ONS code). */
export function authorityById(id: string): Authority | undefined {
  return byId.get(id.trim().toUpperCase());
}

/** The authority with this DfE three-digit number (numbers are never reused for another area). */
export function authorityByNumber(number: string | number): Authority | undefined {
  return byNumber.get(String(number).trim());
}

/** The authority that has had this ONS code, old or new. */
export function authorityByCode(code: string): Authority | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** Every authority ever spelled this way, ignoring case and punctuation ("Dorset" gives two). */
export function authoritiesByName(name: string): Authority[] {
  return [...(byName.get(nameKey(name)) ?? [])];
}

/**
 * The area identity behind a DfE number or an ONS code: codes of one area (E10000002 and
 * E06000060, Buckinghamshire) share it; areas either side of a split or merger do not.
 */
export function areaIdentity(numberOrCode: string): string | undefined {
  const text = numberOrCode.trim();
  return (/^\d{3}$/.test(text) ? authorityByNumber(text) : authorityByCode(text))?.id;
}

/** Authorities matching a name, a DfE number or an ONS code. */
export function findAuthorities(query: string): Authority[] {
  const text = query.trim();
  if (/^\d{3}$/.test(text)) return [authorityByNumber(text)].filter((a): a is Authority => !!a);
  if (/^[EW]\d{8}$/i.test(text)) return [authorityByCode(text)].filter((a): a is Authority => !!a);
  return authoritiesByName(text);
}

/** Where an academic year falls in an area's life. */
export type PeriodStatus = "in-period" | "not-yet" | "ended";

/** Whether the area existed in an academic year ("2018/19" or "201819"). */
export function periodStatus(authority: Authority, year: string): PeriodStatus {
  if (authority.from !== null && compareAcademicYears(year, authority.from) < 0) return "not-yet";
  if (authority.to !== null && compareAcademicYears(year, authority.to) > 0) return "ended";
  return "in-period";
}

/**
 * The ONS code for the area in an academic year: the code in use on 1 September at its start;
 * before the first code began, the first (DfE's files use the 2009 codes for earlier years too).
 */
export function codeIn(authority: Authority, year: string): string {
  const day = `${academicYearStart(year)}-09-01`;
  const live = authority.codes.find((c) => c.operational <= day && (c.terminated === null || c.terminated >= day));
  if (live) return live.code;
  const first = authority.codes[0]!;
  return day < first.operational ? first.code : authority.codes[authority.codes.length - 1]!.code;
}

/** What kind of council area a code stands for. */
export function tierOf(code: string): Tier {
  const prefix = code.slice(0, 3);
  if (prefix === "E06" || prefix === "W06") return "unitary authority";
  if (prefix === "E08") return "metropolitan district";
  if (prefix === "E09") return "London borough";
  if (prefix === "E10") return "county";
  throw new Error(`Not a local authority code: "${code}"`);
}

/** An area as it stood in one academic year. */
export interface AuthorityInYear {
  authority: Authority;
  year: string;
  status: PeriodStatus;
  code: string;
  tier: Tier;
}

/**
 * Which area a name, DfE number or ONS code denotes in an academic year: "835" in 2018/19 is
 * Dorset county (E10000009); "Dorset" in 2019/20 is the Dorset unitary authority (E06000059).
 * Where a name has meant more than one area, the one in being that year is chosen; null when
 * nothing matches, or when two areas of that name were both in being.
 */
export function authorityIn(query: string, year: string): AuthorityInYear | null {
  const candidates = findAuthorities(query);
  const current = candidates.filter((a) => periodStatus(a, year) === "in-period");
  const chosen = current.length === 1 ? current[0] : current.length === 0 && candidates.length === 1 ? candidates[0] : undefined;
  if (!chosen) return null;
  const code = codeIn(chosen, year);
  return { authority: chosen, year, status: periodStatus(chosen, year), code, tier: tierOf(code) };
}

/** The name to show where two areas share one ("Dorset (to 2018/19)", "Dorset (from 2019/20)"). */
export function distinctName(authority: Authority): string {
  const namesakes = authoritiesByName(authority.name).filter((a) => a.id !== authority.id && nameKey(a.name) === nameKey(authority.name));
  if (namesakes.length === 0) return authority.name;
  if (authority.to !== null) return `${authority.name} (to ${authority.to})`;
  if (authority.from !== null) return `${authority.name} (from ${authority.from})`;
  return authority.name;
}

/** The address of the area's page: its identity code and its name, "E06000059-dorset". */
export function authoritySlug(authority: Authority): string {
  return `${authority.id}-${nameKey(authority.name).replace(/ /g, "-")}`;
}
