import { resolve } from "node:path";
import type { Connect, Plugin, ResolvedConfig, ViteDevServer } from "vite";
import { formatProblem } from "../data/problems.ts";
import type { Problem } from "../data/types.ts";
import { downloadPath } from "../site/chart-tools.ts";
import type { Page } from "../site/layout.ts";
import { sitePages } from "../site/pages.ts";
import type { DataErrors } from "./data-errors.ts";
import { loadSite, type SiteData } from "./load-site.ts";
import { writePreviews } from "./previews.ts";
import { datasetReadme, datasetZip, viewFiles, writeDatasetCsv, writeDatasetFiles } from "./downloads.ts";
import { diskWriter, type SiteWriter } from "./site-writer.ts";
import { progressReporter, terminalOutput } from "./progress.ts";

/**
 * The build step, as a Vite plugin: reads `data/` once, stops the build on any error (listing
 * them all; with `DATA_ERRORS=skip`, lists them and leaves out only the files that have them),
 * and writes one HTML page per dataset with its charts already drawn. In dev it renders pages
 * on request and reloads when a data file changes.
 *
 *   data/*.csv ─▶ load-site (stream, check, fold) ─▶ page models ─▶ pages.ts ─▶ dist/**\/index.html
 */

/** Where the client entry and stylesheet live, from the project root. */
const CLIENT_ENTRY = "src/client/main.ts";
const CLIENT_STYLE = "src/client/style.css";

/** Options: the data folder, and where messages go (tests pass their own). */
export interface DashboardOptions {
  dataDir?: string;
  log?: (line: string) => void;
  /** The site's public address ending in `/`, for canonical links, permalinks and embed code; see `vite.config.ts`. */
  siteUrl?: string;
  /** Whether an error stops the build (the default) or leaves out only its file; see `vite.config.ts`. */
  dataErrors?: DataErrors;
  /** Where pages and downloads are written, given the build's output folder: to disk unless a test says otherwise. */
  writer?: (outDir: string) => SiteWriter;
}

/** The plugin's name, by which a build stopped by the data is told from any other failure. */
export const DATA_PLUGIN = "dashboard-pages";

/** Every problem as a block of lines, errors first. */
export function problemReport(problems: Problem[]): string {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return sorted.map(formatProblem).join("\n");
}

/** The plugin that turns `data/` into pages. */
export function dashboard(options: DashboardOptions = {}): Plugin {
  const log = options.log ?? ((line: string) => console.log(line));
  let config: ResolvedConfig;
  let dataDir = "";
  let site: Promise<SiteData> | null = null;
  const siteUrl = options.siteUrl ? { siteUrl: options.siteUrl } : {};
  const skip = options.dataErrors === "skip";

  /** The entry's script and stylesheet files, as the bundler named them. */
  const assets = { scripts: [] as string[], styles: [] as string[] };
  const load = () => (site ??= loadSite(dataDir, progressReporter(options.log ? { log } : terminalOutput(log))));

  return {
    name: DATA_PLUGIN,
    configResolved(resolved) {
      config = resolved;
      dataDir = resolve(config.root, options.dataDir ?? "data");
    },
    async buildStart() {
      if (config.command !== "build") return;
      site = null;
      assets.scripts = [];
      assets.styles = [];
      const { models, problems, failed } = await load();
      const warnings = models.flatMap((m) => m.warnings);
      if (warnings.length) log(`${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"} (shown on each dataset's page):\n${problemReport(warnings)}`);
      if (problems.length && !skip) {
        this.error(`${problems.length} ${problems.length === 1 ? "problem stops" : "problems stop"} the build:\n${problemReport(problems)}`);
      }
      if (problems.length) {
        log(`${problems.length} ${problems.length === 1 ? "error" : "errors"}; DATA_ERRORS=skip leaves out ${failed.map((f) => f.file).join(", ")} (named on the home page):\n${problemReport(problems)}`);
      }
      for (const m of models) {
        log(`${m.id}: ${m.rows.read} rows read, ${m.rows.used} used, ${m.rows.rejectedLines.length} rejected; ${m.views.length} charts`);
      }
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === "chunk" && file.isEntry) {
          assets.scripts.push(file.fileName);
          assets.styles.push(...(file.viteMetadata?.importedCss ?? []));
        }
      }
    },
    /**
     * Pages and downloads are written once the bundle is on disk, one file at a time: a dataset
     * with many places makes many pages, and handing them all to the bundler held every one in
     * memory at once. The datasets' own files are streamed.
     */
    async writeBundle(output) {
      const site = (options.writer ?? diskWriter)(output.dir ?? resolve(config.root, config.build.outDir));
      const { models, failed } = await load();
      const { scripts, styles } = assets;
      const pages = sitePages(models, failed);
      // Pictures are drawn off the main thread while the pages are written; a failure is thrown once they are.
      const previews = writePreviews(site, pages).then(() => null, (error: unknown) => ({ error }));
      for (const page of pages) {
        await site.write(`${page.path}index.html`, page.render({ scripts, styles, csp: true, ...siteUrl }));
      }
      const failedPreviews = await previews;
      if (failedPreviews) throw failedPreviews.error;
      for (const file of viewFiles(models, siteUrl)) await site.write(file.fileName, file.source);
      await writeDatasetFiles(dataDir, site, models, siteUrl);
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(dataDir);
      server.watcher.on("all", (_event, path) => {
        if (!path.startsWith(dataDir)) return;
        site = null;
        server.ws.send({ type: "full-reload" });
      });
      server.middlewares.use(devPages(server, { dataDir, siteUrl, skip, load }));
    },
  };
}

/** The type a download is served as, by its name. */
function contentType(url: string): string {
  if (url.endsWith(".svg")) return "image/svg+xml";
  if (url.endsWith(".zip")) return "application/zip";
  if (url.endsWith(".txt")) return "text/plain; charset=utf-8";
  return "text/csv; charset=utf-8";
}

/** What the dev server needs to render pages and downloads on request. */
interface DevSite {
  dataDir: string;
  siteUrl: { siteUrl?: string };
  skip: boolean;
  load: () => Promise<SiteData>;
}

/** The dev server's handler: each page and download rendered from the data as it is now, or the data's problems. */
function devPages(server: ViteDevServer, dev: DevSite): Connect.NextHandleFunction {
  const { dataDir, siteUrl, skip, load } = dev;
  return async (req, res, next) => {
    const url = (req.url ?? "/").split("?")[0]!;
    if (url.startsWith("/downloads/")) {
      const models = await load().then((data) => data.models, (error: unknown) => void next(error));
      if (!models) return;
      const dataset = (path: (id: string) => string) => models.find((m) => `/${path(m.id)}` === url);
      res.setHeader("Content-Type", contentType(url));
      const csv = dataset(downloadPath.datasetCsv);
      if (csv) return void writeDatasetCsv(dataDir, csv, (text) => res.write(text)).then(() => res.end(), next);
      const readme = dataset(downloadPath.datasetReadme);
      if (readme) return void res.end(datasetReadme(readme, siteUrl));
      const zip = dataset(downloadPath.datasetZip);
      if (zip) return void datasetZip(dataDir, zip, siteUrl).then((bytes) => res.end(bytes), next);
      const file = viewFiles(models, siteUrl).find((f) => `/${f.fileName}` === url);
      if (!file) return next();
      return void res.end(file.source);
    }
    if (!url.endsWith("/") && !url.endsWith(".html")) return next();
    try {
      const data = await load();
      if (data.problems.length && !skip) {
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
        return void res.end(`The data has problems:\n${problemReport(data.problems)}`);
      }
      const page = findPage(sitePages(data.models, data.failed), url);
      if (!page) return next();
      const html = page.render({ scripts: [`/${CLIENT_ENTRY}`], styles: [CLIENT_STYLE], ...siteUrl });
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(await server.transformIndexHtml(url, html));
    } catch (error) {
      next(error);
    }
  };
}

function findPage(pages: Page[], url: string): Page | undefined {
  const path = url.replace(/^\//, "").replace(/index\.html$/, "");
  return pages.find((p) => p.path === path);
}

/** The client entry, for `build.rolldownOptions.input`. */
export const clientEntry = CLIENT_ENTRY;

/**
 * How the browser code is bundled (`build.rolldownOptions`): one entry; the code a reader's
 * first reach for a tooltip, a comparison picker or a PNG needs is split off by its dynamic import.
 */
export const clientBundle = {
  input: { main: CLIENT_ENTRY },
};
