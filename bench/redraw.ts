import type { Browser } from "playwright-core";

/**
 * How long a chart takes to redraw after a reader changes a control: the comparison's
 * "Compare with" picker, stepped through its groups. The picker is focused first, as a reader's
 * click would, which fetches the redrawing code. Each sample runs from setting the value until
 * the comparison's markup has been replaced and laid out, one animation frame apart.
 */

/** Redraw times in milliseconds, and which control was changed. */
export interface RedrawResult {
  control: string;
  samples: number[];
}

/**
 * Runs in the page. Kept as plain JavaScript text: the TypeScript loader would add helpers to a
 * function that do not exist in the page.
 */
const IN_PAGE = `async (rounds) => {
  const select = [...document.querySelectorAll(".comparison select")].find((s) => s.offsetParent !== null);
  if (!select || select.options.length < 2) return null;
  const values = [...select.options].map((o) => o.value);
  const container = select.closest(".comparison");
  const redrawn = () => new Promise((resolve) => {
    const watch = new MutationObserver(() => { watch.disconnect(); resolve(); });
    watch.observe(container, { childList: true, subtree: true, characterData: true });
  });
  select.focus();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const next = values[(values.indexOf(select.value) + 1) % values.length];
    const started = performance.now();
    select.value = next;
    const done = redrawn();
    select.dispatchEvent(new Event("change", { bubbles: true }));
    // Mutation observers hear of the change once the handler's work is done; reading layout then
    // makes the browser apply the new markup, so its cost is in the sample.
    await done;
    void document.body.offsetHeight;
    samples.push(performance.now() - started);
  }
  return { control: select.labels?.[0]?.textContent?.trim() ?? select.id, samples };
}`;

/** Opens `url` and changes the first visible comparison picker `rounds` times. */
export async function measureRedraw(browser: Browser, url: string, rounds: number): Promise<RedrawResult | string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: "networkidle" });
  // A long page can go quiet on the network before it has been parsed and its script has run:
  // wait for the script to show a picker (written hidden in the page) before changing it.
  await page.waitForLoadState("load");
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>(".comparison select")].some((s) => s.offsetParent !== null), undefined, { timeout: 10_000 }).catch(() => {});
  const result = (await page.evaluate(`(${IN_PAGE})(${rounds})`)) as RedrawResult | null;
  await context.close();
  if (errors.length) return `the page reported errors: ${errors.join("; ")}`;
  return result ?? "the page has no comparison picker to change";
}
