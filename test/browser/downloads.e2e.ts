import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { open, siteUrl } from "./site.ts";

/** What a reader gets from each download, opened and read back. */

const browser = useBrowser();

async function download(page: Page, trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), trigger.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

async function downloads(path: string, figureId: string) {
  const { page } = await open(browser(), path, { acceptDownloads: true });
  const figure = page.locator(`#${figureId}`);
  await figure.locator("summary", { hasText: "Download" }).click();
  return { page, figure };
}

describe("the London officers chart's downloads", () => {
  it("the chart's figures with the header on line 1, and a readme of title, sources, licence and symbol key beside them, both in a zip too", async () => {
    const { page, figure } = await downloads("datasets/london-officers/", "london-officers-officers-by-definition");
    const { name, bytes } = await download(page, figure.getByRole("link", { name: "Figures in this chart (CSV)" }));
    const lines = bytes.toString("utf8").split("\r\n");
    expect(name).toBe("london-officers-officers-by-definition.csv");
    const readme = await download(page, figure.getByRole("link", { name: "Title, sources, notes and symbols for these figures (text)" }));
    const about = readme.bytes.toString("utf8").split("\r\n");
    expect(readme.name).toBe("london-officers-officers-by-definition-readme.txt");
    expect(about[0]).toBe("# Police officers in London's schools");
    expect(about).toContain("- New Statesman, How policing is being sewn into the fabric of British schools, 27 Jul 2021, Article text: figures from the New Statesman's Freedom of Information request (academic years 2010/11 and 2020/21), https://www.newstatesman.com/politics/2021/07/how-policing-being-sewn-fabric-british-schools");
    expect(about).toContain("Figures as published by their sources; compilation CC BY 4.0");
    expect(about).toContain("- estimate: a figure published with this qualifier; shown as a hollow marker on the chart");
    expect(about).toContain(`Downloaded from ${siteUrl}datasets/london-officers/#london-officers-officers-by-definition`);
    const zip = await download(page, figure.getByRole("link", { name: "Figures with their readme (ZIP)" }));
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries)).toEqual(["london-officers-officers-by-definition.csv", "readme.txt"]);
    expect(Buffer.from(entries["london-officers-officers-by-definition.csv"]!).equals(bytes)).toBe(true);
    expect(Buffer.from(entries["readme.txt"]!).equals(readme.bytes)).toBe(true);
    lines[0] = lines[0]!.replace(/^\uFEFF/, "");
    const table = lines.slice(0, -1);
    expect(table[0]).toBe("Period,Period start,Series,Officers,Qualifier or reason,Source,Source address");
    expect(table.map((row) => row.split(",").slice(0, 5).join(","))).toEqual([
      "Period,Period start,Series,Officers,Qualifier or reason",
      "2010/11,2010-09-01,Safer Schools Officers,183,",
      "2014/15,2014-09-01,officers in London's schools,270,",
      "2016/17,2016-09-01,Safer Schools Officers,294,",
      "Dec 2016,2016-12-01,Safer Schools Officers,292,",
      "2017,2017-01-01,officers in London's schools,295,",
      "2017/18,2017-09-01,officers with full-time roles in schools,280,estimate",
      "Feb 2019,2019-02-01,Schools and Youth Engagement Officers,382,",
      "Mar 2019,2019-03-01,officers with full-time roles in schools,420,",
      "2019/20,2019-09-01,Safer Schools Officers,350,",
      "2020/21,2020-09-01,officers working full time in London schools,377,",
      "Spring term 2020/21,2021-01-01,officers in London schools,357,",
      "May 2025,2025-05-01,Safer Schools Officers moved into neighbourhood ward teams (role ended),371,",
    ]);
    await page.context().close();
  });

  it("the chart as SVG and PNG, with title, sources and the newest source's date drawn in", async () => {
    const { page, figure } = await downloads("datasets/london-officers/", "london-officers-officers-by-definition");
    const svg = await download(page, figure.getByRole("link", { name: "Chart image (SVG)" }));
    const text = svg.bytes.toString("utf8");
    expect(svg.name).toBe("london-officers-officers-by-definition.svg");
    expect(text).toContain('font-weight="bold" fill="#0b0c0c">Police officers in London&#39;s schools</text>');
    expect(text).toContain(">Sources: New Statesman, 27 Jul 2021;");
    const words = text.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(words).toContain(" Newest source: Apr 2025. ");
    expect(words).toContain("1. March 2020: Judicial review claim");
    const width = Number(/<svg [^>]*width="(\d+)"/.exec(text)?.[1]);

    const png = await download(page, figure.getByRole("button", { name: "Chart image (PNG)" }));
    expect(png.name).toBe("london-officers-officers-by-definition.png");
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.bytes.readUInt32BE(16)).toBe(width * 2);
    await expect.poll(() => figure.locator(".tool-status").textContent()).toBe("PNG downloaded.");
    await page.context().close();
  });
});

describe("labels a spreadsheet would run", () => {
  it("are neutralised in the chart's CSV and in the full dataset, and numbers stay numbers", async () => {
    const { page, figure } = await downloads("datasets/formula-cells/", "formula-cells-by-group");
    const view = (await download(page, figure.getByRole("link", { name: "Figures in this chart (CSV)" }))).bytes.toString("utf8");
    expect(view).toContain(`2019,2019-01-01,"'=HYPERLINK(""x"")",12,,`);
    expect(view).toContain("2019,2019-01-01,'@SUM(A1),-3,,");
    expect(view).toContain(`2020,2020-01-01,"'=HYPERLINK(""x"")",[c],suppressed,`);

    const zip = unzipSync((await download(page, figure.getByRole("link", { name: "Full dataset with its readme (ZIP)" }))).bytes);
    expect(Object.keys(zip)).toEqual(["formula-cells.csv", "readme.txt"]);
    const readme = Buffer.from(zip["readme.txt"]!).toString("utf8").split("\r\n");
    expect(readme[0]).toBe("# Fixture: labels a spreadsheet would run");
    expect(readme).toContain("Fixture licence");
    expect(readme).toContain("- A fixture for the browser tests.");
    expect(readme).toContain("- [c]: confidential: suppressed to protect people; never counted as zero");
    const lines = Buffer.from(zip["formula-cells.csv"]!).toString("utf8").split("\r\n");
    expect(lines).toEqual([
      "\uFEFFtime_period,time_identifier,geographic_level,country_code,country_name,group,source_id,officers",
      `2019,Calendar year,National,E92000001,England,"'=HYPERLINK(""x"")",fixture-source,12`,
      `2020,Calendar year,National,E92000001,England,"'=HYPERLINK(""x"")",fixture-source,c`,
      `2021,Calendar year,National,E92000001,England,"'=HYPERLINK(""x"")",fixture-source,15`,
      "2019,Calendar year,National,E92000001,England,'@SUM(A1),fixture-source,-3",
      "2020,Calendar year,National,E92000001,England,'@SUM(A1),fixture-source,7",
      "",
    ]);
    await page.context().close();
  });
});
