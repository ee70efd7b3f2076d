/**
 * Police force areas, for figures published by force (the Metropolitan Police area is
 * E23000001), with codes from DfE's list of police force areas.
 */

import { LOOKUP } from "./lookup.ts";
import { nameKey } from "./names.ts";
import type { PoliceForceArea } from "./types.ts";

const FORCES: readonly PoliceForceArea[] = LOOKUP.policeForceAreas;

/** Every police force area in England and Wales, by code. */
export function allPoliceForceAreas(): readonly PoliceForceArea[] {
  return FORCES;
}

/** The force area with this code. */
export function policeForceByCode(code: string): PoliceForceArea | undefined {
  return FORCES.find((f) => f.code === code.trim().toUpperCase());
}

/**
 * The force area named this way, ignoring case, punctuation, "&"/"and" and a trailing "Police",
 * "Constabulary" or "Police Service" ("Norfolk Constabulary" is Norfolk).
 */
export function policeForceByName(name: string): PoliceForceArea | undefined {
  const key = forceKey(name);
  return FORCES.find((f) => forceKey(f.name) === key);
}

function forceKey(name: string): string {
  return nameKey(name).replace(/ (police service|police|constabulary)$/, "");
}
