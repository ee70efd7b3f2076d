import { mkdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { builtPages, pagesToAudit, useBrowser } from "./browser.ts";
import { axe, distDir, open } from "./site.ts";

/** One built page of each kind, audited and measured as readers meet it. */

const pages = await pagesToAudit(distDir, ["", "about/", "datasets/london-officers/", "embed/london-officers-officers-by-definition/", "embed/formula-cells-by-group/", "areas/E09000012-hackney/"]);
const browser = useBrowser();

describe("one built page of each kind", () => {
  it("includes the home page, a dataset, the about page and an embed page of each kind of chart", async () => {
    const all = await builtPages(distDir);
    expect(all).toContain("");
    expect(all.filter((p) => p.startsWith("embed/")).length).toBeGreaterThan(pages.filter((p) => p.startsWith("embed/")).length);
    expect(pages).toContain("");
    expect(pages).toContain("about/");
    expect(pages).toContain("datasets/london-officers/");
    expect(pages).toContain("embed/london-officers-officers-by-definition/");
    expect(pages).toContain("embed/formula-cells-by-group/");
    expect(pages).toContain("areas/E09000012-hackney/");
    expect(pages).toContain("forces/E23000001-metropolitan-police/");
    // A chart's own page and a place's page are kinds of their own, each audited once.
    expect(pages.filter((p) => /^datasets\/[^/]+\/views\/[^/]+\/$/.test(p))).toHaveLength(1);
    expect(pages.filter((p) => /^datasets\/[^/]+\/places\/[^/]+\/$/.test(p))).toHaveLength(1);
  });

  it.each(pages.map((p) => [p || "home"]))("%s: no WCAG 2.2 A or AA violations, in light and in dark mode", async (label) => {
    const path = label === "home" ? "" : label;
    for (const colorScheme of ["light", "dark"] as const) {
      const { page } = await open(browser(), path, { colorScheme });
      expect(await axe(page), `${colorScheme} mode`).toEqual([]);
      await page.context().close();
    }
  });

  it.each(pages.map((p) => [p || "home"]))("%s: asks nothing of any other origin and fits 320 px with no sideways scroll", async (label) => {
    const path = label === "home" ? "" : label;
    const { page, foreign, errors } = await open(browser(), path, { viewport: { width: 320, height: 640 } });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});

describe("screenshots for review", () => {
  it.each([
    ["home", ""],
    ["london-officers", "datasets/london-officers/"],
    ["about", "about/"],
    ["embed", "embed/london-officers-officers-by-definition/"],
  ])("%s at 320, 768 and 1280 px", async (name, path) => {
    await mkdir("test-results", { recursive: true });
    for (const width of [320, 768, 1280]) {
      const { page } = await open(browser(), path, { viewport: { width, height: 900 } });
      await page.screenshot({ path: `test-results/${name}-${width}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.context().close();
    }
    // Three full-page shots each; the home page now carries the hex map and the list of 160 areas.
  }, 180_000);
});
