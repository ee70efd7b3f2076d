import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startBrowser } from "./browser.ts";
import { runChild, type ChildReport } from "./child.ts";
import { generateDataset, type Generated } from "./generate.ts";
import { lighthouseScores } from "./lighthouse.ts";
import { bundlePrograms, type Program } from "./programs.ts";
import { measureRedraw } from "./redraw.ts";
import { compareSites, median, renderTable, summariseRuns, summariseSite, targets, type BenchResults, type FileResult, type RedrawSummary, type SiteBuild, type SiteComparison } from "./report.ts";
import type { Browser } from "playwright-core";
import { buildAndServe, pagesToWeigh } from "./site.ts";
import { pageWeights, type PageWeight } from "./weights.ts";

/**
 * `npm run bench`: measures ingest against the papaparse baseline on a generated million-row
 * export, a whole site build from it beside a build of `data/`, builds of `data/` and of a
 * one-file baseline folder in turn (time, and each site's heaviest page, as ratios), the weight
 * of every page of the site built from `data/`, and how fast a chart redraws in Chromium;
 * prints one table and writes it to `bench-results/bench.json`.
 *
 *   npm run bench                     the 1,000,000-row file (and the pages and the redraw)
 *   npm run bench -- --large          also the 4,000,000-row file
 *   npm run bench -- --lighthouse     also Lighthouse's scores for the home page and the heaviest dataset page
 *   npm run bench -- --rounds 5       runs per program per file (default 3)
 *   npm run bench -- --weights        only the page weights, their script budgets and one build of data/ and of the baseline
 *   npm run bench -- --only ingest    only the ingest against the baseline: no site builds, no browser
 *
 * Generated files are cached in `node_modules/.cache/bench/` (or `BENCH_CACHE`); the same seed
 * always writes the same bytes.
 */

const ROOT = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const roundsArg = args.indexOf("--rounds");
const onlyArg = args.indexOf("--only");
const only = onlyArg >= 0 ? args[onlyArg + 1] : undefined;
if (only !== undefined && only !== "ingest") throw new Error(`--only takes "ingest", not ${only ?? "nothing"}`);
const onlyIngest = only === "ingest";
const rounds = roundsArg >= 0 ? Math.max(2, Number(args[roundsArg + 1]) || 3) : 3;
const cache = process.env.BENCH_CACHE ? resolve(process.env.BENCH_CACHE) : join(ROOT, "node_modules", ".cache", "bench");
const SEED = 20240601;
const say = (line: string) => process.stderr.write(`${line}\n`);

/** Runs baseline and project alternately, swapping which goes first each round, and summarises both. */
async function compare(file: Generated, programs: Record<Program, string>): Promise<FileResult> {
  const baseline: ChildReport[] = [];
  const ingest: ChildReport[] = [];
  const runBaseline = async () => baseline.push(await runChild(programs["parse-baseline"], [file.csv]));
  const runIngest = async () => {
    const report = await runChild(programs.ingest, [file.dir, file.id]);
    const errors = report.errors as string[];
    if (errors.length) throw new Error(`The project rejected ${file.id}: ${errors.join("; ")}`);
    ingest.push(report);
  };
  for (let round = 0; round < rounds; round++) {
    say(`  round ${round + 1} of ${rounds}`);
    if (round % 2 === 0) await runBaseline().then(runIngest);
    else await runIngest().then(runBaseline);
  }
  const b = summariseRuns(baseline, file.bytes);
  const p = summariseRuns(ingest, file.bytes);
  return { name: `${file.id}.csv`, rows: file.rows, bytes: file.bytes, baseline: b, ingest: p, ratio: p.mbPerSecond / b.mbPerSecond };
}

/** One whole site build from `dataDir` in its own process; the output is deleted at once, as the large files' builds fill gigabytes. */
async function measureSiteBuild(programs: Record<Program, string>, dataDir: string): Promise<SiteBuild> {
  const out = await mkdtemp(join(tmpdir(), "bench-site-"));
  try {
    const { ms, peakRssMb, pages, largest } = await runChild(programs["site-build"], [ROOT, dataDir, out]);
    return { ms, peakRssMb, pages: pages as SiteBuild["pages"], largest: largest as SiteBuild["largest"] };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** The baseline folder: one small file, so its build is the toolchain's own cost on this machine now. */
const SITE_BASELINE = "test/site/fixtures/basic";

/** Builds data/ and the baseline folder in turn, swapping which goes first each round, so both meet the same machine. */
async function measureSites(programs: Record<Program, string>, times: number): Promise<SiteComparison> {
  const baseline: SiteBuild[] = [];
  const data: SiteBuild[] = [];
  const runBaseline = async () => baseline.push(await measureSiteBuild(programs, join(ROOT, SITE_BASELINE)));
  const runData = async () => data.push(await measureSiteBuild(programs, join(ROOT, "data")));
  for (let round = 0; round < times; round++) {
    say(`  round ${round + 1} of ${times}`);
    if (round % 2 === 0) await runBaseline().then(runData);
    else await runData().then(runBaseline);
  }
  return compareSites(summariseSite(`${SITE_BASELINE}/ (one small file)`, baseline), summariseSite("data/ (the shipped files)", data));
}

/** Ingest and a whole site build for each generated file. */
async function measureFiles(programs: Record<Program, string>): Promise<FileResult[]> {
  const files: FileResult[] = [];
  const sizes = [{ id: "generated-1m", periods: 14 }, ...(flag("large") ? [{ id: "generated-4m", periods: 56 }] : [])];
  for (const { id, periods } of sizes) {
    say(`Generating ${id} (cached in ${cache})…`);
    const file = await generateDataset({ dir: join(cache, id), id, periods, localAuthorities: 150, seed: SEED });
    say(`Reading ${id}.csv: baseline and project, alternately…`);
    const result = await compare(file, programs);
    if (onlyIngest) {
      files.push(result);
      continue;
    }
    say(`Building the site from ${id}.csv alone…`);
    files.push({ ...result, siteBuild: await measureSiteBuild(programs, file.dir) });
  }
  return files;
}

/** What the browser measures: page weights (and Lighthouse when asked), and the redraw time on a generated page. */
type BrowserResults = Pick<BenchResults, "pages" | "redraw" | "lighthouse">;

/** Weighs the pages of the site built from data/ that stand for the rest, and Lighthouse's scores when asked. */
async function measureSite(browser: Browser, work: string): Promise<{ pages: PageWeight[]; lighthouse: BenchResults["lighthouse"] }> {
  say("Building the site from data/ and weighing a page of each kind…");
  const site = await buildAndServe(join(ROOT, "data"), join(work, "dist"));
  try {
    const pages = await pageWeights(browser, site.root, pagesToWeigh(site.pages));
    if (!flag("lighthouse")) return { pages, lighthouse: null };
    say("Running Lighthouse…");
    // The dataset page with the most HTML: the one most likely to fall short.
    const datasets = pages.filter((p) => p.page.startsWith("datasets/")).sort((a, b) => b.html.raw - a.html.raw);
    const dataset = datasets[0]?.page ?? site.pages.find((p) => p.startsWith("datasets/")) ?? "";
    return { pages, lighthouse: await lighthouseScores(site.root, ["", dataset]) };
  } finally {
    await site.close();
  }
}

/** Weighs a generated page with every kind of chart and control, and (unless only weights are asked for) times its redraws. */
async function measureGenerated(browser: Browser, work: string): Promise<{ pages: PageWeight[]; redraw: RedrawSummary | null }> {
  say("Building a site with a 50,000-row dataset and weighing its page…");
  const small = await generateDataset({ dir: join(work, "data"), id: "generated-50k", periods: 7, localAuthorities: 6, seed: SEED });
  const site = await buildAndServe(small.dir, join(work, "dist-50k"));
  try {
    // The generated page has every kind of chart and control, so it is weighed beside the real ones.
    const pages = (await pageWeights(browser, site.root, [`datasets/${small.id}/`])).map((p) => ({ ...p, page: `${p.page} (generated)` }));
    if (flag("weights")) return { pages, redraw: null };
    say("Timing redraws…");
    const result = await measureRedraw(browser, `${site.root}datasets/${small.id}/`, 41);
    const redraw = typeof result === "string" ? result : { rows: small.rows, control: result.control, medianMs: median(result.samples), maxMs: Math.max(...result.samples), samples: result.samples.length };
    return { pages, redraw };
  } finally {
    await site.close();
  }
}

/** Everything measured in Chromium, or why it could not be. */
async function measureInBrowser(): Promise<BrowserResults> {
  const work = await mkdtemp(join(tmpdir(), "bench-"));
  const browser = await startBrowser();
  if (typeof browser === "string") return { pages: browser, redraw: browser, lighthouse: null };
  try {
    const { pages, lighthouse } = await measureSite(browser, work);
    const generated = await measureGenerated(browser, work);
    return { pages: [...pages, ...generated.pages], redraw: generated.redraw, lighthouse };
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  say("Bundling the measured programs…");
  const programs = await bundlePrograms(join(cache, "programs"));
  const files = flag("weights") ? [] : await measureFiles(programs);
  const about = () => ({ date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), seconds: (performance.now() - started) / 1000 });
  if (onlyIngest) return finish({ ...about(), files, pages: null, redraw: null, lighthouse: null });
  say("Building the site from data/ and from the baseline folder, in turn…");
  // Only the weights: one build of each; otherwise as many as each reader is run.
  const site = await measureSites(programs, flag("weights") ? 1 : rounds);
  const measured = { files, site, siteBaseline: { ms: site.data.medianMs, peakRssMb: site.data.peakRssMb } };
  const browser = await measureInBrowser();
  await finish({ ...measured, ...browser, ...about() });
}

/** Prints the table and the targets missed, and writes the results as JSON. */
async function finish(results: BenchResults): Promise<void> {
  const out = join(ROOT, "bench-results");
  await mkdir(out, { recursive: true });
  await writeFile(join(out, "bench.json"), `${JSON.stringify({ ...results, targets: targets(results) }, null, 2)}\n`);
  console.log(`\nNode ${results.node}, ${results.cpus} CPUs, ${results.seconds.toFixed(0)} s\n`);
  console.log(renderTable(results));
  const missed = targets(results).filter((t) => !t.met);
  console.log(missed.length ? `\n${missed.length} target(s) missed: ${missed.map((t) => t.name).join("; ")}` : "\nEvery target met.");
  console.log("Written to bench-results/bench.json");
}

await main();
