import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/node/build-site.ts";
import { pageText } from "./page-text.ts";

/**
 * A DfE export in the EES layout dropped into data/ with no meta file and no descriptor: one
 * filter per characteristic with a Total, national, regional and local authority rows, headcounts
 * and counts. The figures in the fixture are made up for the test.
 */

let outDir: string;
const page = (path: string) => readFile(join(outDir, path, "index.html"), "utf8");

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "site-"));
  await buildSite({ dataDir: "test/site/fixtures/dfe-export", outDir });
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe("a DfE export with ethnicity and SEN breakdowns and headcounts", () => {
  it("gets a comparison per breakdown, each group's rate beside its counts, against a conventional reference group", async () => {
    const text = pageText(await page("datasets/exclusions-by-area/"));
    expect(text).toContain("Who the figures fall on");
    expect(text).toContain("Perm excl per 100 by ethnicity major, 2016/17");
    expect(text).toContain("Ratios compare each group with White.");
    expect(text).toContain("Ratios compare each group with No SEN.");
    const ratio = (150 / 60000) / (400 / 500000);
    const se = Math.sqrt(1 / 150 - 1 / 60000 + 1 / 400 - 1 / 500000);
    const interval = `${(ratio * Math.exp(-1.96 * se)).toFixed(2)} to ${(ratio * Math.exp(1.96 * se)).toFixed(2)}`;
    expect(text).toContain(`Black 150 60,000 0.25 ${ratio.toFixed(2)}× ${interval}`);
  });

  it("keeps the unclassified group, with its suppressed count giving a suppressed rate and ratio", async () => {
    const text = pageText(await page("datasets/exclusions-by-area/"));
    expect(text).toContain("Unclassified suppressed [c] 10,000 suppressed suppressed");
  });

  it("gives each local authority a page beside its region and the country, with too few to say for small counts", async () => {
    const text = pageText(await page("datasets/exclusions-by-area/places/e09000007/"));
    expect(text).toContain("Camden");
    expect(text).toContain("Rate in London");
    expect(text).toContain("Rate in England");
    expect(text).toContain("Black 8 2,000 0.40 0.30 0.25 too few to say");
  });

  it("lists every place, with a finder the browser turns on", async () => {
    const html = await page("datasets/exclusions-by-area/");
    expect(html).toContain('<option value="Camden (E09000007)" data-href="../../datasets/exclusions-by-area/places/e09000007/">');
    expect(pageText(html)).toContain("All 2 places");
  });
});
