/**
 * England, the nine regions and DfE's Inner and Outer London, with every spelling the files use
 * and the interactive tool's number for each. Names without a code are matched to a coded name
 * by the case- and punctuation-insensitive key; one that matches nothing stops the build.
 */

import { nameKey } from "../../src/geo/names.ts";
import type { Region } from "../../src/geo/types.ts";
import type { RegionRow } from "./extract.ts";
import { LAIT_REGION_NAMES } from "./facts.ts";
import { InputError } from "./read.ts";
import { fileOf } from "./sources.ts";

function kindOf(code: string): Region["kind"] {
  if (code.startsWith("E92")) return "country";
  if (code.startsWith("E13")) return "london-part";
  return "region";
}

function codeFor(row: RegionRow, codeByKey: ReadonlyMap<string, string>): string {
  if (row.code) return row.code;
  const code = (row.source === "lait" ? LAIT_REGION_NAMES[row.name] : undefined) ?? codeByKey.get(nameKey(row.name));
  if (!code) throw new InputError(fileOf(row.source), row.line, "name", row.name, "no region, England or Inner/Outer London is spelled like this in a file with codes");
  return code;
}

/** One record per code: the region list's name, each file's spellings and the tool's number. */
export function buildRegions(rows: readonly RegionRow[]): Region[] {
  const named = new Map<string, string>();
  const codeByKey = new Map<string, string>();
  for (const row of rows) {
    if (!row.code) continue;
    if (row.source === "regions" || !named.has(row.code)) named.set(row.code, row.name);
    codeByKey.set(nameKey(row.name), row.code);
  }
  const spellings = new Map<string, Map<string, Set<string>>>();
  const numbers = new Map<string, string>();
  for (const row of rows) {
    const code = codeFor(row, codeByKey);
    const names = spellings.get(code) ?? new Map<string, Set<string>>();
    names.set(row.name, (names.get(row.name) ?? new Set<string>()).add(row.source));
    spellings.set(code, names);
    if (row.number) {
      const previous = numbers.get(code);
      if (previous && previous !== row.number) throw new InputError(fileOf(row.source), row.line, "LA Number", row.number, `${code} already has number ${previous}`);
      numbers.set(code, row.number);
    }
  }
  return [...named]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, name]) => ({
      code,
      name,
      kind: kindOf(code),
      number: numbers.get(code) ?? null,
      names: [...(spellings.get(code) ?? new Map<string, Set<string>>())].map(([n, set]) => ({ name: n, sources: [...set] })),
    }));
}
