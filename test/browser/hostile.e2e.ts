import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/node/build-site.ts";
import { CONTENT_SECURITY_POLICY } from "../../src/site/csp.ts";
import { builtPages, useBrowser } from "./browser.ts";
import { serve } from "./serve.ts";

/**
 * A data folder of every broken and hostile fixture (labels holding `<script>`, `<img onerror>`,
 * `javascript:` links, `{{ }}`, `${ }` and formulas, in data, meta and descriptor files), built
 * with DATA_ERRORS=skip and opened in Chromium: the build lists the errors and does not crash,
 * the valid files render, and nothing from any file runs, with the Content-Security-Policy and
 * without it (so the escaping holds on its own, and the policy is a second wall).
 */

const work = await mkdtemp(join(tmpdir(), "hostile-site-"));
const dataDir = join(work, "data");
const distDir = join(work, "dist");
await mkdir(dataDir);
// The symlink fixtures point at ../outside, so it sits beside the data folder as in the repository.
await cp(resolve("test/fixtures/broken"), dataDir, { recursive: true, verbatimSymlinks: true });
await cp(resolve("test/fixtures/outside"), join(work, "outside"), { recursive: true });
await cp(resolve("test/fixtures/hostile"), dataDir, { recursive: true });
await cp(resolve("test/browser/fixtures/data"), dataDir, { recursive: true });
const server = await serve(distDir, "/hostile/");
const siteUrl = `${server.origin}/hostile/`;
const log: string[] = [];
await buildSite({ dataDir, outDir: distDir, siteUrl, dataErrors: "skip", log: (line) => log.push(line) });
const pages = await builtPages(distDir);

afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

const browser = useBrowser();

/** What a visit saw: dialogs opened, policy violations, script errors, and the page's state after it was used. */
interface Visit {
  dialogs: string[];
  violations: string[];
  errors: string[];
  pwned: unknown;
  handlers: string[];
  links: string[];
  foreignElements: string[];
  scripts: string[];
}

/** Opens a page, works its controls as a reader would, and reports anything that ran or could run. */
async function visit(b: Browser, path: string, bypassCSP: boolean): Promise<Visit & { page: Page }> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP });
  const page = await context.newPage();
  const seen = { dialogs: [] as string[], violations: [] as string[], errors: [] as string[] };
  page.on("dialog", (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error" && /Content.Security.Policy/i.test(m.text())) seen.violations.push(m.text());
  });
  page.on("pageerror", (e) => seen.errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  await page.goto(siteUrl + path, { waitUntil: "networkidle" });
  await use(page);
  const state = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}="${a.value}"`)),
      links: all
        .flatMap((el) => ["href", "xlink:href", "src", "action", "formaction"].map((name) => el.getAttribute(name)).filter((v): v is string => v !== null))
        .filter((url) => (/^\s*[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url.trim())) || /^\s*[/\\]{2}/.test(url)),
      foreignElements: all.filter((el) => ["img", "iframe", "object", "embed", "style", "base", "frame", "meta"].includes(el.localName) && !el.matches("head > meta, head > base[target]:not([href])")).map((el) => el.outerHTML.slice(0, 120)),
      scripts: [...document.scripts].filter((s) => !(s.type === "application/json" || (s.type === "module" && s.src.startsWith(location.origin)))).map((s) => s.outerHTML.slice(0, 120)),
    };
  });
  return { page, ...seen, ...state };
}

/** Works the page: every picker through each choice, chart values by keyboard and pointer, the table switch. */
async function use(page: Page): Promise<void> {
  for (const select of (await page.locator("main select").all()).slice(0, 6)) {
    if (!(await select.isVisible())) continue;
    for (const value of await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) await select.selectOption(value);
  }
  const point = page.locator("[role='img'][tabindex='0']:visible").first();
  if (await point.count()) {
    await point.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    const box = await point.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }
  const table = page.getByRole("button", { name: "Table" }).first();
  if (await table.count()) await table.click();
  const finder = page.locator("[data-place-finder] input");
  if ((await finder.count()) && (await finder.isVisible())) {
    await finder.fill(`<svg onload="window.__pwned='finder'">`);
    await finder.press("Enter");
  }
}

const clean = { dialogs: [], violations: [], errors: [], pwned: undefined, handlers: [], links: [], foreignElements: [], scripts: [] };
const report = ({ page: _page, ...rest }: Visit & { page: Page }) => rest;

describe("a data folder of broken and hostile files, built with DATA_ERRORS=skip", () => {
  it("builds, lists every error, and leaves out only the files that have them", () => {
    expect(log.find((l) => /^\d+ errors; DATA_ERRORS=skip leaves out /.test(l))).toContain("data/symlink-outside.csv");
    expect(pages).toContain("datasets/hostile-labels/");
    expect(pages).toContain("datasets/hostile-groups/");
    expect(pages).toContain("datasets/formula-cells/");
    expect(pages).not.toContain("datasets/symlink-outside/");
    expect(pages).not.toContain("datasets/ragged-rows/");
  });

  it("names the left-out files on the home page", async () => {
    const b = browser();
    const { page } = await visit(b, "", false);
    const notice = await page.locator("section.not-shown").innerText();
    expect(notice).toContain("Not shown");
    expect(notice).toContain("data/symlink-outside.csv");
    expect(notice).toContain("data/unterminated-quote.csv");
    expect(await readFile(join(distDir, "index.html"), "utf8")).not.toContain("secret");
    await page.context().close();
  });

  it.each(pages.map((p) => [p || "home"]))("%s: nothing runs, with the policy or without it", async (label) => {
    const path = label === "home" ? "" : label;
    for (const bypassCSP of [false, true]) {
      const seen = await visit(browser(), path, bypassCSP);
      expect(report(seen), bypassCSP ? "without the policy" : "with the policy").toEqual(clean);
      await seen.page.context().close();
    }
  });

  it("carries the policy on every page, first in its head after the character set", async () => {
    for (const path of pages) {
      const head = (await readFile(join(distDir, path, "index.html"), "utf8")).split("</head>")[0]!;
      expect(head, path).toContain(`<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", "&#39;")}">\n`);
    }
  });

  it("shows the hostile labels as text", async () => {
    const { page } = await visit(browser(), "datasets/hostile-labels/", false);
    expect(await page.locator("h1").innerText()).toBe(`<script>alert('title')</script><img src=x onerror="window.__pwned='title'"> Hostile labels`);
    await page.locator("details.figures summary").click();
    const main = await page.locator("main").innerText();
    for (const label of [
      "<script>alert('phase')</script>",
      `<img src=x onerror="window.__pwned='phase-img'">`,
      "<svg><script>window.__pwned='phase-svg'</script></svg>",
      `<a href="javascript:window.__pwned='phase-link'">Phase link</a>`,
      "{{constructor.constructor('alert(1)')()}}",
      "${alert('phase')}",
      `<img src=x onerror="window.__pwned='note'"> <a href="javascript:window.__pwned='note-link'">a link</a>`,
    ]) {
      expect(main).toContain(label);
    }
    await page.context().close();
  });

  it("shows hostile group and place names as text in comparisons and place pages", async () => {
    const { page } = await visit(browser(), "datasets/hostile-groups/", false);
    const main = await page.locator("main").innerText();
    expect(main).toContain(`<img src=x onerror="window.__pwned='group'">`);
    expect(main).toContain(`"><svg onload="window.__pwned='group-attr'">`);
    expect(main).toContain(`<script>window.__pwned='la'</script>`);
    await page.context().close();
  });

  it("runs nothing a crafted link asks for", async () => {
    const query = new URLSearchParams({
      view: `<img src=x onerror="window.__pwned='view'">`,
      series: `"><svg onload="window.__pwned='series'">`,
      period: "javascript:window.__pwned='period'",
      ref: `<img src=x onerror="window.__pwned='ref'">`,
    });
    for (const path of ["datasets/hostile-groups/", "datasets/hostile-labels/"]) {
      const seen = await visit(browser(), `${path}?${query}#<img src=x onerror="window.__pwned='hash'">`, true);
      expect(report(seen), path).toEqual(clean);
      await seen.page.context().close();
    }
  });
});
