import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { open } from "./site.ts";

/** Tables read on a phone: the first column stays in view with a cue to scroll, and a long table sorts by any column. */

const browser = useBrowser();
const FIGURE = "#london-officers-officers-by-definition";

describe("a chart's table on a 360 px phone", () => {
  it("keeps its first column in view while the rest scrolls, and says there is more to the side", async () => {
    const { page } = await open(browser(), "datasets/london-officers/", { viewport: { width: 360, height: 740 } });
    const figure = page.locator(FIGURE);
    await figure.getByRole("button", { name: "Table" }).click();
    const wrap = figure.locator(".table-wrap");
    const cue = figure.locator(".scroll-cue");
    await cue.waitFor({ state: "visible", timeout: 5000 });
    expect(await cue.textContent()).toBe("Scroll sideways to see every column. The first column stays in view.");
    const firstCell = figure.locator("tbody tr").first().locator("th");
    const before = (await firstCell.boundingBox())!;
    await wrap.evaluate((el) => (el.scrollLeft = 200));
    const after = (await firstCell.boundingBox())!;
    const box = (await wrap.boundingBox())!;
    expect(Math.round(after.x)).toBe(Math.round(box.x));
    expect(Math.round(after.x)).toBe(Math.round(before.x));
    await page.context().close();
  });

  it("shows no cue where the table fits", async () => {
    const { page } = await open(browser(), "datasets/london-officers/", { viewport: { width: 1280, height: 900 } });
    const figure = page.locator(FIGURE);
    await figure.getByRole("button", { name: "Table" }).click();
    await figure.locator(".table-wrap").waitFor({ state: "visible" });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await figure.locator(".scroll-cue").isVisible()).toBe(false);
    await page.context().close();
  });
});

describe("a long table", () => {
  it("sorts by any column from its header, lowest first then highest, with the order announced and published order kept without script", async () => {
    const { page } = await open(browser(), "datasets/london-officers/");
    const figure = page.locator(FIGURE);
    await figure.getByRole("button", { name: "Table" }).click();
    const officers = () => figure.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelector("td.num .value")?.textContent ?? "none"));
    const published = await officers();
    expect(published[0]).toBe("183");
    const header = figure.locator("thead th", { hasText: "Officers" });
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const ascending = await officers();
    expect(ascending.slice(0, 3)).toEqual(["183", "270", "280"]);
    expect(ascending.at(-1)).toBe("420");
    expect(await figure.locator(".table-status").textContent()).toBe("Sorted by Officers, lowest or A first. Missing figures are listed last.");
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    expect((await officers())[0]).toBe("420");
    await page.context().close();

    const noScript = await open(browser(), "datasets/london-officers/", { javaScriptEnabled: false });
    const plain = noScript.page.locator(FIGURE);
    expect(await plain.locator("thead button").count()).toBe(0);
    expect(await plain.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelector("td.num .value")?.textContent ?? "none"))).toEqual(published);
    await noScript.page.context().close();
  });
});
