import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { open } from "./site.ts";

/** Reading a value by mouse and by finger: the tooltip follows the pointer and stays while read. */

const browser = useBrowser();

describe("the London officers chart by pointer", () => {
  it("shows a value's tooltip on hover and keeps it while the pointer is over the tooltip", async () => {
    const { page } = await open(browser(), "datasets/london-officers/");
    const figure = page.locator("#london-officers-officers-by-definition");
    await figure.locator('[role="img"][aria-label^="Safer Schools Officers, 2010/11"]:visible').hover();
    const tip = figure.locator(".chart-tip");
    await expect.poll(() => tip.innerText()).toBe("Safer Schools Officers\nOfficers: 183\n2010/11\nSource: New Statesman, 27 Jul 2021");
    await tip.hover();
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    expect(await tip.isVisible()).toBe(false);
    await page.context().close();
  });

  it("shows a value's tooltip on a tap, and the bar chart's too", async () => {
    const { page } = await open(browser(), "datasets/london-officers/", { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const figure = page.locator("#london-officers-officers-by-phase");
    await figure.locator('[role="img"][aria-label^="Secondary"]:visible').tap();
    await expect.poll(() => figure.locator(".chart-tip").innerText()).toBe("School phase: Secondary\nOfficers: 311\nFeb 2019\nSource: Greater London Authority, 2019");
    await page.context().close();
  });
});
