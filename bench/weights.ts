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
  /** Script loaded before any interaction: what every reader downloads. */
  jsFirst: Size;
  /** All script, once every control that loads code on demand has been used. */
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

/** Adds up a page's responses by kind; the first `firstCount` arrived before any interaction. */
export function weigh(page: string, loaded: Loaded[], firstCount = loaded.length): PageWeight {
  const zero = (): Size => ({ raw: 0, gzip: 0 });
  const weight: PageWeight = { page, html: zero(), css: zero(), jsFirst: zero(), js: zero(), other: zero(), requests: loaded.length, charts: 0, chartsInHtml: 0 };
  for (const { type, body } of loaded.slice(0, firstCount)) {
    if (type !== "script") continue;
    weight.jsFirst.raw += body.length;
    weight.jsFirst.gzip += gzipBytes(body);
  }
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
    chartsInHtml: html.match(/\sdata-chart="[^"]*"[^>]*>\s*(?:<div class="chart-size[^"]*"[^>]*>\s*)?<svg[\s>]/g)?.length ?? 0,
  };
}

/**
 * Uses every control that loads code on demand, so the weight is all the script a page can ship,
 * not just what its first paint needed: each chart's values (shown or not, every kind's tooltip
 * words), a value read by keyboard, a comparison's "Compare with" picker, and a PNG download.
 */
async function useEveryControl(page: import("playwright-core").Page): Promise<void> {
  // Reaching for a chart loads its kind's tooltip words, whether or not it is the one shown.
  await page.evaluate(() => document.querySelectorAll("[data-chart]").forEach((box) => box.dispatchEvent(new Event("pointerenter"))));
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
  await page.evaluate(() => document.querySelector<HTMLButtonElement>("[data-png]")?.click());
  await settle(page);
  await page.waitForLoadState("networkidle");
}

/** Gives scripts loaded on demand time to arrive. */
function settle(page: import("playwright-core").Page): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
}

/** Opens each page in a fresh browser context (nothing cached) and weighs what it loaded. */
export async function pageWeights(browser: Browser, root: string, pages: string[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const path of pages) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const bodies: Promise<Loaded | null>[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      // Chromium asks for a favicon of its own accord; the site names none, so it is not the page's cost.
      if (url.pathname === "/favicon.ico") return;
      bodies.push(response.body().then((body) => ({ type: response.request().resourceType(), body }), () => null));
    });
    await page.goto(root + path, { waitUntil: "networkidle" });
    await page.waitForLoadState("load");
    await settle(page);
    const first = bodies.length;
    await useEveryControl(page);
    const loaded = await Promise.all(bodies);
    const firstCount = loaded.slice(0, first).filter((l) => l !== null).length;
    weights.push(weigh(path || "(home)", loaded.filter((l): l is Loaded => l !== null), firstCount));
    await context.close();
  }
  return weights;
}
