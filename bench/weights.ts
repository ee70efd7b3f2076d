import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

/**
 * What each page costs a reader on first load: every response the browser asked for while
 * opening it, by kind, raw and gzipped, and how many requests that took. Loaded in the browser,
 * so a script imported only when a page needs it counts on the pages that load it.
 */

/** Bytes of one kind of resource. */
export interface Size {
  raw: number;
  gzip: number;
}

/** One page's weight. */
export interface PageWeight {
  page: string;
  html: Size;
  css: Size;
  js: Size;
  other: Size;
  requests: number;
  /** Chart containers on the page, and how many of them hold their SVG in the HTML itself. */
  charts: number;
  chartsInHtml: number;
}

/** A response the browser received. */
export interface Loaded {
  type: string;
  body: Buffer;
}

/** Gzip at the level most hosts use. */
export function gzipBytes(body: Buffer | string): number {
  return gzipSync(body, { level: 6 }).length;
}

/** Adds up a page's responses by kind. */
export function weigh(page: string, loaded: Loaded[]): PageWeight {
  const zero = (): Size => ({ raw: 0, gzip: 0 });
  const weight: PageWeight = { page, html: zero(), css: zero(), js: zero(), other: zero(), requests: loaded.length, charts: 0, chartsInHtml: 0 };
  for (const { type, body } of loaded) {
    const kind = type === "document" ? weight.html : type === "stylesheet" ? weight.css : type === "script" ? weight.js : weight.other;
    kind.raw += body.length;
    kind.gzip += gzipBytes(body);
    if (type === "document") Object.assign(weight, drawnCharts(body.toString("utf8")));
  }
  return weight;
}

/** Chart containers in the markup, and those whose SVG is already in it: a chart must not need script to appear. */
export function drawnCharts(html: string): { charts: number; chartsInHtml: number } {
  return {
    charts: html.match(/\sdata-chart="/g)?.length ?? 0,
    chartsInHtml: html.match(/\sdata-chart="[^"]*"[^>]*>\s*(?:<div class="chart-size"[^>]*>\s*)?<svg[\s>]/g)?.length ?? 0,
  };
}

/** Reaches for every control that loads code on demand (a chart's values, a comparison's picker), so the weight is all the script a page can ship, not just what its first paint needed. */
async function loadEverything(page: import("playwright-core").Page): Promise<void> {
  const settle = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  await settle();
  const chart = page.locator('[role="img"][tabindex="0"]:visible').first();
  if (await chart.count()) {
    await chart.focus();
    await page.keyboard.press("ArrowRight");
  }
  const picker = page.getByLabel("Compare with").first();
  if ((await picker.count()) && (await picker.isVisible())) {
    const options = await picker.locator("option").allTextContents();
    if (options.length > 1) await picker.selectOption(options[1]!);
  }
  await settle();
  await page.waitForLoadState("networkidle");
}

/** Opens each page in a fresh browser context (nothing cached) and weighs what it loaded. */
export async function pageWeights(browser: Browser, root: string, pages: string[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const path of pages) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const bodies: Promise<Loaded | null>[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      // Chromium asks for a favicon of its own accord; the site names none, so it is not the page's cost.
      if (url.pathname === "/favicon.ico") return;
      bodies.push(response.body().then((body) => ({ type: response.request().resourceType(), body }), () => null));
    });
    await page.goto(root + path, { waitUntil: "networkidle" });
    await loadEverything(page);
    const loaded = (await Promise.all(bodies)).filter((l): l is Loaded => l !== null);
    weights.push(weigh(path || "(home)", loaded));
    await context.close();
  }
  return weights;
}
