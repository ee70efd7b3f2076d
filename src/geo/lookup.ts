/**
 * The committed lookup, typed. Built by scripts/geo/build-lookup.ts from DfE's published files;
 * never edited by hand.
 */

import data from "./local-authorities.json";
import type { Lookup } from "./types.ts";

/** Every authority, region, change and police force area the lookup knows, with its sources. */
export const LOOKUP: Lookup = data as Lookup;
