import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { open } from "./site.ts";

/** A reader with only a keyboard reaches and works every control of a chart, and always sees where focus is. */

const browser = useBrowser();

/** The focused element: its text or name, and whether a focus indicator is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const name = el.getAttribute("aria-label") ?? el.textContent?.trim().replace(/\s+/g, " ") ?? "";
    return { tag: el.localName, role: el.getAttribute("role"), name, ring: style.outlineStyle !== "none" || style.boxShadow !== "none" };
  });
}

async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) {
  const seen: Awaited<ReturnType<typeof focused>>[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    seen.push(f);
    if (match(f)) return seen;
  }
  throw new Error(`Never reached by Tab: ${JSON.stringify(seen.map((s) => s.name.slice(0, 40)))}`);
}

describe("the London officers chart by keyboard alone", () => {
  it("reaches skip link, switch, download, copy link, embed and the chart's values in order, each with a visible focus", async () => {
    const { page } = await open(browser(), "datasets/london-officers/", { permissions: ["clipboard-read", "clipboard-write"] });
    const seen = await tabTo(page, (f) => f.role === "img");
    expect(seen[0]?.name).toBe("Skip to main content");
    const names = seen.map((f) => f.name);
    const order = ["Chart", "Table", "Download: Police officers in London's schools", "Copy link: Police officers in London's schools", "Embed: Police officers in London's schools"].map((n) => names.indexOf(n));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    expect(seen.filter((f) => !f.ring).map((f) => f.name)).toEqual([]);
    await page.context().close();
  });

  it("moves between values with the arrow keys and reads each one's figure, period and source; Escape hides it", async () => {
    const { page } = await open(browser(), "datasets/london-officers/");
    const figure = page.locator("#london-officers-officers-by-definition");
    await tabTo(page, (f) => f.role === "img");
    const first = await focused(page);
    expect(first.name).toMatch(/^Safer Schools Officers, 2010\/11: 183/);
    await expect.poll(() => figure.locator(".chart-tip").innerText()).toBe("Safer Schools Officers\nOfficers: 183\n2010/11\nSource: New Statesman, 27 Jul 2021");
    await page.keyboard.press("ArrowRight");
    expect((await focused(page)).name).toMatch(/^Safer Schools Officers, Dec 2016: 292/);
    await page.keyboard.press("ArrowRight");
    expect((await focused(page)).name).toMatch(/^Safer Schools Officers, 2016\/17: 294/);
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Home");
    expect((await focused(page)).name).toMatch(/^Safer Schools Officers, 2010\/11: 183/);
    await page.keyboard.press("ArrowDown");
    const other = await focused(page);
    expect(other.role).toBe("img");
    expect(other.name).not.toMatch(/^Safer Schools Officers,/);
    await page.keyboard.press("Escape");
    expect(await figure.locator(".chart-tip").isVisible()).toBe(false);
    // The chart is one tab stop: Tab leaves it.
    await page.keyboard.press("Tab");
    expect((await focused(page)).role).not.toBe("img");
    await page.context().close();
  });

  it("switches to the table and back, opens the downloads, copies the link and the embed code", async () => {
    const { page } = await open(browser(), "datasets/london-officers/", { permissions: ["clipboard-read", "clipboard-write"] });
    const figure = page.locator("#london-officers-officers-by-definition");
    await tabTo(page, (f) => f.name === "Table");
    await page.keyboard.press("Enter");
    expect(await figure.getAttribute("data-show")).toBe("table");
    expect(await figure.locator("table.data-table").isVisible()).toBe(true);
    expect(await figure.locator(".chart-svg").isVisible()).toBe(false);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Space");
    expect(await figure.getAttribute("data-show")).toBe("chart");
    expect(await figure.locator("table.data-table").isVisible()).toBe(false);

    await tabTo(page, (f) => f.name.startsWith("Download"));
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Figures in this chart (CSV)");

    await tabTo(page, (f) => f.name.startsWith("Copy link"));
    await page.keyboard.press("Enter");
    await expect.poll(() => figure.locator(".tool-status").textContent()).toBe("Link copied. It opens this chart as you see it now.");

    await tabTo(page, (f) => f.name.startsWith("Embed"));
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("The chart on its own");
    await page.keyboard.press("Tab");
    expect((await focused(page)).tag).toBe("textarea");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Copy embed code");
    await page.keyboard.press("Enter");
    await expect.poll(() => figure.locator(".tool-status").textContent()).toBe("Embed code copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/police-in-schools\/embed\/london-officers-officers-by-definition\/"/);
    await page.context().close();
  });
});
