import { unzipSync } from "fflate";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/node/build-site.ts";
import { memoryWriter } from "../../src/node/site-writer.ts";
import { collisions } from "../legibility/collisions.ts";
import { siteCollisions } from "../legibility/svg-drawn.ts";
import { pageText as text } from "./page-text.ts";

/** Every address a data folder's descriptors give for a source or for the page a figure was read from. */
async function knownAddresses(dataDir: string): Promise<string[]> {
  const files = (await readdir(dataDir)).filter((f) => f.endsWith(".json") && f !== "descriptor.schema.json");
  const descriptors = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dataDir, f), "utf8")) as { sources: { path: string; secondary?: { path: string } }[] }));
  return descriptors.flatMap((d) => d.sources.flatMap((s) => [s.path, s.secondary?.path ?? ""])).filter((path) => path !== "");
}

/** Builds a data folder into a temporary dist and reads pages from it. */
async function built(dataDir: string) {
  const outDir = await mkdtemp(join(tmpdir(), "site-"));
  const log: string[] = [];
  await buildSite({ dataDir, outDir, log: (line) => log.push(line) });
  return { outDir, log, page: (path: string) => readFile(join(outDir, path, "index.html"), "utf8") };
}

describe("the shipped data", () => {
  let site: Awaited<ReturnType<typeof built>>;
  beforeAll(async () => {
    site = await built("data");
    // The shipped data make some 440 pages, 160 of them local areas with a dozen charts each.
  }, 300_000);
  afterAll(() => rm(site.outDir, { recursive: true, force: true }));

  it("shows every published London figure on the home page, each with its period as published", async () => {
    const page = await site.page("");
    const start = page.indexOf("<caption>Police officers in London&#39;s schools: the figures</caption>");
    expect(start).toBeGreaterThan(0);
    const table = text(page.slice(start, page.indexOf("</table>", start)));
    for (const [period, value] of [
      ["2010/11", "183"],
      ["2014/15", "270"],
      ["2016/17", "294"],
      ["2017", "295"],
      ["2019/20", "350"],
      ["2020/21", "377"],
      ["Dec 2016", "292"],
      ["Feb 2019", "382"],
      ["Mar 2019", "420"],
    ] as const) {
      expect(table).toMatch(new RegExp(` ${period.replace("/", "\\/")} [^0-9]+ ${value} `));
    }
  });

  it("labels each London series by its definition and links each figure to its source", async () => {
    const home = await site.page("");
    expect(home).toContain("Safer Schools Officers");
    expect(home).toContain("officers with full-time roles in schools");
    expect(home).toContain('<a href="https://www.newstatesman.com/politics/2021/07/how-policing-being-sewn-fabric-british-schools">New Statesman, 27 Jul 2021</a>');
  });

  it("shows the estimated 280 as an estimate and the unconfirmed 489 as unconfirmed, never as plain numbers", async () => {
    const london = text(await site.page("datasets/london-officers/"));
    expect(london).toContain("280 (estimate)");
    const uk = text(await site.page("datasets/england-uk-officers/"));
    expect(uk).toContain("489 (unconfirmed or low reliability)");
  });

  it("links every source whose address is known, and every re-publication read, from the about page", async () => {
    const about = await site.page("about/");
    const addresses = await knownAddresses("data");
    expect(addresses.length).toBeGreaterThan(20);
    for (const address of addresses) expect(about).toContain(`href="${address.replace(/&/g, "&amp;")}"`);
  });

  /**
   * Every chart drawing on every page, at every width it is drawn at, without a browser: the
   * layouts are arithmetic, so each drawing's SVG gives its text boxes (by the font metrics the
   * layouts use), markers and line points exactly. Reading the built pages, rather than redrawing
   * views here, checks just the drawings the build ships, area pages and embeds included; the
   * browser test (test/browser/legible.e2e.ts) checks the same in Chromium on a page of each kind.
   */
  it("draws no chart on any page with a label on another label, on another series' marker or line, or struck through by its own line", async () => {
    const paths = (await readdir(site.outDir, { recursive: true })).filter((f) => f === "index.html" || f.endsWith("/index.html"));
    const pages = await Promise.all(paths.map(async (path) => ({ path: path.replace(/index\.html$/, ""), html: await readFile(join(site.outDir, path), "utf8") })));
    const { drawings, found } = siteCollisions(pages, collisions);
    expect(drawings).toBeGreaterThan(5000);
    expect(found).toEqual([]);
  });

  it("carries no more than 150 kB gzip of HTML on any page", async () => {
    const pages = (await readdir(site.outDir, { recursive: true })).filter((f) => f.endsWith("index.html"));
    expect(pages.length).toBeGreaterThan(300);
    const weights = await Promise.all(pages.map(async (f) => ({ page: f, gzip: gzipSync(await readFile(join(site.outDir, f))).length })));
    expect(weights.filter((w) => w.gzip > 150_000)).toEqual([]);
  });

  it("draws about a dozen of the national characteristics file's 83 charts, within its weight, and links each of the rest to a page of its own, grouped by breakdown", async () => {
    const dataset = "datasets/exclusions-by-characteristic-2011-2017/";
    const page = await site.page(dataset);
    // Ten, not twelve: the ratios of 17 minor ethnic groups over time are heavy and drawn, so two lighter charts go to their own pages.
    expect(page.match(/<div class="chart-svg" data-chart=/g)?.length).toBe(10);
    expect(page).toContain('id="exclusions-by-characteristic-2011-2017-permanent-by-ethnicity-minor-groups"');
    expect(page).toContain('id="exclusions-by-characteristic-2011-2017-permanent-by-ethnicity-minor-groups-ratio-over-time"');
    const start = page.indexOf('<section class="more-views"');
    const more = page.slice(start, page.indexOf("</section>", start));
    expect(text(more)).toContain("More charts from this file This page draws 10 of the file's 83 charts. Each of the other 73 has a page of its own, with its table and sources.");
    expect(text(more)).toContain("By age Permanent exclusions per 100 pupils by age, 2016/17 Permanent exclusions per 100 pupils by age, 2011/12 to 2016/17 Fixed-period exclusions per 100 pupils by age, 2016/17");
    const links = [...more.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]!);
    expect(links).toHaveLength(73);
    expect(links).toContain(`../../${dataset}views/fixed-by-ethnicity-minor-groups/`);
    const view = await site.page(`${dataset}views/fixed-by-ethnicity-minor-groups/`);
    expect(view).toContain('<h1 id="exclusions-by-characteristic-2011-2017-fixed-by-ethnicity-minor-groups-heading" class="chart-title">Fixed-period exclusions per 100 pupils by ethnicity (minor groups), 2016/17</h1>');
    expect(text(view)).toContain("Black Caribbean");
    expect(view.match(/<div class="chart-svg" data-chart=/g)?.length).toBe(1);
  });

  it("lists the first 100 of a big file's rows, says how many it has, and links to the file", async () => {
    const page = text(await site.page("datasets/exclusions-by-characteristic-2011-2017/"));
    expect(page).toContain("The file has 4585 rows, too many to list here: every row is in the download, exclusions-by-characteristic-2011-2017.csv");
    expect(page).toContain("Show the first 100 of 4585 rows");
  });

  it("writes a page for every local area and for the Metropolitan Police", async () => {
    expect(await site.page("areas/E09000012-hackney/")).toContain("<h1>Hackney</h1>");
    expect(await site.page("areas/E10000021-northamptonshire/")).toContain("Northamptonshire ceased to exist.");
    expect(await site.page("forces/E23000001-metropolitan-police/")).toContain("<h1>Metropolitan Police</h1>");
  });

  it("writes a page for every dataset and an about page with the symbol key", async () => {
    const about = text(await site.page("about/"));
    expect(about).toContain("confidential: suppressed to protect people");
    expect(about).toContain("a low figure that rounds to zero but is not zero");
    expect(await site.page("datasets/england-uk-officers/")).toContain("<h1>Police officers in schools across England and the UK</h1>");
  });
});

/** Builds a data folder with its pages and downloads written into memory; only the bundler's own files reach the disk. */
async function builtInMemory(dataDir: string) {
  const outDir = await mkdtemp(join(tmpdir(), "site-"));
  const log: string[] = [];
  const writer = memoryWriter();
  await buildSite({ dataDir, outDir, log: (line) => log.push(line), writer: () => writer });
  const file = (path: string) => writer.files.get(path) ?? Promise.reject(new Error(`${path} was not written`));
  const bytes = (path: string) => {
    const found = writer.bytes.get(path);
    if (!found) throw new Error(`${path} was not written`);
    return found;
  };
  return { outDir, log, files: writer.files, file, bytes, page: async (path: string) => file(`${path}index.html`) };
}

describe("a new export dropped into a data folder", () => {
  let site: Awaited<ReturnType<typeof builtInMemory>>;
  beforeAll(async () => {
    site = await builtInMemory("test/site/fixtures/basic");
  }, 60_000);
  afterAll(() => rm(site.outDir, { recursive: true, force: true }));

  it("writes every page and download through the writer the build is given, none of them to disk", async () => {
    expect([...site.files.keys()].filter((f) => f.endsWith("index.html")).sort()).toEqual([
      "about/index.html",
      "datasets/pupils/index.html",
      "datasets/pupils/views/by-sex/index.html",
      "datasets/pupils/views/trend-officers/index.html",
      "embed/pupils-by-sex/index.html",
      "embed/pupils-trend-officers/index.html",
      "index.html",
    ]);
    expect(site.files.has("downloads/datasets/pupils.csv")).toBe(true);
    // On disk: only what the bundler writes itself (the script, the stylesheet and the public files).
    const onDisk = await readdir(site.outDir, { recursive: true });
    expect(onDisk.filter((f) => f.endsWith(".html") || f.startsWith("downloads") || f.startsWith("data"))).toEqual([]);
    expect(onDisk).toContain("favicon.svg");
  });

  it("gets its own page with a trend chart and a breakdown chart, each with its table, and a table of every row", async () => {
    const page = await site.page("datasets/pupils/");
    expect(page).toContain("<h1>Fixture: officers by sex</h1>");
    expect(page.match(/<div class="chart-svg" data-chart=/g)?.length).toBe(2);
    expect(page.match(/<table class="data-table"/g)?.length).toBe(3);
    expect(page).toContain("Show every row: 6 rows");
  });

  it("leads a shared link's preview with the page's first chart, drawn to a 1200 by 630 PNG", async () => {
    const page = await site.page("datasets/pupils/");
    const image = /<meta property="og:image" content="([^"]+)">/.exec(page)?.[1];
    expect(image).toBe("../../previews/pupils-trend-officers.png");
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    const png = Buffer.from(site.bytes("previews/pupils-trend-officers.png"));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it("gives every page with a chart a preview picture of its own chart that exists in the build", async () => {
    const pages = [...site.files.keys()].filter((f) => f.endsWith("index.html") && !f.startsWith("embed/"));
    const images = new Map<string, string>();
    for (const file of pages) {
      const page = await site.page(file.replace(/index\.html$/, ""));
      const image = /<meta property="og:image" content="([^"]+)">/.exec(page)?.[1];
      if (!image) continue;
      const target = new URL(image, `https://x/${file}`).pathname.slice(1);
      expect(site.bytes(target).subarray(1, 4).toString(), `${file} → ${target}`).toBe("PNG");
      images.set(file, target);
    }
    expect(images.get("datasets/pupils/views/by-sex/index.html")).toBe("previews/pupils-by-sex.png");
    expect(images.get("datasets/pupils/index.html")).toBe("previews/pupils-trend-officers.png");
  });

  it("offers the file as published, byte for byte, and in full with its header on line 1 and a readme beside it, both zipped too", async () => {
    expect(await site.file("data/pupils.csv")).toBe(await readFile("test/site/fixtures/basic/pupils.csv", "utf8"));
    const full = await site.file("downloads/datasets/pupils.csv");
    const lines = full.split(/\r?\n/);
    expect(lines[0]).toBe("\uFEFFtime_period,time_identifier,geographic_level,country_code,country_name,sex,source_id,officers");
    const readme = await site.file("downloads/datasets/pupils-readme.txt");
    expect(readme.split("\r\n")).toContain("# Fixture: officers by sex");
    expect(readme.split("\r\n")).toContain("- [c]: confidential: suppressed to protect people; never counted as zero");
    const zipped = unzipSync(site.bytes("downloads/datasets/pupils.zip"));
    expect(Object.keys(zipped)).toEqual(["pupils.csv", "readme.txt"]);
    expect(Buffer.from(zipped["pupils.csv"]!).toString("utf8")).toBe(full);
    expect(Buffer.from(zipped["readme.txt"]!).toString("utf8")).toBe(readme);
    const rows = lines.slice(1).filter(Boolean);
    expect(rows).toEqual([
      "201415,Academic year,National,E92000001,England,Total,fixture-source,270",
      "201516,Academic year,National,E92000001,England,Total,fixture-source,c",
      "2017,Calendar year,National,E92000001,England,Total,fixture-source,295",
      "2017,Calendar year,National,E92000001,England,Boys,fixture-source,low",
      "2017,Calendar year,National,E92000001,England,Girls,fixture-source,x",
      "2017,Calendar year,National,E92000001,England,Unknown,fixture-source,12",
    ]);
  });

  it("draws each chart at a phone's, a tablet's and a desktop column's width, so none needs script to fit", async () => {
    const page = await site.page("datasets/pupils/");
    const box = /<div class="chart-svg" data-chart="[^"]*">(.*?)<\/div>\s*<div class="chart-summary"/s.exec(page)?.[1] ?? "";
    const drawings = [...box.matchAll(/<div class="chart-size" data-width="(\d+)"><svg [^>]*id="([^"]+)"[^>]*viewBox="0 0 (\d+) (\d+)/g)];
    expect(drawings.map((d) => [d[1], d[3], d[4]])).toEqual([["340", "340", "300"], ["500", "500", "300"], ["640", "640", "360"]]);
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows symbols with their meaning, never as zero", async () => {
    const page = text(await site.page("datasets/pupils/"));
    expect(page).toContain("2015/16 Officers suppressed [c]");
    expect(page).toContain("Boys rounds to zero [low]");
    expect(page).toContain("Girls not available [x]");
    expect(page).not.toMatch(/Boys 0 /);
  });

  it("says on the page that the columns were inferred without a meta file", async () => {
    const page = text(await site.page("datasets/pupils/"));
    expect(page).toContain("This file came without a metadata file, so the columns were read by their contents: officers as numbers and sex as breakdowns.");
  });

  it("escapes text from the descriptor", async () => {
    const page = await site.page("datasets/pupils/");
    expect(page).toContain("Fixture publication &lt;b&gt;bold&lt;/b&gt;");
    expect(page).not.toContain("<b>bold</b>");
  });

  it("reports rows read, used and rejected", async () => {
    expect(site.log).toContain("pupils: 6 rows read, 6 used, 0 rejected; 2 charts");
  });
});

describe("a file with bad cells", () => {
  it("stops the build, listing every bad cell with file, line, column and value", async () => {
    const outDir = await mkdtemp(join(tmpdir(), "site-"));
    const failure = await buildSite({ dataDir: "test/site/fixtures/bad-cell", outDir }).then(
      () => null,
      (error: Error) => error.message,
    );
    await rm(outDir, { recursive: true, force: true });
    expect(failure).toContain("2 problems stop the build:");
    expect(failure).toContain(
      'data/broken.csv:3:6  error  Value "12%" in column "officers" has a % sign. Write the number alone (79, not 79%) and give the unit as % in the meta file.',
    );
    expect(failure).toContain('data/broken.csv:4:6  error  Value "abc" in column "officers" is neither a number nor a known symbol.');
  });
});
