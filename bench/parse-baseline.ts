import { createReadStream } from "node:fs";
import Papa from "papaparse";
import { reportAndExit } from "./child.ts";

/**
 * The baseline: papaparse streaming a file from a read stream with `header: true`, as its
 * documentation shows, doing nothing with the rows but count them.
 *
 *   node --import tsx bench/parse-baseline.ts <file.csv>
 */

const path = process.argv[2];
if (!path) throw new Error("Usage: parse-baseline.ts <file.csv>");
const started = performance.now();
let rows = 0;
await new Promise<void>((resolve, reject) => {
  Papa.parse<Record<string, string>>(createReadStream(path) as unknown as File, {
    header: true,
    chunk(results) {
      rows += results.data.length;
    },
    complete: () => resolve(),
    error: (error: Error) => reject(error),
  });
});
reportAndExit(performance.now() - started, { rows });
