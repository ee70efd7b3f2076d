import type { ChildReport } from "./child.ts";
import { formatPlain } from "../src/text/number.ts";
import type { PageWeight } from "./weights.ts";

/**
 * The benchmark's results as data (written as JSON) and as one table (printed, and pasted into
 * the README), with each target beside the figure that meets or misses it.
 */

/** Repeated runs of one program on one file, summarised by their median. */
export interface Runs {
  runs: ChildReport[];
  medianMs: number;
  mbPerSecond: number;
  /** The largest peak RSS of any run, in MB. */
  peakRssMb: number;
}

/** One generated file, read by the baseline and by the project. */
export interface FileResult {
  name: string;
  rows: number;
  bytes: number;
  baseline: Runs;
  ingest: Runs;
  /** Project throughput over baseline throughput. */
  ratio: number;
  /** A whole site build from this file alone, if measured. */
  siteBuild?: SiteBuild;
}

/** One site build in its own process: how long it took and its peak memory, and, when weighed, its pages. */
export interface SiteBuild {
  ms: number;
  peakRssMb: number;
  pages?: number;
  largest?: LargestPage;
}

/** The page of a built site with the most HTML, gzipped as a host serves it. */
export interface LargestPage {
  page: string;
  gzip: number;
  raw: number;
}

/** Repeated builds of one data folder, summarised by their median time. */
export interface SiteRuns {
  name: string;
  builds: SiteBuild[];
  medianMs: number;
  peakRssMb: number;
  pages: number;
  largest: LargestPage;
}

/** Builds of the shipped `data/` and of a one-file baseline folder, run in turn on the same machine, and their ratios. */
export interface SiteComparison {
  baseline: SiteRuns;
  data: SiteRuns;
  /** Median build time of data/ over the baseline's. */
  ratio: number;
  /** The largest page of data/ over the baseline's largest page, both gzipped. */
  largestRatio: number;
}

/** The redraw measurement, or why it could not be made. */
export type RedrawSummary = { rows: number; control: string; medianMs: number; maxMs: number; samples: number } | string;

/** Lighthouse's four scores for a page (0 to 100), or why they were not measured. */
export type LighthouseSummary = { page: string; performance: number; accessibility: number; bestPractices: number; seo: number }[] | string;

/** Everything one run of the benchmark found. */
export interface BenchResults {
  date: string;
  node: string;
  cpus: number;
  files: FileResult[];
  /** A site build from the small shipped `data/`: the toolchain's own cost, beside which each file's build is read. */
  siteBaseline?: SiteBuild;
  /** Builds of data/ beside builds of a one-file folder, with the largest page of each. */
  site?: SiteComparison;
  /** Null when not measured (`--only ingest`). */
  pages: PageWeight[] | string | null;
  /** Null when not run (`--weights`, `--only ingest`). */
  redraw: RedrawSummary | null;
  lighthouse: LighthouseSummary | null;
  seconds: number;
}

/** A target from the issue, and whether this run met it. */
export interface Target {
  name: string;
  limit: string;
  value: string;
  met: boolean;
}

/** Limits the project holds itself to. */
export const LIMITS = {
  ratio: 1.3,
  peakRssMb: 150,
  /** Script every reader downloads, before any interaction, on any page. */
  jsFirstGzip: 15_000,
  /** All script a page loads once every control has been used. */
  jsAllGzip: 45_000,
  homeGzip: 100_000,
  /** A whole build of the shipped data/ on a 2-core machine. */
  siteBuildMs: 60_000,
  /** HTML of any one page of the site built from data/. */
  pageHtmlGzip: 150_000,
  redrawMs: 16,
  lighthouse: 100,
};

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Summarises runs over a file of `bytes`. */
export function summariseRuns(runs: ChildReport[], bytes: number): Runs {
  const medianMs = median(runs.map((r) => r.ms));
  return {
    runs,
    medianMs,
    mbPerSecond: bytes / 1e6 / (medianMs / 1000),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const count = formatPlain;

function pageGzip(p: PageWeight): number {
  return p.html.gzip + p.css.gzip + p.js.gzip;
}

/** Builds of one folder summarised: the median time, the largest peak memory, and the heaviest page of the last build. */
export function summariseSite(name: string, builds: SiteBuild[]): SiteRuns {
  const last = builds[builds.length - 1];
  return {
    name,
    builds,
    medianMs: median(builds.map((b) => b.ms)),
    peakRssMb: Math.max(...builds.map((b) => b.peakRssMb)),
    pages: last?.pages ?? 0,
    largest: last?.largest ?? { page: "", gzip: 0, raw: 0 },
  };
}

/** Both folders' builds and the ratios between them. */
export function compareSites(baseline: SiteRuns, data: SiteRuns): SiteComparison {
  return { baseline, data, ratio: data.medianMs / baseline.medianMs, largestRatio: data.largest.gzip / baseline.largest.gzip };
}

/** Each target checked against the results; a measurement that could not be made is a missed target. */
export function targets(results: BenchResults): Target[] {
  const found: Target[] = [];
  if (results.site) {
    const { data } = results.site;
    found.push({ name: "Site build from data/", limit: `≤ ${(LIMITS.siteBuildMs / 1000).toFixed(0)} s`, value: `${(data.medianMs / 1000).toFixed(1)} s`, met: data.medianMs <= LIMITS.siteBuildMs });
    found.push({ name: "Largest page's HTML, data/", limit: `≤ ${kb(LIMITS.pageHtmlGzip)} gzip`, value: kb(data.largest.gzip), met: data.largest.gzip <= LIMITS.pageHtmlGzip });
  }
  for (const f of results.files) {
    found.push({ name: `Ingest throughput, ${f.name}`, limit: `≥ ${LIMITS.ratio.toFixed(2)}× baseline`, value: `${f.ratio.toFixed(2)}×`, met: f.ratio >= LIMITS.ratio });
    found.push({ name: `Ingest peak RSS, ${f.name}`, limit: `≤ ${LIMITS.peakRssMb} MB`, value: `${f.ingest.peakRssMb.toFixed(0)} MB`, met: f.ingest.peakRssMb <= LIMITS.peakRssMb });
  }
  if (typeof results.pages === "string") {
    found.push({ name: "Page weights", limit: "measured", value: results.pages, met: false });
  } else if (results.pages) {
    const first = results.pages.reduce((a, b) => (b.jsFirst.gzip > a.jsFirst.gzip ? b : a));
    found.push({ name: `Script before any interaction (heaviest: ${first.page})`, limit: `≤ ${kb(LIMITS.jsFirstGzip)} gzip`, value: kb(first.jsFirst.gzip), met: first.jsFirst.gzip <= LIMITS.jsFirstGzip });
    const all = results.pages.reduce((a, b) => (b.js.gzip > a.js.gzip ? b : a));
    found.push({ name: `Script once every control is used (heaviest: ${all.page})`, limit: `≤ ${kb(LIMITS.jsAllGzip)} gzip`, value: kb(all.js.gzip), met: all.js.gzip <= LIMITS.jsAllGzip });
    const home = results.pages.find((p) => p.page === "(home)");
    const homeBytes = home ? pageGzip(home) : Infinity;
    found.push({ name: "Home page HTML + CSS + JS", limit: `≤ ${kb(LIMITS.homeGzip)} gzip`, value: home ? kb(homeBytes) : "no home page", met: homeBytes <= LIMITS.homeGzip });
    const undrawn = results.pages.reduce((n, p) => n + p.charts - p.chartsInHtml, 0);
    found.push({ name: "Charts drawn in the HTML (no JS needed)", limit: "all", value: undrawn ? `${undrawn} need JS` : "all", met: undrawn === 0 });
  }
  const r = results.redraw;
  if (typeof r === "string") found.push({ name: "Redraw after a control change", limit: `≤ ${LIMITS.redrawMs} ms median`, value: r, met: false });
  else if (r) found.push({ name: `Redraw after a control change (${count(r.rows)} rows)`, limit: `≤ ${LIMITS.redrawMs} ms median`, value: `${r.medianMs.toFixed(1)} ms`, met: r.medianMs <= LIMITS.redrawMs });
  if (Array.isArray(results.lighthouse)) {
    for (const l of results.lighthouse) {
      const scores = [l.performance, l.accessibility, l.bestPractices, l.seo];
      found.push({ name: `Lighthouse mobile, ${l.page} (perf, a11y, best practices, SEO)`, limit: `${LIMITS.lighthouse} each`, value: scores.join(", "), met: scores.every((s) => s >= LIMITS.lighthouse) });
    }
  }
  return found;
}

/** Pads the cells of a Markdown table so it also reads as plain text. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** The whole run as one table: measurements first, each with its target and whether it was met. */
export function renderTable(results: BenchResults): string {
  const rows: string[][] = [];
  const met = (name: string) => {
    const t = targets(results).find((x) => x.name === name);
    return t ? [t.limit, t.met ? "yes" : "NO"] : ["", ""];
  };
  for (const f of results.files) {
    const about = `${f.name} (${count(f.rows)} rows, ${mb(f.bytes)})`;
    const runs = (r: Runs) => `${r.mbPerSecond.toFixed(1)} MB/s (median of ${r.runs.length}), peak RSS ${r.peakRssMb.toFixed(0)} MB`;
    rows.push([`Baseline: papaparse header:true stream, ${about}`, runs(f.baseline), "", ""]);
    rows.push([`Project ingest (parse, check, fold, views), ${about}`, runs(f.ingest), ...met(`Ingest peak RSS, ${f.name}`)]);
    rows.push([`Ingest ÷ baseline, ${f.name}`, `${f.ratio.toFixed(2)}×`, ...met(`Ingest throughput, ${f.name}`)]);
  }
  rows.push(...siteRows(results, met));
  const base = results.siteBaseline;
  const build = (b: SiteBuild) => `${(b.ms / 1000).toFixed(1)} s, peak RSS ${b.peakRssMb.toFixed(0)} MB`;
  if (base && !results.site) rows.push(["Site build from data/ (the shipped files; the baseline)", build(base), "", ""]);
  for (const f of results.files) {
    if (!f.siteBuild) continue;
    const extra = base ? ` (${f.siteBuild.peakRssMb - base.peakRssMb >= 0 ? "+" : "−"}${Math.abs(f.siteBuild.peakRssMb - base.peakRssMb).toFixed(0)} MB over the baseline)` : "";
    rows.push([`Site build from ${f.name} alone`, build(f.siteBuild) + extra, "", ""]);
  }
  if (typeof results.pages === "string") rows.push(["Page weights", results.pages, "", "NO"]);
  else if (results.pages) {
    for (const p of results.pages) {
      const sizes = `HTML ${kb(p.html.gzip)} + CSS ${kb(p.css.gzip)} + JS ${kb(p.jsFirst.gzip)} first, ${kb(p.js.gzip)} with every control gzip (raw ${kb(p.html.raw)} + ${kb(p.css.raw)} + ${kb(p.js.raw)}); ${p.requests} requests; ${p.chartsInHtml}/${p.charts} charts in HTML`;
      const ok = p.jsFirst.gzip <= LIMITS.jsFirstGzip && p.js.gzip <= LIMITS.jsAllGzip && p.chartsInHtml === p.charts && (p.page !== "(home)" || pageGzip(p) <= LIMITS.homeGzip);
      const budget = `JS ≤ ${kb(LIMITS.jsFirstGzip)} first, ≤ ${kb(LIMITS.jsAllGzip)} with every control`;
      rows.push([`Page ${p.page}`, sizes, p.page === "(home)" ? `${budget}; all ≤ ${kb(LIMITS.homeGzip)}` : budget, ok ? "yes" : "NO"]);
    }
  }
  for (const name of ["Script before any interaction", "Script once every control is used"]) {
    const t = targets(results).find((x) => x.name.startsWith(name));
    if (t) rows.push([t.name, t.value, t.limit, t.met ? "yes" : "NO"]);
  }
  const r = results.redraw;
  if (typeof r === "string") rows.push(["Redraw after a control change", r, `≤ ${LIMITS.redrawMs} ms`, "NO"]);
  else if (r) {
    rows.push([`Redraw after "${r.control}" changes, ${count(r.rows)}-row dataset`, `${r.medianMs.toFixed(1)} ms median of ${r.samples} (max ${r.maxMs.toFixed(1)} ms)`, `≤ ${LIMITS.redrawMs} ms median`, r.medianMs <= LIMITS.redrawMs ? "yes" : "NO"]);
  }
  if (typeof results.lighthouse === "string") rows.push(["Lighthouse (mobile)", results.lighthouse, "", ""]);
  else if (results.lighthouse) {
    for (const l of results.lighthouse) {
      const scores = [l.performance, l.accessibility, l.bestPractices, l.seo];
      rows.push([`Lighthouse mobile ${l.page}: performance, accessibility, best practices, SEO`, scores.join(", "), "100 each", scores.every((s) => s >= LIMITS.lighthouse) ? "yes" : "NO"]);
    }
  }
  return markdownTable(["Measure", "Result", "Target", "Met"], rows);
}

/** The rows for the builds of data/ and the baseline folder, side by side, with their ratios. */
function siteRows(results: BenchResults, met: (name: string) => string[]): string[][] {
  const site = results.site;
  if (!site) return [];
  const runs = (r: SiteRuns) => `${(r.medianMs / 1000).toFixed(1)} s (median of ${r.builds.length}), peak RSS ${r.peakRssMb.toFixed(0)} MB; ${count(r.pages)} pages`;
  const largest = (r: SiteRuns) => `${kb(r.largest.gzip)} gzip (raw ${kb(r.largest.raw)}), ${r.largest.page}`;
  return [
    [`Baseline: site build from ${site.baseline.name}`, runs(site.baseline), "", ""],
    [`Site build from ${site.data.name}`, runs(site.data), ...met("Site build from data/")],
    [`Site build, data/ ÷ baseline`, `${site.ratio.toFixed(2)}×`, "", ""],
    [`Baseline: largest page's HTML, ${site.baseline.name}`, largest(site.baseline), "", ""],
    [`Largest page's HTML, ${site.data.name}`, largest(site.data), ...met("Largest page's HTML, data/")],
    [`Largest page, data/ ÷ baseline`, `${site.largestRatio.toFixed(2)}×`, "", ""],
  ];
}
