import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { buildSite } from "../src/node/build-site.ts";
import { serve } from "../test/browser/serve.ts";

/** A site built from a data folder and served on loopback for the browser measurements. */
export interface ServedSite {
  /** Address of the site's root, ending in `/`. */
  root: string;
  /** Every page, as paths from the root (`""`, `datasets/x/`, …). */
  pages: string[];
  /** Seconds the build took. */
  buildSeconds: number;
  close(): Promise<void>;
}

/** Builds `dataDir` into `outDir` exactly as `npm run build` does, then serves it. */
export async function buildAndServe(dataDir: string, outDir: string): Promise<ServedSite> {
  const started = performance.now();
  await buildSite({ dataDir, outDir });
  const buildSeconds = (performance.now() - started) / 1000;
  const entries = await readdir(outDir, { recursive: true });
  const pages = entries
    .filter((e) => e === "index.html" || e.endsWith("/index.html"))
    .map((e) => relative(outDir, join(outDir, e)).replace(/index\.html$/, ""))
    .sort();
  const served = await serve(outDir, "/", { likeAHost: true });
  return { root: `${served.origin}/`, pages, buildSeconds, close: served.close };
}
