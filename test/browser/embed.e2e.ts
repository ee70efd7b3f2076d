import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { serve, type Served } from "./serve.ts";
import { open, siteUrl } from "./site.ts";

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
