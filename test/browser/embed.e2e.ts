import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtPages, useBrowser } from "./browser.ts";
import { serve, type Served } from "./serve.ts";
import { distDir, open, siteUrl } from "./site.ts";

/** The embed code, pasted into a blank page on another origin, shows the chart at its own height. */

const browser = useBrowser();
let host: Served;
let hostDir: string;
beforeAll(async () => {
  hostDir = await mkdtemp(join(tmpdir(), "embed-host-"));
  host = await serve(hostDir, "/");
});
afterAll(async () => {
  await host?.close();
  await rm(hostDir, { recursive: true, force: true });
});

describe("the London officers chart, embedded", () => {
  it("sizes its iframe to its content at any column width, with no scroll bar inside", async () => {
    const { page } = await open(browser(), "datasets/london-officers/");
    const code = await page.locator("#london-officers-officers-by-definition-embed-code").inputValue();
    await page.context().close();
    expect(code).toContain(`src="${siteUrl}embed/london-officers-officers-by-definition/"`);
    await writeFile(join(hostDir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><meta name="viewport" content="width=device-width"></head><body style="margin:0"><p>Someone's article.</p><div id="column" style="width:var(--w)">${code}</div><p>After the chart.</p></body></html>`);

    const context = await browser().newContext({ viewport: { width: 1000, height: 800 } });
    const hostPage = await context.newPage();
    await hostPage.goto(`${host.origin}/`, { waitUntil: "networkidle" });
    for (const width of [700, 340]) {
      await hostPage.evaluate((w) => document.getElementById("column")!.style.setProperty("--w", `${w}px`), width);
      const frame = hostPage.frameLocator("iframe[data-pis-embed]");
      // One drawing shows, the one drawn for the narrowest box it fits.
      await expect.poll(() => frame.locator(".chart-size:visible").getAttribute("data-width")).toBe(width === 700 ? "640" : "340");
      await expect
        .poll(async () => {
          const iframe = await hostPage.locator("iframe").boundingBox();
          const content = await frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
          return Math.abs((iframe?.height ?? 0) - content);
        })
        .toBeLessThanOrEqual(1);
      expect(await frame.locator("html").evaluate((html) => html.scrollHeight <= html.clientHeight && html.scrollWidth <= html.clientWidth)).toBe(true);
      expect(await frame.locator("figcaption").innerText()).toContain("Sources: New Statesman, 27 Jul 2021;");
    }
    await context.close();
  });

  it("shows the chart and its sources with JavaScript off", async () => {
    const { page } = await open(browser(), "embed/london-officers-officers-by-definition/", { javaScriptEnabled: false });
    expect(await page.locator("svg[role='img'] title").first().textContent()).toBe("Police officers in London's schools");
    expect(await page.locator("figcaption").innerText()).toContain("All figures, notes and sources on Police in schools");
    await page.context().close();
  });
});

/** For one chart of each kind: the height its embed code gives, and its embed page. */
async function embedHeightsByKind(): Promise<{ kind: string; path: string; height: number }[]> {
  const byKind = new Map<string, { kind: string; path: string; height: number }>();
  for (const page of await builtPages(distDir)) {
    if (!page.startsWith("datasets/")) continue;
    const html = await readFile(join(distDir, page, "index.html"), "utf8");
    for (const m of html.matchAll(/data-embed="[^"]*?(embed\/[^"]+\/)" data-embed-title="[^"]*" data-embed-height="(\d+)"/g)) {
      const embed = await readFile(join(distDir, m[1]!, "index.html"), "utf8");
      const kind = /<svg[^>]* class="chart-([a-z-]+)"/.exec(embed)?.[1] ?? "none";
      if (!byKind.has(kind)) byKind.set(kind, { kind, path: m[1]!, height: Number(m[2]) });
    }
  }
  return [...byKind.values()];
}

describe("an embed whose host strips the script", () => {
  it("is given a height that fits its chart at a 360 px phone's width, for a chart of every kind, without wasting a screen", async () => {
    const embeds = await embedHeightsByKind();
    expect(embeds.map((e) => e.kind).sort()).toEqual(expect.arrayContaining(["breakdown", "comparison", "shares", "trend"]));
    const measured = [];
    for (const { kind, path, height } of embeds) {
      const { page } = await open(browser(), path, { viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
      const needed = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      await page.context().close();
      measured.push({ kind, path, height, needed });
    }
    expect(measured.filter((m) => m.needed > m.height || m.height > Math.ceil(m.needed * 1.3))).toEqual([]);
  });
});
