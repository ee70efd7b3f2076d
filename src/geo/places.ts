import { authorityIn, findAuthorities } from "./authorities.ts";
import { policeForceByCode, policeForceByName } from "./police.ts";
import { regionByCode, regionByName } from "./regions.ts";
import type { Authority } from "./types.ts";

/**
 * Finding a place from how a data file names it (an ONS code, an old DfE number, or a name in
 * any of the spellings publishers use), as the data reader asks it: one answer or none, with
 * the level the place is read at. Answered from the committed lookup beside this file.
 */

/** A place a file names, as the lookup knows it: its EES level, ONS code, old DfE number (authorities) and name as ONS writes it. */
export interface KnownPlace {
  level: "National" | "Regional" | "Local authority" | "Police force area";
  code: string;
  oldCode?: string;
  name: string;
  /** The region a local authority sits in. */
  region?: { code: string; name: string };
}

/** Countries and unions of countries UK statistics are published for, besides England (which the lookup holds). */
const COUNTRIES: readonly [string, string][] = [
  ["W92000004", "Wales"],
  ["S92000003", "Scotland"],
  ["N92000002", "Northern Ireland"],
  ["K04000001", "England and Wales"],
  ["K03000001", "Great Britain"],
  ["K02000001", "United Kingdom"],
];

/** A name reduced to what tells places apart: lower case, no punctuation, `&` as `and`, single spaces. */
function key(text: string): string {
  return text.toLowerCase().replace(/&/g, " and ").replace(/[.,'’()]/g, " ").replace(/\s+/g, " ").trim();
}

function authorityPlace(authority: Authority, code: string): KnownPlace {
  const region = regionByCode(authority.region);
  return { level: "Local authority", code, oldCode: authority.number, name: authority.name, ...(region ? { region: { code: region.code, name: region.name } } : {}) };
}

/**
 * A local authority by ONS code, old DfE number or name; undefined when the lookup does not know
 * it, or when a name has meant two areas and no year says which. With a year (`2018/19` or
 * `201819`), the code is the one in use then and a shared name is the area in being then.
 */
export function findLocalAuthority(nameOrCode: string, year?: string): KnownPlace | undefined {
  const text = nameOrCode.trim();
  if (text === "") return undefined;
  if (year) {
    const found = authorityIn(text, year);
    if (found) return authorityPlace(found.authority, found.code);
  }
  const candidates = findAuthorities(text);
  // A name two areas have had (Dorset) is the one in being now, when just one of them is.
  const chosen = candidates.length === 1 ? candidates[0] : candidates.filter((a) => a.to === null).length === 1 ? candidates.find((a) => a.to === null) : undefined;
  return chosen ? authorityPlace(chosen, /^[EW]\d{8}$/i.test(text) ? text.toUpperCase() : chosen.id) : undefined;
}

/** A country, region (E12 or DfE's Inner and Outer London), police force area or local authority by code or name. */
export function findPlace(nameOrCode: string, year?: string): KnownPlace | undefined {
  const text = nameOrCode.trim();
  if (text === "") return undefined;
  const region = regionByCode(text) ?? regionByName(text);
  if (region) return { level: region.kind === "country" ? "National" : "Regional", code: region.code, name: region.name };
  const country = COUNTRIES.find(([code, name]) => code === text.toUpperCase() || key(name) === key(text));
  if (country) return { level: "National", code: country[0], name: country[1] };
  // An education file's "Durham" or "Kent" is the local authority; a police force is found by a name no authority has.
  const authority = findLocalAuthority(text, year);
  if (authority) return authority;
  const force = policeForceByCode(text) ?? policeForceByName(text);
  return force ? { level: "Police force area", code: force.code, name: force.name } : undefined;
}
