import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/node/build-site.ts";
import { pageText } from "./page-text.ts";

/**
 * One data folder holding a file of each shape people keep, each from a real publication's
 * figures in the layout it came in or is typed up in (see fixtures/shapes/README.md), built with
 * no code change: each gets its own page showing its figures and labels as published.
 */

let outDir: string;
const html = (id: string) => readFile(join(outDir, "datasets", id, "index.html"), "utf8");
const text = async (id: string) => pageText(await html(id));

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "shapes-"));
  await buildSite({ dataDir: "test/site/fixtures/shapes", outDir });
}, 120_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe("a Freedom of Information answer typed up: Year, Definition, Officers", () => {
  it("reads years written every way on one time line, each definition its own line, and says how 2014-15 was read", async () => {
    const page = await text("foi-met-officers");
    expect(page).toContain("Periods 2014-15, 2016/17, 2017, 2019/20");
    expect(page).toContain("officers in London's schools, 2014-15: 270 officers in London's schools, 2017: 295 Safer Schools Officers, 2016/17: 294 Safer Schools Officers, 2019/20: 350");
    expect(page).toContain('Column "Year" writes periods such as "2014-15" without saying what kind of year they are; read as academic years (September to August).');
    expect(page).toContain("Met to review schools police scheme after judicial review threat");
  });
});

describe("a spreadsheet saved as CSV in Windows-1252", () => {
  it("keeps the title above the table as the page's title, and the notes and source line under it", async () => {
    const page = await text("spreadsheet-exclusions");
    expect(page).toContain("Table 1: Permanent exclusions by type of school, England – 2014/15 to 2016/17");
    expect(page).toContain("Things you need to know [1] Total covers state-funded primary, secondary and special schools. [2] Rates are permanent exclusions per 100 pupils (headcount).");
    expect(page).toContain("Sources Department for Education, Permanent and fixed period exclusions in England: 2016 to 2017");
  });

  it("reads quoted thousands and a number with a footnote marker as the numbers published, with a warning", async () => {
    const page = await text("spreadsheet-exclusions");
    expect(page).toContain("2016/17 Total 8,025,075 7,720 0.10");
    expect(page).toContain('Value "8,025,075[1]" in column "Headcount" has thousands separators; read as 8025075.');
    expect(page).toContain('Column "Headcount" has 1 number with a footnote marker ([1] once); each is read as its number and linked to its note.');
  });

  it("computes rates against the headcount only because the published rates check against it", async () => {
    expect(await text("spreadsheet-exclusions")).toContain("Rates are computed against Headcount, as the file's published rates check against count ÷ Headcount: Permanent exclusion rate (12 of 12 rows).");
  });
});

describe("wide tables", () => {
  it("reads one column per year as one row per year, and says so", async () => {
    const page = await text("wide-la-exclusions");
    expect(page).toContain("The file is a wide table with one column per period, read as one row per period.");
    expect(await html("wide-la-exclusions")).toContain('<p class="notice">This file is a wide table with one column per period, read as one row per period. The charts and the table of figures show it read that way; the download is the file as published.</p>');
    expect(page).toContain("2014/15 City of London not available [x] Department for Education, Jul 2018");
    expect(page).toContain("2016/17 Hackney 43 Department for Education, Jul 2018");
  });

  it("reads one column per group as one row per group, with the descriptor's period and labels", async () => {
    const page = await text("wide-groups-ap");
    expect(page).toContain("The file is a wide table with one column per group, read as one row per group.");
    expect(page).toContain("This file is a wide table with one column per group, read as one row per group. The charts and the table of figures show it read that way");
    expect(page).toContain("Breakdowns Gender (4 levels) Indicators Pupils in local-authority-funded alternative provision");
    expect(page).toContain("2022/23 Hackney Girls 144 Department for Education (Explore education statistics)");
  });
});

describe("a long table: Year, Measure, School_type, Indicator, Count", () => {
  it("makes each indicator a column and each period, measure and school type one row, numbers as published", async () => {
    const page = await text("long-exclusions");
    expect(page).toContain("Indicators Number, Rate");
    expect(page).toContain("This file is a long table with one row per indicator, read as one row per observation with each indicator in its own column.");
    expect(page).toContain("2016/17 Permanent exclusions Total 7,720 0.10 Permanent and fixed period exclusions in England: 2016 to 2017");
    expect(page).toContain("2016/17 Fixed period exclusions Special 14,635 13.03 Permanent and fixed period exclusions in England: 2016 to 2017");
  });
});

describe("the DfE's older files", () => {
  it("reads year with no level as national, described by the folder's datapackage.json", async () => {
    const page = await text("nat-summary");
    expect(page).toContain("Exclusions by type of school, England, 2006/07 to 2016/17");
    expect(page).toContain("read year as time_period; with no level column, every row as national");
    expect(page).toContain("Indicators Schools, Pupils (headcount), Permanent exclusions");
    expect(page).toContain("Permanent exclusions per 100, 2016/17. Ratios compare each group with Total.");
  });

  it("labels the national characteristics file's codes as published, and never gives two charts one id", async () => {
    const source = await html("nat-char-excerpt");
    const page = pageText(source);
    expect(page).toContain("Permanent exclusions per 100 by ethnicity (minor groups), 2016/17");
    expect(page).toContain("Black Caribbean: 2.79 times the rate of White British (95% interval 2.47 to 3.16). Rate 0.28 per 100 as published (260 of 92,595).");
    expect(page).toContain("Ratios compare each group with Not eligible for free school meals.");
    expect(page).toContain("Ratios compare each group with No SEN.");
    expect(page).not.toContain("Ethnicity_Minor_Black_Caribbean");
    expect(page).not.toContain("FSM_Eligible");
    // FSM_Eligible (2015/16) and FSM_eligible (2016/17) are one breakdown, over both years.
    expect(page).toContain("Permanent exclusions per 100 by free school meal eligibility, 2015/16 to 2016/17");
    const ids = [...source.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe("EES's exclusions by reason", () => {
  it("computes no rate from counts of exclusions, and says why", async () => {
    const page = await text("exclusions-by-reason-excerpt");
    expect(page).toContain("No rate is computed: no column is named as a population (a headcount) of the people the counts are of.");
    expect(page).not.toContain("per 100");
    expect(page).not.toContain("NaN");
  });
});
