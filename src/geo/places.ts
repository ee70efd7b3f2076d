import { LOCAL_AUTHORITY_ROWS, localAuthorityNames, type LocalAuthorityRow } from "./local-authority-table.ts";

/**
 * Finding a place from how a file names it: an ONS code, an old DfE three-digit number, or a
 * name in any of the spellings publishers use ("Bristol, City of", "Bristol City of", "Isles Of
 * Scilly", "Durham"). The data layer asks through these functions only, so a fuller lookup
 * (boundary changes, police force areas) can replace the table behind them.
 */

/** A place the lookup knows: its EES level, current ONS code, old DfE number (local authorities) and name as ONS writes it. */
export interface KnownPlace {
  level: "National" | "Regional" | "Local authority";
  code: string;
  oldCode?: string;
  name: string;
  /** The region a local authority sits in. */
  region?: { code: string; name: string };
}

/** The regions of England (E12) and the DfE's Inner and Outer London (E13). */
const REGIONS: readonly [string, string][] = [
  ["E12000001", "North East"],
  ["E12000002", "North West"],
  ["E12000003", "Yorkshire and The Humber"],
  ["E12000004", "East Midlands"],
  ["E12000005", "West Midlands"],
  ["E12000006", "East of England"],
  ["E12000007", "London"],
  ["E12000008", "South East"],
  ["E12000009", "South West"],
  ["E13000001", "Inner London"],
  ["E13000002", "Outer London"],
];

/** The countries and unions of countries UK statistics are published for. */
const COUNTRIES: readonly [string, string][] = [
  ["E92000001", "England"],
  ["W92000004", "Wales"],
  ["S92000003", "Scotland"],
  ["N92000002", "Northern Ireland"],
  ["K04000001", "England and Wales"],
  ["K03000001", "Great Britain"],
  ["K02000001", "United Kingdom"],
];

/** A name reduced to what tells places apart: lower case, no punctuation, `&` as `and`, single spaces. */
export function placeKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[.,'’]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const regionByCode = new Map(REGIONS);

function authority(row: LocalAuthorityRow): KnownPlace {
  const regionName = regionByCode.get(row.regionCode);
  return {
    level: "Local authority",
    code: row.codes[0]!,
    oldCode: row.oldCode,
    name: row.name,
    ...(regionName ? { region: { code: row.regionCode, name: regionName } } : {}),
  };
}

/** Every way of naming a place, to the place: codes as written, names by their key. Later rows win, so the newest authority of a name is found. */
const INDEX: Map<string, KnownPlace> = (() => {
  const index = new Map<string, KnownPlace>();
  for (const [code, name] of COUNTRIES) {
    const place: KnownPlace = { level: "National", code, name };
    index.set(code, place).set(placeKey(name), place);
  }
  for (const [code, name] of REGIONS) {
    const place: KnownPlace = { level: "Regional", code, name };
    index.set(code, place).set(placeKey(name), place);
  }
  const byOld = new Map(LOCAL_AUTHORITY_ROWS.map((row) => [row.oldCode, authority(row)]));
  for (const row of LOCAL_AUTHORITY_ROWS) {
    const place = byOld.get(row.oldCode)!;
    index.set(row.oldCode, place);
    for (const code of row.codes) index.set(code, place);
  }
  for (const [name, oldCode] of localAuthorityNames()) index.set(placeKey(name), byOld.get(oldCode)!);
  return index;
})();

/** A local authority by ONS code, old DfE number or name; undefined when the lookup does not know it. */
export function findLocalAuthority(nameOrCode: string): KnownPlace | undefined {
  const found = findPlace(nameOrCode);
  return found?.level === "Local authority" ? found : undefined;
}

/** A country, region or local authority by code or name; undefined when the lookup does not know it. */
export function findPlace(nameOrCode: string): KnownPlace | undefined {
  const text = nameOrCode.trim();
  return INDEX.get(text.toUpperCase()) ?? INDEX.get(placeKey(text));
}
