import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { open } from "./site.ts";

/** The home page read on a phone: the story's key figures and a way to find an area come within five screens. */

const browser = useBrowser();
const SCREEN = { width: 360, height: 740 };

describe("the home page on a 360 px phone", () => {
  it("gives London's count and its end, England and the UK, who exclusions and strip searches fall on, and a way to find an area, within five screens", async () => {
    const { page } = await open(browser(), "", { viewport: SCREEN });
    const brief = page.locator(".in-brief");
    const topOf = async (text: string) => {
      const found = brief.getByText(text, { exact: false }).first();
      const box = await found.boundingBox();
      expect(box, text).not.toBeNull();
      return box!.y + (await page.evaluate(() => window.scrollY));
    };
    const wanted = [
      "183 Safer Schools Officers in 2010/11",
      "The role ended in May 2025",
      "In England, 511 PCs and PCSOs",
      "Across the UK, 979 police officers",
      "Black Caribbean pupils had a permanent exclusion rate 2.79 times that of White British pupils",
      "38% were of children described as Black",
    ];
    for (const text of wanted) expect(await topOf(text), text).toBeLessThan(5 * SCREEN.height);
    const finder = brief.getByRole("link", { name: "Find your area" });
    expect((await finder.boundingBox())!.y).toBeLessThan(5 * SCREEN.height);
    await finder.click();
    await page.waitForFunction(() => location.hash === "#areas-heading");
    const heading = (await page.locator("#areas-heading").boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(-1);
    expect(heading.y).toBeLessThan(SCREEN.height);
    await page.context().close();
  });
});
