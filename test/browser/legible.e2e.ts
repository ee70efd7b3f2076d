import { describe, expect, it } from "vitest";
import { collisions } from "../legibility/collisions.ts";
import { pagesToAudit, useBrowser } from "./browser.ts";
import { drawnCharts } from "./drawn.ts";
import { distDir, open } from "./site.ts";

/**
 * Every chart legible at a phone's and a desktop's width, as Chromium draws it: on one page of
 * each kind (and the home page and the two pages of officer figures), for every chart drawing
 * shown, no label overlaps another, sits on another series' marker or is crossed by another
 * series' line, and no value label is struck through by its own line. Boxes are the browser's
 * own (getBoundingClientRect); a line's points are read from its `d` through its screen matrix.
 * The same check runs over every chart of every page, without a browser, in
 * test/legibility/legible.test.ts.
 */

const pages = await pagesToAudit(distDir, ["", "datasets/london-officers/", "datasets/england-uk-officers/"]);
const browser = useBrowser();

describe("every chart legible at every width", () => {
  it.each(pages.map((p) => [p || "home"]))("%s: no label hidden by another label, marker or line at 360 and 1280 px", async (label) => {
    const path = label === "home" ? "" : label;
    const found: string[] = [];
    for (const width of [360, 1280]) {
      const { page } = await open(browser(), path, { viewport: { width, height: 900 } });
      for (const chart of await drawnCharts(page)) {
        found.push(...collisions(chart.drawn).map((c) => `${label} at ${width} px, ${chart.id}: ${c}`));
      }
      await page.context().close();
    }
    expect(found).toEqual([]);
  });

  it.each(pages.map((p) => [p || "home"]))("%s: each chart is as wide as its column at 1280 px", async (label) => {
    const { page } = await open(browser(), label === "home" ? "" : label, { viewport: { width: 1280, height: 900 } });
    const charts = await drawnCharts(page);
    const narrow = charts.filter((c) => Math.abs(c.width - c.columnWidth) > 4).map((c) => `${c.id}: ${Math.round(c.width)} px in a ${Math.round(c.columnWidth)} px column`);
    expect(narrow).toEqual([]);
    await page.context().close();
  });

  it("finds the London chart's drawing at both widths, with its value labels measured", async () => {
    for (const [width, id] of [[360, "chart-london-officers-officers-by-definition-w340"], [1280, "chart-london-officers-officers-by-definition"]] as const) {
      const { page } = await open(browser(), "datasets/london-officers/", { viewport: { width, height: 900 } });
      const chart = (await drawnCharts(page)).find((c) => c.id === id);
      expect(chart?.drawn.labels.some((l) => l.value && l.text === "183")).toBe(true);
      await page.context().close();
    }
  });
});
