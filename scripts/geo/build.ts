/**
 * The lookup from the files' bytes: read each file, take what the lookup needs, assemble
 * authorities, regions, changes and police force areas. Pure apart from reading the Parquet
 * file, which is asynchronous; the command-line script around it does the file access.
 */

import type { Lookup } from "../../src/geo/types.ts";
import { buildAuthorities } from "./build-authorities.ts";
import { buildChanges } from "./build-changes.ts";
import { buildRegions } from "./build-regions.ts";
import { fromAp, fromCleanLa, fromLait, fromLas, fromPolice, fromReasons, fromRegions } from "./extract.ts";
import { CHANGES, CITATIONS, type ChangeFact } from "./facts.ts";
import { fileText, parseCsv, readTable } from "./read.ts";
import { fileOf, SOURCES, type SourceId } from "./sources.ts";

/** The bytes of each source file, by source id. */
export type SourceBytes = Readonly<Record<SourceId, Uint8Array>>;

/** The lookup, and the rows of the files it deliberately leaves out, each with its reason. */
export interface BuildResult {
  lookup: Lookup;
  leftOut: string[];
}

function csv(bytes: SourceBytes, id: SourceId, columns: readonly string[]) {
  return parseCsv(fileText(bytes[id], fileOf(id)), fileOf(id), columns);
}

function checkCitations(changes: readonly ChangeFact[]): void {
  const known = new Set(CITATIONS.map((c) => c.id));
  for (const change of changes) {
    const missing = change.citations.find((id) => !known.has(id));
    if (missing) throw new Error(`Change ${change.id} cites "${missing}", which is not in CITATIONS (scripts/geo/facts.ts)`);
  }
}

/** Builds the whole lookup from the source files' bytes (and the stated changes, all of them unless given). */
export async function buildLookup(bytes: SourceBytes, changeFacts: readonly ChangeFact[] = CHANGES): Promise<BuildResult> {
  checkCitations(changeFacts);
  const reasons = fromReasons(csv(bytes, "reasons", ["year", "level", "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name"]), fileOf("reasons"));
  const numberByName = new Map(reasons.areas.map((r) => [r.name, r.number]));
  const cleanLa = fromCleanLa(csv(bytes, "clean-la", ["year", "level", "la_name"]), fileOf("clean-la"), numberByName);
  const ap = fromAp(csv(bytes, "ap", ["time_period", "geographic_level", "country_code", "country_name", "region_code", "region_name", "old_la_code", "la_name", "new_la_code"]), fileOf("ap"));
  const laitRecords = await readTable(bytes.lait, fileOf("lait"), ["Short Desc", "Years", "LA and Regions", "Values", "LA Number", "Region"]);
  const lait = fromLait(laitRecords, fileOf("lait"));
  const las = fromLas(csv(bytes, "las", ["new_la_code", "la_name", "date_of_operation", "date_of_termination", "parent_geography_code", "old_la_code"]), fileOf("las"));
  const regionList = fromRegions(csv(bytes, "regions", ["region_code", "region_name"]), fileOf("regions"));
  const police = fromPolice(csv(bytes, "police", ["pfa_code", "pfa_name"]), fileOf("police"));

  const areas = [...reasons.areas, ...cleanLa.areas, ...ap.areas, ...lait.areas];
  const { changes, authorities } = buildChanges(changeFacts, buildAuthorities(areas, las.codes));
  const regions = buildRegions([...regionList, ...reasons.regions, ...cleanLa.regions, ...ap.regions, ...lait.regions]);
  return {
    lookup: {
      sources: SOURCES.map((s) => ({ ...s })),
      citations: CITATIONS.map((c) => ({ ...c })),
      regions,
      authorities,
      changes,
      policeForceAreas: [...police.forces].sort((a, b) => a.code.localeCompare(b.code)),
    },
    leftOut: [...cleanLa.leftOut, ...lait.leftOut, ...las.leftOut, ...police.leftOut],
  };
}
