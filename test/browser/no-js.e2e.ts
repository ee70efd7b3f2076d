import { describe, expect, it } from "vitest";
import { pagesToAudit, useBrowser } from "./browser.ts";
import { distDir, open } from "./site.ts";

/** Without JavaScript every kind of page is whole: each chart drawn, its table, its sources and its downloads. */

const pages = await pagesToAudit(distDir, ["", "datasets/london-officers/", "areas/E09000012-hackney/"]);
const browser = useBrowser();

describe("with JavaScript off", () => {
  it.each(pages.map((p) => [p || "home"]))("%s: every chart shows one drawing, its table and sources, and no control that needs script", async (label) => {
    const { page } = await open(browser(), label === "home" ? "" : label, { javaScriptEnabled: false });
    const figures = await page.locator("figure.chart").evaluateAll((els) =>
      els.map((f) => {
        const visible = (el: Element | null) => !!el && (el as HTMLElement).getClientRects().length > 0;
        return {
          id: f.id,
          chart: [...f.querySelectorAll(".chart-svg svg")].filter(visible).length,
          table: !!f.querySelector("table.data-table") && (f.classList.contains("chart-embed") || visible(f.querySelector("table.data-table"))),
          sources: visible(f.querySelector("figcaption.chart-sources")),
          scriptOnly: [...f.querySelectorAll("[data-needs-js]")].filter(visible).length,
        };
      }),
    );
    for (const f of figures) expect(f, f.id).toEqual({ id: f.id, chart: 1, table: true, sources: true, scriptOnly: 0 });
    expect(await page.locator("main h1").count()).toBe(1);
    await page.context().close();
  });

  it("offers the chart's CSV, its readme, both zipped, the full dataset and the SVG as plain links", async () => {
    const { page } = await open(browser(), "datasets/london-officers/", { javaScriptEnabled: false });
    const figure = page.locator("#london-officers-officers-by-definition");
    await figure.locator("summary", { hasText: "Download" }).click();
    const links = await figure.locator(".chart-tools details a[download]").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
    expect(links).toEqual([
      ["Figures in this chart (CSV)", "../../downloads/views/london-officers-officers-by-definition.csv"],
      ["Title, sources, notes and symbols for these figures (text)", "../../downloads/views/london-officers-officers-by-definition-readme.txt"],
      ["Figures with their readme (ZIP)", "../../downloads/views/london-officers-officers-by-definition.zip"],
      ["Full dataset with its readme (ZIP)", "../../downloads/datasets/london-officers.zip"],
      ["Chart image (SVG)", "../../downloads/views/london-officers-officers-by-definition.svg"],
    ]);
    await page.context().close();
  });
});
