/**
 * Writes the small excerpts of the published files that the lookup's build test runs on: every
 * row for a handful of authorities (whole lines, byte for byte; the Parquet table as CSV; the
 * alternative provision file as a ZIP, as published), so the test can rebuild their records and
 * compare them with the committed lookup.
 *
 *   node --import tsx scripts/geo/make-excerpts.ts <folder of published files>
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { strToU8, zipSync } from "fflate";
import { fileText, readTable } from "./read.ts";
import { readSources } from "./source-files.ts";

/** Where the excerpts live. */
export const EXCERPT_FOLDER = "test/fixtures/geo";
/** The year of the whole-England excerpt the hex map's weight is measured on. */
export const MAP_YEAR = "2023/24";
/** The authorities (by DfE number) the excerpts keep: three changes and a recode among them. */
export const EXCERPT_NUMBERS = ["204", "810", "820", "822", "823", "825", "835", "836", "837", "838", "839", "390", "929"];

/** Lines of a CSV whose record passes `keep` (the header always), unchanged. */
function keepLines(text: string, keep: (row: Record<string, string>) => boolean): string {
  const lines = text.split("\n");
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const kept = rows.flatMap((row, i) => (keep(row) ? [lines[i + 1]!] : []));
  return `${[lines[0]!, ...kept].join("\n")}\n`;
}

async function main(): Promise<void> {
  const [folder] = process.argv.slice(2);
  if (!folder) throw new Error("Usage: node --import tsx scripts/geo/make-excerpts.ts <folder of published files>");
  const bytes = readSources(resolve(folder));
  const numbers = new Set(EXCERPT_NUMBERS);
  const reasonsText = fileText(bytes.reasons, "reasons");
  const names = new Set(Papa.parse<Record<string, string>>(reasonsText, { header: true }).data.filter((r) => numbers.has(r.old_la_code ?? "")).map((r) => r.la_name));
  const write = (name: string, content: string | Uint8Array) => writeFileSync(join(EXCERPT_FOLDER, name), content);
  mkdirSync(EXCERPT_FOLDER, { recursive: true });

  write("reasons.csv", keepLines(reasonsText, (r) => r.school_type === "Total" && (r.level !== "LOCAL AUTHORITY" || numbers.has(r.old_la_code ?? ""))));
  write("clean_la_data.csv", keepLines(fileText(bytes["clean-la"], "clean-la"), (r) => r.school_type === "Total" && (r.level !== "Local authority" || names.has(r.la_name) || r.la_name === "NULL")));
  const allTotal = (r: Record<string, string>) => ["gender", "age", "ethnicity_minor", "fsm"].every((c) => r[c] === "Total");
  const ap = keepLines(fileText(bytes.ap, "ap"), (r) => allTotal(r) && (r.geographic_level !== "Local authority" || numbers.has(r.old_la_code ?? "")));
  write("ap_placements_ap_census.zip", zipSync({ "ap_placements_ap_census.csv": strToU8(`\ufeff${ap}`) }, { mtime: new Date("2023-11-29T00:00:00Z") }));

  const columns = ["Short Desc", "Years", "LA and Regions", "Values", "LA Number", "Region"];
  const lait = (await readTable(bytes.lait, "lait", columns)).map((r) => r.values);
  const measures = new Set(["TotPermEx", "TotFixedEx"]);
  const keptLait = lait.filter((r) => (measures.has(r["Short Desc"]!) && (numbers.has(r["LA Number"]!) || Number(r["LA Number"]) >= 970)) || (r["Short Desc"] === "FirstYJS" && r["LA Number"] === "835"));
  write("bds_long_excerpt.csv", `${Papa.unparse(keptLait, { columns, newline: "\n" })}\n`);
  const mapRows = lait.filter((r) => r["Short Desc"] === "TotPermEx" && r.Years === MAP_YEAR && Number(r["LA Number"]) < 970);
  write("totpermex-2023-24.csv", `${Papa.unparse(mapRows, { columns, newline: "\n" })}\n`);

  write("las.csv", keepLines(fileText(bytes.las, "las"), (r) => numbers.has(r.old_la_code ?? "") || ["940 / 941", "x", "702"].includes(r.old_la_code ?? "")));
  write("regions.csv", bytes.regions);
  write("police-force-areas.csv", bytes.police);
  console.log(`Wrote excerpts for ${EXCERPT_NUMBERS.length} authorities to ${EXCERPT_FOLDER}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
