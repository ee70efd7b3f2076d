import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { open, siteUrl } from "./site.ts";

/** A copied link opens the same chart, in the same form, on the same value. */

const browser = useBrowser();

describe("Copy link", () => {
  it("round-trips the chart, table view and picked value through the address, at the site's public address", async () => {
    const { page } = await open(browser(), "datasets/london-officers/", { permissions: ["clipboard-read", "clipboard-write"] });
    const figure = page.locator("#london-officers-officers-by-definition");
    await figure.locator('[role="img"][tabindex="0"]:visible').focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await figure.getByRole("button", { name: "Table" }).click();
    await figure.getByRole("button", { name: /^Copy link/ }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(
      `${siteUrl}datasets/london-officers/?view=london-officers-officers-by-definition&show=table&series=Safer+Schools+Officers&period=201617%7CAcademic+year#london-officers-officers-by-definition`,
    );
    expect(page.url()).toBe(link);

    const visit = await page.context().newPage();
    await visit.goto(link, { waitUntil: "networkidle" });
    const again = visit.locator("#london-officers-officers-by-definition");
    expect(await again.getAttribute("data-show")).toBe("table");
    expect(await again.locator("table.data-table").isVisible()).toBe(true);
    expect(await again.locator(".chart-svg").isVisible()).toBe(false);
    expect(await again.getByRole("button", { name: "Table" }).getAttribute("aria-pressed")).toBe("true");
    await again.getByRole("button", { name: "Chart" }).click();
    await expect.poll(() => again.locator(".chart-tip").innerText()).toBe("Safer Schools Officers\nOfficers: 294\n2016/17\nSource: VICE World News, 2020");
    expect(await again.locator('[role="img"][tabindex="0"]:visible').getAttribute("aria-label")).toMatch(/^Safer Schools Officers, 2016\/17: 294/);
    await page.context().close();
  });

  it("leaves every other chart on the page as it was", async () => {
    const { page } = await open(browser(), "datasets/london-officers/?view=london-officers-officers-by-phase&show=table");
    expect(await page.locator("#london-officers-officers-by-phase").getAttribute("data-show")).toBe("table");
    expect(await page.locator("#london-officers-officers-by-definition").getAttribute("data-show")).toBe("chart");
    await page.context().close();
  });
});
