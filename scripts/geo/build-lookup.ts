/**
 * Builds `src/geo/local-authorities.json` from DfE's published files.
 *
 *   node --import tsx scripts/geo/build-lookup.ts <folder> [output]
 *
 * The folder holds each file of scripts/geo/sources.ts at `<owner>+<repository>/<path>`, as read
 * at the pinned commit; each file's git blob id is checked before it is read.
 */

import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildLookup } from "./build.ts";
import { formatLookup } from "./format.ts";
import { readSources } from "./source-files.ts";

async function main(): Promise<void> {
  const [folder, output = "src/geo/local-authorities.json"] = process.argv.slice(2);
  if (!folder) {
    console.error("Usage: node --import tsx scripts/geo/build-lookup.ts <folder of published files> [output]");
    process.exitCode = 2;
    return;
  }
  const { lookup, leftOut } = await buildLookup(readSources(resolve(folder)));
  writeFileSync(output, formatLookup(lookup));
  console.log(`Wrote ${output}: ${lookup.authorities.length} authorities, ${lookup.changes.length} changes, ${lookup.regions.length} regions, ${lookup.policeForceAreas.length} police force areas.`);
  console.log(`Rows left out on purpose (${leftOut.length}):`);
  for (const line of leftOut) console.log(`  ${line}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
