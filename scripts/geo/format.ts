/**
 * Writes the lookup as JSON that reads well in a diff: each authority, change, region, force,
 * source and citation on a line of its own, in the order the build gives them.
 */

import type { Lookup } from "../../src/geo/types.ts";

/** The lookup as the text committed to `src/geo/local-authorities.json`. */
export function formatLookup(lookup: Lookup): string {
  const sections = Object.entries(lookup).map(([key, items]: [string, readonly unknown[]]) => {
    const lines = items.map((item) => `  ${JSON.stringify(item)}`).join(",\n");
    return `"${key}": [\n${lines}\n ]`;
  });
  return `{\n ${sections.join(",\n ")}\n}\n`;
}
