import { resolve } from "node:path";
import { build } from "vite";
import type { DataErrors } from "./data-errors.ts";
import { clientBundle, dashboard } from "./plugin.ts";
import type { SiteWriter } from "./site-writer.ts";

/** Options for a programmatic build: which data folder, where to write, and where messages go. */
export interface BuildSiteOptions {
  dataDir: string;
  outDir: string;
  log?: (line: string) => void;
  /** The public address the site will be served from, as `SITE_URL` sets it for `npm run build`. */
  siteUrl?: string;
  /** What an error in a data file does, as `DATA_ERRORS` sets it for `npm run build`. */
  dataErrors?: DataErrors;
  /** The project folder holding `src/client/`; this checkout's unless a bundled program says otherwise. */
  root?: string;
  /** Where pages and downloads are written; to disk in `outDir` unless given. */
  writer?: (outDir: string) => SiteWriter;
}

/** Builds the site from a data folder, as `npm run build` does, for tests and benchmarks. */
export async function buildSite({ dataDir, outDir, log = () => {}, siteUrl, dataErrors = "stop", root = resolve(import.meta.dirname, "../.."), writer }: BuildSiteOptions): Promise<void> {
  await build({
    root,
    configFile: false,
    base: "./",
    appType: "mpa",
    logLevel: "silent",
    plugins: [dashboard({ dataDir: resolve(dataDir), log, dataErrors, ...(siteUrl ? { siteUrl } : {}), ...(writer ? { writer } : {}) })],
    build: {
      outDir: resolve(outDir),
      emptyOutDir: true,
      rolldownOptions: clientBundle,
    },
  });
}
