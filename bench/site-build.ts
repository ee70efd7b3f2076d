import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildSite } from "../src/node/build-site.ts";
import { reportAndExit } from "./child.ts";
import type { LargestPage } from "./report.ts";
import { gzipBytes } from "./weights.ts";

/**
 * A whole site build from one data folder, as `npm run build` does it: read and check every
 * file, write every page, chart download and dataset file. Its time and peak memory, and the
 * number of pages it wrote with the heaviest one's HTML (gzip, as a host serves it), are read
 * beside a build of a baseline folder run in turn with it.
 *
 *   node bench/site-build.mjs <project root> <data folder> <output folder>
 */

/** Every page the build wrote, and the one with the most HTML once gzipped. */
async function weighPages(outDir: string): Promise<{ pages: number; largest: LargestPage }> {
  const pages = (await readdir(outDir, { recursive: true })).filter((f) => f === "index.html" || f.endsWith("/index.html"));
  let largest: LargestPage = { page: "", gzip: 0, raw: 0 };
  for (const page of pages) {
    const body = await readFile(join(outDir, page));
    const gzip = gzipBytes(body);
    if (gzip > largest.gzip) largest = { page: page.replace(/index\.html$/, "") || "(home)", gzip, raw: body.length };
  }
  return { pages: pages.length, largest };
}

const [root, dataDir, outDir] = process.argv.slice(2);
if (!root || !dataDir || !outDir) throw new Error("Usage: site-build.mjs <project root> <data folder> <output folder>");
const started = performance.now();
await buildSite({ root, dataDir, outDir });
const ms = performance.now() - started;
reportAndExit(ms, await weighPages(outDir));
