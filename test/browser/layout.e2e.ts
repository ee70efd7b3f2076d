import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { axe, open } from "./site.ts";

/** Print, zoom and motion: the page as paper, at 400% and for readers who turn motion off. */

const browser = useBrowser();

describe("layout", () => {
  it("prints charts, tables and sources, and no controls", async () => {
    const { page } = await open(browser(), "datasets/london-officers/");
    await page.emulateMedia({ media: "print" });
    const figure = page.locator("#london-officers-officers-by-definition");
    expect(await figure.locator(".chart-svg svg:visible").count()).toBe(1);
    expect(await figure.locator(".chart-svg").isVisible()).toBe(true);
    expect(await figure.locator("table.data-table").isVisible()).toBe(true);
    expect(await figure.locator("figcaption.chart-sources").isVisible()).toBe(true);
    expect(await figure.locator(".chart-tools").isVisible()).toBe(false);
    expect(await page.locator(".site-header nav").isVisible()).toBe(false);
    await page.context().close();
  });

  it("at 400% zoom (1280 px shown at 320 CSS px) keeps every control usable with no sideways scroll", async () => {
    const { page } = await open(browser(), "datasets/london-officers/", { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const figure = page.locator("#london-officers-officers-by-definition");
    for (const name of ["Chart", "Table"]) {
      const box = await figure.getByRole("button", { name, exact: true }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320 && box.height >= 24).toBe(true);
    }
    await page.context().close();
  });

  it("shows the drawing made for the chart's width, and keeps the picked value as the tab stop when that width changes", async () => {
    const { page } = await open(browser(), "datasets/london-officers/", { viewport: { width: 1280, height: 900 } });
    const figure = page.locator("#london-officers-officers-by-definition");
    expect(await figure.locator(".chart-size:visible").getAttribute("data-width")).toBe("640");
    await figure.locator("[role='img'][tabindex='0']:visible").focus();
    await page.keyboard.press("ArrowRight");
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => figure.locator(".chart-size:visible").getAttribute("data-width")).toBe("340");
    expect(await figure.locator("[role='img'][tabindex='0']:visible").getAttribute("aria-label")).toMatch(/^Safer Schools Officers, Dec 2016: 292/);
    await page.setViewportSize({ width: 540, height: 800 });
    await expect.poll(() => figure.locator(".chart-size:visible").getAttribute("data-width")).toBe("500");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(540);
    await page.context().close();
  });

  it("runs no animation or transition when reduced motion is asked for", async () => {
    const { page } = await open(browser(), "datasets/london-officers/", { reducedMotion: "reduce" });
    await page.locator("#london-officers-officers-by-definition [role='img'][tabindex='0']:visible").focus();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.context().close();
  });

  it("axe is really looking: a page given an unlabelled image and a bare button fails", async () => {
    const { page } = await open(browser(), "about/");
    await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button>'));
    expect((await axe(page)).map((f) => f.rule).sort()).toEqual(["button-name", "image-alt"]);
    await page.context().close();
  });
});
