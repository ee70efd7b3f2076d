import { authorityByNumber, regionByName, regionByNumber } from "../../src/geo/index.ts";
import type { Authority } from "../../src/geo/index.ts";

/**
 * ONS codes for the places in a prepared file, from the project's local authority lookup: a
 * region by any spelling DfE uses, an authority by its DfE number, with the code it had in the
 * period.
 */

/** What kind of year a period is, and the year it starts in. */
export interface PeriodStart {
  timePeriod: string;
  timeIdentifier: "Academic year" | "Calendar year" | "Financial year";
}

/** The first day of a period: 1 September, 1 January or 1 April of its first year. */
export function firstDay(period: PeriodStart): string {
  const year = period.timePeriod.slice(0, 4);
  if (period.timeIdentifier === "Academic year") return `${year}-09-01`;
  if (period.timeIdentifier === "Financial year") return `${year}-04-01`;
  return `${year}-01-01`;
}

/**
 * The authority's ONS code on a day: the code live that day; before its first code began, that
 * first code (DfE's files use the 2009 codes for earlier years too); after its last code ended,
 * `x`, since the area no longer existed.
 */
export function codeOn(authority: Authority, day: string): string {
  const live = authority.codes.find((c) => c.operational <= day && (c.terminated === null || c.terminated >= day));
  if (live) return live.code;
  return day < authority.codes[0]!.operational ? authority.codes[0]!.code : "x";
}

/** The region, Inner or Outer London named so; throws when the lookup does not know the name, or knows the DfE number as another area. */
export function regionCode(name: string, number?: number): string {
  const region = regionByName(name);
  if (!region) throw new Error(`The local authority lookup has no region "${name}"`);
  if (number !== undefined && regionByNumber(number)?.code !== region.code) throw new Error(`Region "${name}" is number ${number} in the source, but the lookup gives that number to another area`);
  return region.code;
}

/** The ONS code of the authority with this DfE number in a period; throws when the lookup does not know the number. */
export function authorityCode(number: number, period: PeriodStart): string {
  const authority = authorityByNumber(number);
  if (!authority) throw new Error(`The local authority lookup has no authority numbered ${number}`);
  return codeOn(authority, firstDay(period));
}

/** ONS codes for a prepared file's places: a region by name (and DfE number), an authority by DfE number in a period. */
export interface PlaceCodes {
  region(name: string, number?: number): string;
  localAuthority(number: number, period: PeriodStart): string;
}

/** Codes from the local authority lookup. */
export const LOOKUP_CODES: PlaceCodes = { region: regionCode, localAuthority: authorityCode };

/** `x` for every code: for tests of a transform that are not about places. */
export const NO_CODES: PlaceCodes = { region: () => "x", localAuthority: () => "x" };
