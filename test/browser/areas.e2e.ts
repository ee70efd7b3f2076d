import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { distDir, open, siteUrl } from "./site.ts";

/**
 * A new reader finds their local area: Hackney's page read with script off on a 360 px phone,
 * the home page's finder by part of a name and by code, and the hex map by keyboard and with
 * script off. One area page stands for them all.
 */

const browser = useBrowser();
const HACKNEY = "areas/E09000012-hackney/";
const PHONE = { width: 360, height: 800 };

/** A figure's table rows as "period | series | value" lines. */
function tableRows(page: Page, figureId: string): Promise<string[]> {
  return page
    .locator(`#${figureId} table.data-table tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent?.trim()).join(" | ")));
}

describe("Hackney's page with script off, at 360 px", () => {
  it("shows permanent exclusion and suspension rates in every year from 2015/16 to 2023/24 beside London (Inner London before 2022/23) and England", async () => {
    const { page } = await open(browser(), HACKNEY, { javaScriptEnabled: false, viewport: PHONE });
    expect(await page.locator("main h1").innerText()).toBe("Hackney");
    const perm = await tableRows(page, "exclusions-by-local-authority-2015-2024-perm-excl-rate");
    const years = ["2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24"];
    expect(perm.filter((r) => r.includes("| Hackney |")).map((r) => r.split(" | ")[0])).toEqual(years);
    expect(perm).toContain("2016/17 | Hackney | 0.13%");
    expect(perm).toContain("2023/24 | Hackney | 0.16%");
    expect(perm).toContain("2021/22 | London (Inner) | 0.03%");
    expect(perm).toContain("2022/23 | London | 0.06%");
    expect(perm.filter((r) => r.includes("| England |"))).toHaveLength(9);
    const susp = await tableRows(page, "exclusions-by-local-authority-2015-2024-susp-rate");
    expect(susp.filter((r) => r.includes("| Hackney |")).map((r) => r.split(" | ")[0])).toEqual(years);
    expect(susp).toContain("2023/24 | Hackney | 9.73%");
    await expect.poll(() => page.locator("#exclusions-by-local-authority-2015-2024-perm-excl-rate .chart-notes").innerText()).toContain("the chart shows London (Inner)");
    expect(await page.locator("#exclusions-by-local-authority-2015-2024-perm-excl-rate .chart-svg svg").evaluateAll((svgs) => svgs.filter((s) => s.getClientRects().length > 0).length)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it("says where Hackney ranks among authorities, and lists its sources", async () => {
    const { page } = await open(browser(), HACKNEY, { javaScriptEnabled: false, viewport: PHONE });
    const ranks = await page.locator("section[aria-labelledby='rank-heading'] li").allInnerTexts();
    expect(ranks).toContain(
      "Total Permanent Exclusions (% of the school population): In 2023/24, Hackney's figure of 0.16% was the 56th highest of 153 authorities with a figure: in the second-highest fifth (quintile 2 of 5, 1 the highest).",
    );
    const sources = await page.locator("section[aria-labelledby='area-sources-heading'] li cite").allInnerTexts();
    expect(sources).toContain("Exclusion and suspension statistics (the Department for Education's collection, as linked in the tool's data dictionary)");
    await page.context().close();
  });
});

describe("finding an area on the home page", () => {
  it.each([["hack"], ["E09000012"], ["204"]])("typing %s and pressing Enter opens Hackney's page", async (typed) => {
    const { page } = await open(browser(), "");
    const input = page.getByLabel("Find your area by name, ONS code or DfE number");
    await input.fill(typed);
    await input.press("Enter");
    await page.waitForURL(`${siteUrl}${HACKNEY}`);
    expect(await page.locator("main h1").innerText()).toBe("Hackney");
    await page.context().close();
  });

  it("lists every area as a plain link with script off", async () => {
    const { page } = await open(browser(), "", { javaScriptEnabled: false, viewport: PHONE });
    expect(await page.getByLabel("Find your area by name, ONS code or DfE number").isVisible()).toBe(false);
    await page.locator(".home-areas summary").click();
    const link = page.locator(".home-areas .place-list a", { hasText: /^Hackney$/ });
    expect(await link.getAttribute("href")).toBe(`./${HACKNEY}`);
    await page.context().close();
  });
});

describe("the hex map on the home page", () => {
  it("reads with script off: a hex linking to each area's page, named by area and figure, with a table", async () => {
    const { page } = await open(browser(), "", { javaScriptEnabled: false, viewport: PHONE });
    const map = page.locator("figure.chart svg.chart-hexmap");
    expect(await map.count()).toBe(1);
    expect(await map.isVisible()).toBe(true);
    const links = await map.locator("a").evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href") ?? "", name: a.getAttribute("aria-label") ?? "" })));
    // 149 of the 153 authorities with a 2023/24 figure: the four new since the map was made are listed beside it.
    expect(links).toHaveLength(149);
    for (const l of links) expect(existsSync(join(distDir, l.href, "index.html")), l.href).toBe(true);
    expect(links.find((l) => l.href === `./${HACKNEY}`)?.name).toMatch(/^Hackney: 0\.16% \(/);
    const table = page.locator("figure.chart:has(svg.chart-hexmap) table.data-table");
    expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(links.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it("is reached by Tab, one hex after another, each a link with its name, the focused one yellow", async () => {
    const { page } = await open(browser(), "");
    await page.locator(".home-areas summary").focus();
    let reached = null as null | { name: string; fill: string };
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el.localName !== "a" || !el.closest("svg.chart-hexmap")) return null;
        return { name: el.getAttribute("aria-label") ?? "", fill: getComputedStyle(el.querySelector("use")!).fill };
      });
    }
    expect(reached?.name).toMatch(/^[A-Z].*: /);
    // The focused hex turns the focus yellow.
    expect(reached?.fill).toBe("rgb(255, 221, 0)");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("svg.chart-hexmap") !== null && document.activeElement?.localName === "a")).toBe(true);
    await page.context().close();
  });
});
