import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { PREPARATIONS } from "./preparations.ts";

/**
 * `npm run prepare-data`: turns the published files kept in `sources/` into the data files in
 * `data/`, printing what became of every row read. Every preparation runs before any file is
 * written, so one that stops (a count that does not add up, a source not as expected) leaves
 * `data/` as it was.
 */

const ROOT = resolve(import.meta.dirname, "../..");

const results = [];
for (const [name, prepare] of Object.entries(PREPARATIONS)) results.push({ name, ...(await prepare(ROOT)) });
for (const { name, outputs, report } of results) {
  process.stdout.write(`${name}\n${report.join("\n")}\n`);
  for (const [file, text] of outputs) {
    await writeFile(join(ROOT, "data", file), text);
    process.stdout.write(`  wrote data/${file}\n`);
  }
}
