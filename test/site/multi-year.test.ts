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

  it("puts the figures under the chart in a table: a row per period, each group's rate with its counts", () => {
    const t = text();
    expect(t).toContain("Period White British reference Black Caribbean Unclassified Total Sources");
    expect(t).toContain("2016/17 0.10 (5,470 of 5,439,705) 0.28 (260 of 92,595) 0.11 (180 of 165,000) 0.10 (7,720 of 8,024,635)");
    expect(t).toContain("2015/16 0.09 (4,800 of 5,400,000) 0.28 (250 of 90,000) no rate (suppressed [c] of 160,000) 0.08 (6,700 of 7,900,000)");
  });

  it("says in brief each group's first and latest rate and the change, and which rate is missing", () => {
    const t = text();
    expect(t).toContain("White British (reference group): 0.09 per 100 in 2015/16, 0.10 in 2016/17, up 0.01.");
    expect(t).toContain("Black Caribbean: 0.278 per 100 in 2015/16, 0.281 in 2016/17, up 0.003.");
    expect(t).toContain("Unclassified: 0.11 per 100 in 2016/17 (one rate). No rate for 2015/16 (suppressed).");
  });

  it("offers the figures as a CSV with the suppressed count as published", async () => {
    const csv = await readFile(join(outDir, `downloads/views/${ID}.csv`), "utf8");
    expect(csv).toContain("Ethnicity minor,Period,Period start,Rate per 100,Perm excl,Headcount,Qualifier or reason,Source,Source address\r\n");
    expect(csv).toContain("Unclassified,2015/16,2015-09-01,,[c],160000,no rate: suppressed,");
    expect(csv).toContain("Black Caribbean,2016/17,2016-09-01,0.2807926993898159,260,92595,,");
  });
});
