/**
 * England, its nine regions (E12) and DfE's Inner and Outer London (E13), found by code, by any
 * spelling the files use ("Yorkshire and The Humber", "London (Inner)") or by DfE's area number.
 */

import { LOOKUP } from "./lookup.ts";
import { nameKey } from "./names.ts";
import type { Authority, Region } from "./types.ts";

const REGIONS: readonly Region[] = LOOKUP.regions;

/** England, the regions, and Inner and Outer London, by code. */
export function allRegions(): readonly Region[] {
  return REGIONS;
}

/** The nine regions with their E12 codes. */
export function englishRegions(): Region[] {
  return REGIONS.filter((r) => r.kind === "region");
}

/** DfE's Inner London (E13000001) and Outer London (E13000002). */
export function londonParts(): Region[] {
  return REGIONS.filter((r) => r.kind === "london-part");
}

/** The region, England or London part with this code. */
export function regionByCode(code: string): Region | undefined {
  return REGIONS.find((r) => r.code === code.trim().toUpperCase());
}

/** The region, England or London part spelled this way, ignoring case and punctuation. */
export function regionByName(name: string): Region | undefined {
  const key = nameKey(name);
  return REGIONS.find((r) => nameKey(r.name) === key || r.names.some((n) => nameKey(n.name) === key));
}

/** The region with DfE's interactive-tool number (970 England, 980 to 990 the regions). */
export function regionByNumber(number: string | number): Region | undefined {
  return REGIONS.find((r) => r.number === String(number).trim());
}

/** The authority's region. */
export function regionOf(authority: Authority): Region {
  const region = regionByCode(authority.region);
  if (!region) throw new Error(`No region ${authority.region} for ${authority.name}`);
  return region;
}

/** The authority's half of London in DfE's Inner/Outer split, or null outside London. */
export function londonPartOf(authority: Authority): Region | null {
  return authority.londonPart ? (regionByCode(authority.londonPart) ?? null) : null;
}
