import { buildSite } from "../src/node/build-site.ts";
import { reportAndExit } from "./child.ts";

/**
 * A whole site build from one data folder, as `npm run build` does it: read and check every
 * file, write every page, chart download and dataset file. Its peak memory, beside a build of
 * the small shipped `data/`, shows what the data adds to the toolchain's own.
 *
 *   node bench/site-build.mjs <project root> <data folder> <output folder>
 */

const [root, dataDir, outDir] = process.argv.slice(2);
if (!root || !dataDir || !outDir) throw new Error("Usage: site-build.mjs <project root> <data folder> <output folder>");
const started = performance.now();
await buildSite({ root, dataDir, outDir });
reportAndExit(performance.now() - started, {});
