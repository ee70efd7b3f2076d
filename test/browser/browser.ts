import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** The system Chromium the tests drive: `CHROME_PATH`, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";

/** Flags that let Chromium run headless as root on a machine with no network. */
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Stops the run, never skips it, when there is no browser to test in. */
export function requireChromium(): void {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`No Chromium at ${CHROME_PATH}: the browser tests cannot run. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
}

/** Starts the browser. */
export function launch(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROME_PATH, args: FLAGS });
}

/** Every page of a built site, as paths from its root (`""`, `datasets/x/`, …). */
export async function builtPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((e) => e === "index.html" || e.endsWith("/index.html"))
    .map((e) => relative(dir, join(dir, e)).replace(/index\.html$/, ""))
    .sort();
}

/** Folders that name a kind of page under a dataset's (a chart's own page, a place's), kept when the other names are starred. */
const KIND_FOLDERS = new Set(["views/", "places/"]);

/** A page's kind: its address with every name after the first replaced by a star (but `views/` and `places/`), and, for an embed, the kind of chart it holds. */
async function pageKind(dir: string, page: string): Promise<string> {
  const pattern = page.replace(/[^/]+\//g, (part, at: number) => (at === 0 || KIND_FOLDERS.has(part) ? part : "*/"));
  if (!page.startsWith("embed/")) return pattern || "home";
  const html = await readFile(join(dir, page, "index.html"), "utf8");
  return `${pattern} ${/<svg[^>]* class="chart-([a-z-]+)"/.exec(html)?.[1] ?? "no chart"}`;
}

/**
 * The pages a whole-site audit visits: for each kind of page (home, a dataset, a view, an embed of
 * each chart kind, an area…), the largest, as it holds the most to go wrong, and the `always` pages
 * the other tests use. Every page of a kind is made by the same template, so auditing each of
 * hundreds of area pages would only repeat the same checks.
 */
export async function pagesToAudit(dir: string, always: readonly string[]): Promise<string[]> {
  const largest = new Map<string, { page: string; size: number }>();
  for (const page of await builtPages(dir)) {
    const kind = await pageKind(dir, page);
    const { size } = await stat(join(dir, page, "index.html"));
    if (size > (largest.get(kind)?.size ?? -1)) largest.set(kind, { page, size });
  }
  return [...new Set([...always, ...[...largest.values()].map((l) => l.page)])].sort();
}

/** One browser for a test file: started before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error("The browser has not started.");
    return browser;
  };
}
