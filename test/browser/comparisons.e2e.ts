import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { open } from "./site.ts";

/** The exclusions page as a reader uses it: pick a reference group and every ratio follows. */

const browser = useBrowser();
const VIEW = "#exclusions-2016-17-permanent-by-ethnicity";

/** The figure's table as rows of cell text. */
async function tableRows(page: import("playwright-core").Page): Promise<string[][]> {
  return page.locator(`${VIEW} table.data-table tbody tr`).evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())),
  );
}

describe("comparisons on the exclusions page", () => {
  it("shows each group's rate as published with its numerator and denominator, and its ratio to White British with a 95% interval", async () => {
    const { page } = await open(browser(), "datasets/exclusions-2016-17/");
    const rows = await tableRows(page);
    expect(rows).toContainEqual(["Black Caribbean", "260", "92,595", "0.28", "2.79×", "2.47 to 3.16", "Department for Education, Jul 2018"]);
    expect(rows).toContainEqual(["White British reference", "5,470", "5,439,705", "0.10", "1.00× (reference)", "", "Department for Education, Jul 2018"]);
    await page.context().close();
  });

  it("recomputes every ratio, interval, chart mark and summary when the reference group changes, and keeps it in the link", async () => {
    const { page } = await open(browser(), "datasets/exclusions-2016-17/");
    await page.getByLabel("Compare with").first().selectOption("All pupils");
    const ratio = (a: number, n1: number) => (a / n1 / (7720 / 8024635)).toFixed(2);
    // The redrawing code may still be loading when the choice is made: wait for the table it writes.
    await expect.poll(async () => (await tableRows(page)).find((r) => r[0] === "Black Caribbean")?.[4]).toBe(`${ratio(260, 92595)}×`);
    const rows = await tableRows(page);
    expect(rows.find((r) => r[0] === "White British")?.[4]).toBe(`${ratio(5470, 5439705)}×`);
    expect(rows.find((r) => r[0] === "All pupils reference")?.[4]).toBe("1.00× (reference)");
    const chartBlackCaribbean = await page.locator(`${VIEW} svg:visible [data-group="Black Caribbean"]`).getAttribute("data-value");
    expect(Number(chartBlackCaribbean).toFixed(2)).toBe(ratio(260, 92595));
    // The drawings for other widths follow a moment later, so a phone turned sideways shows the same.
    await expect.poll(() => page.locator(`${VIEW} svg [data-group="Black Caribbean"]`).evaluateAll((els) => els.map((e) => e.getAttribute("data-value")))).toEqual([chartBlackCaribbean, chartBlackCaribbean, chartBlackCaribbean]);
    expect(await page.locator(`${VIEW} .chart-summary`).innerText()).toContain(`Black Caribbean: ${ratio(260, 92595)} times the rate of All pupils`);
    expect(new URL(page.url()).searchParams.get("ref")).toBe("All pupils");

    const again = await page.context().newPage();
    await again.goto(page.url(), { waitUntil: "networkidle" });
    expect(await again.getByLabel("Compare with").first().inputValue()).toBe("All pupils");
    expect(await again.locator(`${VIEW} .chart-subtitle`).innerText()).toContain("Ratios compare each group with All pupils.");
    await page.context().close();
  });

  it("reads each group's ratio, interval, rate and counts by keyboard, and follows a new reference group", async () => {
    const { page } = await open(browser(), "datasets/exclusions-2016-17/");
    const tip = page.locator(`${VIEW} .chart-tip`);
    await page.locator(`${VIEW} svg:visible [role="img"][tabindex="0"]`).focus();
    await expect.poll(() => tip.innerText()).toMatch(/^Gypsy\/Roma\n/);
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^Black Caribbean: 2\.79 times the rate of White British/);
    await expect
      .poll(() => tip.innerText())
      .toBe("Black Caribbean\n2.79 times the rate of White British (95% interval 2.47 to 3.16)\nRate 0.28 per 100 as published (260 of 92,595)\n2016/17\nSource: Department for Education, Jul 2018");

    await page.getByLabel("Compare with").first().selectOption("All pupils");
    await expect.poll(() => page.locator(`${VIEW} svg:visible [data-group="Black Caribbean"]`).getAttribute("data-value")).not.toBe("2.792375595675098");
    await page.locator(`${VIEW} svg:visible [data-group="Black Caribbean"]`).focus();
    const ratio = (260 / 92595 / (7720 / 8024635)).toFixed(2);
    await expect.poll(() => tip.innerText()).toMatch(new RegExp(`^Black Caribbean\\n${ratio.replace(".", "\\.")} times the rate of All pupils \\(95% interval `));
    await page.context().close();
  });

  it("shows one measure and breakdown at a time once the pickers are on", async () => {
    const { page } = await open(browser(), "datasets/exclusions-2016-17/");
    expect(await page.locator(".comparison:not([hidden])").count()).toBe(1);
    await page.getByLabel("Breakdown").selectOption("Free school meals");
    const shown = page.locator(".comparison:not([hidden])");
    expect(await shown.getAttribute("data-view-id")).toBe("exclusions-2016-17-permanent-by-free-school-meals");
    expect(await shown.locator("table.data-table tbody").innerText()).toContain("4.11×");
    await page.context().close();
  });
});
