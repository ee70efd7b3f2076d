import { defineConfig } from "vite";
import { readDataErrors } from "./src/node/data-errors.ts";
import { clientBundle, dashboard } from "./src/node/plugin.ts";
import { readSiteUrl } from "./src/node/site-url.ts";

/**
 * The whole site: the client entry is bundled, and the dashboard plugin writes every page.
 *
 * Deployment is set here, once, from the environment at build time:
 * - `SITE_URL`: the public address the site is served from, root or sub-path alike
 *   (`SITE_URL=https://example.org/police-in-schools/ npm run build`). It is used for canonical
 *   links, copied permalinks and embed code. Optional: without it, those are made from the
 *   address the reader's browser shows.
 * - `DATA_ERRORS`: unset, any error in a data file stops the build. `DATA_ERRORS=skip` lists every
 *   error, leaves out only the files that have them, builds the rest and names the left-out files
 *   on the home page.
 * - The base path needs no setting: every link and asset is relative (`base: "./"`), so `dist/`
 *   works from any folder of any static host.
 */
export default defineConfig({
  base: "./",
  appType: "mpa",
  plugins: [dashboard({ dataDir: "data", siteUrl: readSiteUrl(process.env.SITE_URL), dataErrors: readDataErrors(process.env.DATA_ERRORS) })],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: clientBundle,
  },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
});
