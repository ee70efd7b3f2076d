import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROME_FLAGS, CHROME_PATH } from "./browser.ts";
import type { LighthouseSummary } from "./report.ts";

/**
 * Lighthouse's four scores with its default (mobile) settings, run against the system Chromium.
 * Lighthouse is large (about 190 MB), so it is not one of the project's packages: a local install
 * is used when there is one, else npm fetches the pinned version into its own cache on first use.
 */

/** The version known to run on Node 20 (later ones need Node 22). */
const VERSION = "12.8.2";

const LOCAL = join(import.meta.dirname, "..", "node_modules", "lighthouse", "cli", "index.js");

interface Report {
  categories: Record<string, { score: number | null }>;
}

function runLighthouse(url: string): Promise<Report> {
  const args = [url, "--output=json", "--output-path=stdout", "--quiet", "--only-categories=performance,accessibility,best-practices,seo", `--chrome-flags=${CHROME_FLAGS.join(" ")}`];
  const [command, commandArgs] = existsSync(LOCAL) ? [process.execPath, [LOCAL, ...args]] : ["npx", ["--yes", `lighthouse@${VERSION}`, ...args]];
  return new Promise((resolve, reject) => {
    execFile(command, commandArgs, { maxBuffer: 64 << 20, env: { ...process.env, CHROME_PATH } }, (error, stdout, stderr) => {
      if (error) return reject(new Error((stderr || error.message).trim().split("\n").slice(-3).join(" ")));
      resolve(JSON.parse(stdout) as Report);
    });
  });
}

/** Scores each page (paths from `root`), or says why it could not. */
export async function lighthouseScores(root: string, pages: string[]): Promise<LighthouseSummary> {
  if (!existsSync(CHROME_PATH)) return `no Chromium at ${CHROME_PATH}`;
  const scores = [];
  try {
    for (const page of pages) {
      const { categories } = await runLighthouse(root + page);
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      scores.push({ page: page || "(home)", performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") });
    }
  } catch (error) {
    return `Lighthouse ${VERSION} could not run (${(error as Error).message}); it needs npm to reach its registry once, or npm install --no-save lighthouse@${VERSION}`;
  }
  return scores;
}
