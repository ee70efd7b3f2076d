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

/**
 * The pages opened in Chromium: home, about and every dataset page, and the first of each other
 * kind (a chart's own page, an embed, a place), which share their dataset page's script. Every
 * page's HTML is weighed apart, without the browser, by the builds of data/ above.
 */
export function pagesToWeigh(pages: readonly string[]): string[] {
  const firstOf = (kind: RegExp) => pages.filter((p) => kind.test(p)).slice(0, 1);
  return [
    ...pages.filter((p) => p === "" || p === "about/" || /^datasets\/[^/]+\/$/.test(p)),
    ...firstOf(/^datasets\/[^/]+\/views\/[^/]+\/$/),
    ...firstOf(/^embed\/[^/]+\/$/),
    ...firstOf(/^datasets\/[^/]+\/places\/[^/]+\/$/),
  ];
}
