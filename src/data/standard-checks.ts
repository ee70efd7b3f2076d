import { findLocalAuthority, findPlace } from "../geo/places.ts";
import { GEOGRAPHY_COLUMNS } from "./columns.ts";
import type { IngestContext } from "./ingest-context.ts";
import { messages } from "./problems.ts";

/**
 * What DfE's screener checks row by row in an EES file that the dashboard reads past: how a
 * period's kind and a geographic level are spelled, kinds of period mixed in one file, place
 * codes and names that are not a pair, a Total in a geography column, and a narrower level's
 * columns filled on a wider level's row. Each is a warning, said once per spelling or place.
 */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SINGLES = ["Calendar year", "Academic year", "Financial year", "Tax year", "Reporting year"];
const TERMS = ["Autumn term", "Spring term", "Summer term", "Autumn and spring term"];
const QUARTERS = [1, 2, 3, 4].map((q) => `Financial year Q${q}`);
const HALVES = ["Part 1 (April to September)", "Part 2 (October to March)"];
const WEEKS = Array.from({ length: 52 }, (_, i) => `Week ${i + 1}`);

/** Each identifier the standard names, by its lower case, with the group of those a file may mix. */
const IDENTIFIERS = new Map<string, { standard: string; group: string }>([
  ...SINGLES.map((s) => [s.toLowerCase(), { standard: s, group: s }] as const),
  ...TERMS.map((s) => [s.toLowerCase(), { standard: s, group: "terms" }] as const),
  ...QUARTERS.map((s) => [s.toLowerCase(), { standard: s, group: "financial quarters" }] as const),
  ...HALVES.map((s) => [s.toLowerCase(), { standard: s, group: "financial halves" }] as const),
  ...WEEKS.map((s) => [s.toLowerCase(), { standard: s, group: "weeks" }] as const),
  ...MONTHS.map((s) => [s.toLowerCase(), { standard: s, group: "months" }] as const),
]);

/** Checks the spelling of each time_identifier once, and which kinds of period a file mixes. */
export class IdentifierCheck {
  private readonly seen = new Set<string>();
  private readonly groups = new Map<string, string>();

  constructor(
    private readonly ctx: IngestContext,
    /** Whether to say kinds of period are mixed, which the dashboard reads but EES does not allow. */
    private readonly strict: boolean,
  ) {}

  see(written: string, line: number, index: number): void {
    if (this.seen.has(written)) return;
    this.seen.add(written);
    const text = written.trim().replace(/\s+/g, " ");
    const known = IDENTIFIERS.get(text.toLowerCase());
    if (!known) return;
    if (known.standard !== written) this.ctx.log.add("standard:identifier", messages.identifierSpelling(this.ctx.at(line, index, written), known.standard));
    if (!this.groups.has(known.group)) this.groups.set(known.group, known.standard);
  }

  finish(): void {
    if (this.strict && this.groups.size > 1) this.ctx.log.add("standard:mixed", messages.identifiersMixed(this.ctx.file, [...this.groups.values()]));
  }
}

/** Levels from widest to narrowest whose columns a wider row must leave blank. */
const NARROWER: Record<string, string[]> = {
  National: ["Regional", "Local authority"],
  Regional: ["Local authority"],
};

/** The names a place with the code z may have (none applies, or it lies outside England or is unknown). */
const Z_NAMES = new Set(["Not applicable", "Unknown", "Outside of England", "Outside of the United Kingdom", "Outside of England and unknown", "Outside of the United Kingdom and unknown"]);

/** Levels whose unknown places are written with the code x and the name "Not available". */
const NAMED_NOT_AVAILABLE = new Set(["Opportunity area", "MAT", "Sponsor", "School", "Provider", "Police force area"]);

/** The code and name pairs the lookup can check, by level. */
const PAIRS: { level: string; code: string; name: string }[] = [
  { level: "National", code: "country_code", name: "country_name" },
  { level: "Regional", code: "region_code", name: "region_name" },
  { level: "Local authority", code: "new_la_code", name: "la_name" },
];

/** A local authority's name and old DfE number against its ONS code (either of its codes, as authorities have had two). */
function checkAuthority(ctx: IngestContext, places: Record<string, number>, cells: string[], code: string, name: string, line: number): void {
  const known = findLocalAuthority(code);
  if (!known) return;
  const old = places["old_la_code"] === undefined ? "" : cells[places["old_la_code"]!]!.trim();
  if (known.name === name && (old === "" || old === known.oldCode)) return;
  const written = old ? `${old} ${code} ${name}` : `${code} ${name}`;
  ctx.log.add("standard:pair", messages.placeMismatch(ctx.at(line, places["la_name"]!, written), written, `${known.oldCode} ${code} ${known.name}`));
}

/** Checks a new place's columns on the row that first names it: Total in a geography column, pairs the lookup disowns, narrower columns filled. */
export function checkPlace(ctx: IngestContext, places: Record<string, number>, cells: string[], level: string, line: number): void {
  for (const [column, index] of Object.entries(places)) {
    // A school's or provider's name may stand as a filter, Total and all (the screener allows it).
    if (ctx.plan.placeFilters.includes(column)) continue;
    const value = cells[index]!.trim();
    if (/^(total|all)$/i.test(value)) ctx.log.add("standard:total", messages.totalInPlace(ctx.at(line, index, value)));
  }
  for (const pair of PAIRS) {
    const code = places[pair.code] === undefined ? "" : cells[places[pair.code]!]!.trim();
    const name = places[pair.name] === undefined ? "" : cells[places[pair.name]!]!.trim();
    if (code === "" || name === "" || code === "x") continue;
    const at = ctx.at(line, places[pair.name]!, `${code} ${name}`);
    if (code === "z") {
      if (!Z_NAMES.has(name)) ctx.log.add("standard:pair", messages.placeMismatch(at, `${code} ${name}`, 'z with a name such as "Not applicable" or "Unknown"'));
      continue;
    }
    if (pair.level === "Local authority") {
      checkAuthority(ctx, places, cells, code, name, line);
      continue;
    }
    const known = pair.level === "Local authority" ? findLocalAuthority(code) : findPlace(code);
    // Countries and regions are few enough to know every code: an unknown code with a known name is a mistyped code.
    const byName = pair.level === "Local authority" ? undefined : findPlace(name);
    const expected = known?.level === pair.level ? known : !known && byName?.level === pair.level ? byName : undefined;
    if (expected && (expected.name !== name || expected.code !== code)) ctx.log.add("standard:pair", messages.placeMismatch(at, `${code} ${name}`, `${expected.code} ${expected.name}`));
  }
  if (NAMED_NOT_AVAILABLE.has(level)) {
    const columns = GEOGRAPHY_COLUMNS[level]!;
    const codeIndex = columns.code.map((c) => places[c]).find((i) => i !== undefined);
    const nameIndex = places[columns.name];
    const code = codeIndex === undefined ? "" : cells[codeIndex]!.trim();
    const name = nameIndex === undefined ? "" : cells[nameIndex]!.trim();
    if (codeIndex !== undefined && nameIndex !== undefined && (code === "x") !== (name === "Not available")) {
      ctx.log.add("standard:not-available", messages.notAvailablePair(ctx.at(line, nameIndex, `${code} ${name}`)));
    }
  }
  for (const narrower of NARROWER[level] ?? []) {
    const columns = GEOGRAPHY_COLUMNS[narrower]!;
    for (const column of [...columns.code, columns.name]) {
      const index = places[column];
      if (index !== undefined && cells[index]!.trim() !== "") ctx.log.add("standard:overcompleted", messages.overcompleted(ctx.at(line, index, cells[index]!), level));
    }
  }
}
