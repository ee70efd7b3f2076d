import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { inject } from "vitest";

/** Helpers the browser tests share: the served site's address, opening pages, running axe. */

/** The address of the served site's root, ending in `/`. */
export const siteUrl = inject("siteUrl");

/** The folder the site was built into. */
export const distDir = inject("distDir");

/** A page of the site, opened in a fresh context, with every request to another origin recorded. */
export async function open(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const origin = new URL(siteUrl).origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) foreign.push(url);
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(siteUrl + path, { waitUntil: "networkidle" });
  return { page, foreign, errors };
}

const axeSource = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** One axe finding, short enough to read in a failed assertion. */
export interface Finding {
  rule: string;
  targets: string[];
  summary: string;
}

/** Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules and returns its violations. */
export async function axe(page: Page): Promise<Finding[]> {
  // Evaluated, not added as an inline <script>: the pages' Content-Security-Policy refuses inline script.
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? "" })) }));
  });
  return violations.flatMap((v) => v.nodes.map((n) => ({ rule: v.id, targets: n.target, summary: n.summary })));
}
