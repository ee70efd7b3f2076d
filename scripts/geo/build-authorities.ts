/**
 * Assembles one record per DfE local authority number: its ONS codes with dates and the years
 * each file uses them, every spelling of its name, its region and Inner/Outer London, and the
 * years each file has it. Where the files disagree, the build stops and says where.
 */

import { compareAcademicYears } from "../../src/geo/academic-year.ts";
import type { Authority, NameSpelling, OnsCode, SeenIn } from "../../src/geo/types.ts";
import type { AreaRow, CodeRow } from "./extract.ts";
import { InputError } from "./read.ts";
import { fileOf } from "./sources.ts";

const LONDON = "E12000007";
const LONDON_PARTS: Readonly<Record<string, string>> = { "Inner London": "E13000001", "Outer London": "E13000002" };

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** First and last year per source among dated rows, in source order of first appearance. */
export function seenIn(rows: readonly AreaRow[]): SeenIn[] {
  const bySource = groupBy(rows.filter((r) => r.year !== null), (r) => r.source);
  return [...bySource].map(([source, list]) => {
    const years = list.map((r) => r.year!).sort(compareAcademicYears);
    return { source, first: years[0]!, last: years[years.length - 1]! };
  });
}

function spellings(rows: readonly AreaRow[], codes: readonly CodeRow[]): NameSpelling[] {
  const sources = new Map<string, Set<string>>();
  const add = (name: string, source: string) => {
    const set = sources.get(name) ?? new Set<string>();
    set.add(source);
    sources.set(name, set);
  };
  for (const c of codes) add(c.name, "las");
  for (const r of rows) add(r.name, r.source);
  return [...sources].map(([name, set]) => ({ name, sources: [...set] }));
}

function onsCodes(number: string, codeRows: readonly CodeRow[], rows: readonly AreaRow[]): OnsCode[] {
  const known = new Set(codeRows.map((c) => c.code));
  const stray = rows.find((r) => r.code !== null && !known.has(r.code));
  if (stray) {
    throw new InputError(fileOf(stray.source), stray.line, "new_la_code", stray.code, `DfE's list of codes has no such code for authority ${number}; check the list or the row`);
  }
  return [...codeRows]
    .sort((a, b) => a.operational.localeCompare(b.operational))
    .map((c) => ({
      code: c.code,
      operational: c.operational,
      terminated: c.terminated,
      seen: seenIn(rows.filter((r) => r.code === c.code)),
    }));
}

function regionOf(number: string, codeRows: readonly CodeRow[], rows: readonly AreaRow[]): string {
  const regions = new Set(codeRows.map((c) => c.region));
  if (regions.size !== 1) throw new InputError(fileOf("las"), codeRows[0]!.line, "parent_geography_code", [...regions].join(" / "), `authority ${number}'s codes are in different regions`);
  const region = [...regions][0]!;
  for (const r of rows) {
    if (r.source === "reasons" || r.source === "ap") {
      const expected = r.region?.startsWith("E13") ? LONDON : r.region;
      if (expected !== region) throw new InputError(fileOf(r.source), r.line, "region_code", r.region, `authority ${number} is in ${region} in DfE's list of codes`);
    }
  }
  return region;
}

function londonPartOf(number: string, region: string, rows: readonly AreaRow[]): string | null {
  const parts = new Map<string, AreaRow>();
  for (const r of rows) {
    if (r.source === "reasons" && r.region?.startsWith("E13")) parts.set(r.region, r);
    if (r.source === "lait" && r.region && LONDON_PARTS[r.region]) parts.set(LONDON_PARTS[r.region]!, r);
  }
  if (parts.size > 1) {
    const [, second] = [...parts.values()];
    throw new InputError(fileOf(second!.source), second!.line, "region", second!.region, `authority ${number} is put in both Inner and Outer London`);
  }
  const part = [...parts.keys()][0] ?? null;
  if (region === LONDON && part === null) throw new InputError(fileOf("reasons"), null, "region_code", null, `London authority ${number} has no Inner/Outer London in any file`);
  if (region !== LONDON && part !== null) throw new InputError(fileOf("lait"), null, "Region", part, `authority ${number} outside London is put in ${part}`);
  return part;
}

/** One authority per number in DfE's list of codes; every number in the data files must be in it. */
export function buildAuthorities(rows: readonly AreaRow[], codes: readonly CodeRow[]): Authority[] {
  const codesByNumber = groupBy(codes, (c) => c.number);
  const rowsByNumber = groupBy(rows, (r) => r.number);
  for (const [number, list] of rowsByNumber) {
    if (!codesByNumber.has(number)) {
      const r = list[0]!;
      throw new InputError(fileOf(r.source), r.line, "number", number, "DfE's list of codes has no authority with this number");
    }
  }
  return [...codesByNumber]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([number, codeRows]) => {
      const own = rowsByNumber.get(number) ?? [];
      const codesOf = onsCodes(number, codeRows, own);
      const latest = codesOf.find((c) => c.terminated === null) ?? codesOf[codesOf.length - 1]!;
      const latestRow = codeRows.find((c) => c.code === latest.code)!;
      const region = regionOf(number, codeRows, own);
      return {
        id: latest.code,
        number,
        name: latestRow.name,
        names: spellings(own, codeRows),
        codes: codesOf,
        region,
        londonPart: londonPartOf(number, region, own),
        seen: seenIn(own),
        from: null,
        to: null,
      };
    });
}
