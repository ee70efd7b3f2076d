import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/node/build-site.ts";
import { pageText } from "./page-text.ts";

/**
 * A DfE-style export covering two academic years, 2015/16 and 2016/17, with one filter per
 * characteristic and a Total. Its 2016/17 figures for all pupils (7,720 of 8,024,635), White
 * British (5,470 of 5,439,705) and Black Caribbean pupils (260 of 92,595) are the DfE's published
 * national figures; all of 2015/16 and the Unclassified group are made up for the test, and one
 * count is suppressed (see the fixture's README).
 */

let outDir: string;
let html: string;
const ID = "exclusions-over-time-perm_excl-by-ethnicity-minor-over-time";

/** The page's text with the spaces that tags leave inside brackets taken out. */
const text = () => pageText(html).replace(/\( /g, "(").replace(/ \)/g, ")");
/** The markup of the small multiples' item in the comparisons section. */
const item = () => {
  const start = html.indexOf(`<div class="comparison" data-view-id="${ID}"`);
  return html.slice(start, html.indexOf("</figure>", start));
};

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "site-"));
  await buildSite({ dataDir: "test/site/fixtures/multi-year", outDir });
  html = await readFile(join(outDir, "datasets/exclusions-over-time/index.html"), "utf8");
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe("a dataset with both periods and groups", () => {
  it("shows each group's rate over time as small multiples, after the comparison of the same measure and breakdown", () => {
    const comparison = html.indexOf('data-view-id="exclusions-over-time-perm_excl-by-ethnicity-minor"');
    const multiples = html.indexOf(`data-view-id="${ID}"`);
    expect(comparison).toBeGreaterThan(html.indexOf("Who the figures fall on"));
    expect(multiples).toBeGreaterThan(comparison);
    expect(item()).toContain('data-measure="Perm excl per 100" data-breakdown="Ethnicity minor over time"');
    expect(item()).toContain(`<svg xmlns="http://www.w3.org/2000/svg" class="chart-multiples" id="chart-${ID}" role="img"`);
    expect(text()).toContain("Perm excl per 100 by ethnicity minor, 2015/16 to 2016/17");
  });

  it("follows them with each group's ratio to White British over time, its trend in words and its figures for download", async () => {
    const id = "exclusions-over-time-perm_excl-by-ethnicity-minor-ratio-over-time";
    const start = html.indexOf(`<div class="comparison" data-view-id="${id}"`);
    expect(start).toBeGreaterThan(html.indexOf(`data-view-id="${ID}"`));
    const ratios = html.slice(start, html.indexOf("</figure>", start));
    expect(ratios).toContain('data-breakdown="Ethnicity minor, ratios over time"');
    expect(ratios).toContain(`class="chart-ratio-trend" id="chart-${id}"`);
    // 260 of 92,595 against 5,470 of 5,439,705 in 2016/17; 250 of 90,000 against 4,800 of 5,400,000 in 2015/16 (made up).
    expect(text()).toContain(
      "Black Caribbean: perm excl per 100 at 2.79 times the rate of White British in 2016/17 (95% interval 2.47 to 3.16), down from 3.13 times in 2015/16 (95% interval 2.75 to 3.55). The two intervals overlap, so this is no clear change.",
    );
    const csv = await readFile(join(outDir, `downloads/views/${id}.csv`), "utf8");
    expect(csv).toContain("Black Caribbean,2016/17,2016-09-01,0.28,as published,0.1,as published,2.792375595675098,");
  });

  it("puts the figures under the chart in a table: a row per period, each group's rate with its counts", () => {
    const t = text();
    expect(t).toContain("Period White British reference Black Caribbean Unclassified Total Sources");
    expect(t).toContain("2016/17 0.10 (5,470 of 5,439,705) 0.28 (260 of 92,595) 0.11 (180 of 165,000) 0.10 (7,720 of 8,024,635)");
    expect(t).toContain("2015/16 0.09 (4,800 of 5,400,000) 0.28 (250 of 90,000) no rate (suppressed [c] of 160,000) 0.08 (6,700 of 7,900,000)");
  });

  it("says in brief each group's first and latest rate and the change, and which rate is missing", () => {
    const t = text();
    expect(t).toContain("White British (reference group): 0.09 per 100 in 2015/16, 0.10 in 2016/17, up 0.01.");
    expect(t).toContain("Black Caribbean: 0.28 per 100 in 2015/16, 0.28 in 2016/17, unchanged.");
    expect(t).toContain("Unclassified: 0.11 per 100 in 2016/17 (one rate). No rate for 2015/16 (suppressed).");
  });

  it("offers the figures as a CSV with the suppressed count as published", async () => {
    const csv = await readFile(join(outDir, `downloads/views/${ID}.csv`), "utf8");
    expect(csv).toContain("Ethnicity minor,Period,Period start,Rate per 100 (as published where published),Rate is,Perm excl,Headcount,Qualifier or reason,Source,Source address\r\n");
    expect(csv).toContain("Unclassified,2015/16,2015-09-01,,,[c],160000,no rate: suppressed,");
    expect(csv).toContain("Black Caribbean,2016/17,2016-09-01,0.28,as published,260,92595,,");
  });
});
