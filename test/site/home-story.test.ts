import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDataset } from "../../src/node/load-site.ts";
import { homePage } from "../../src/site/home-page.ts";
import type { DatasetModel } from "../../src/site/model.ts";
import { countryClaim, londonClaim, ratioClaim, storyRows, stripSearchClaim } from "../../src/site/story-sentences.ts";
import type { RatioTrendView, TrendView } from "../../src/stats/view-types.ts";
import { pageText } from "./page-text.ts";

/**
 * The home page's story, read from the shipped files: each sentence is made from the published
 * figures it cites (183 Safer Schools Officers in 2010/11 and 371 when the role ended in May 2025;
 * 511 in England in 2014 and 979 across the UK in spring 2022; the DfE's exclusion ratios; 38%
 * and 58% of strip searches), and the page tells it in order.
 */

const DATA = resolve(import.meta.dirname, "../../data");
const IDS = ["london-officers", "england-uk-officers", "exclusions-by-characteristic-2011-2017", "strip-search-children", "exclusions-by-local-authority-2015-2024"];
const models = new Map<string, DatasetModel>();

beforeAll(async () => {
  for (const id of IDS) {
    const { model } = await checkDataset(DATA, id);
    models.set(id, model!);
  }
});

const ratioView = (id: string) => models.get("exclusions-by-characteristic-2011-2017")!.views.find((v) => v.id === `exclusions-by-characteristic-2011-2017-${id}-ratio-over-time`) as RatioTrendView;

describe("the story's sentences, from the figures", () => {
  it("gives London's first count and its end, each from its source", () => {
    const claim = londonClaim(models.get("london-officers")!.home.find((v): v is TrendView => v.kind === "trend")!);
    expect(claim).toEqual({
      text: "London's Metropolitan Police had 183 Safer Schools Officers in 2010/11, and 377 officers working full time in London schools in 2020/21. The role ended in May 2025, when 371 Safer Schools Officers moved into neighbourhood ward teams.",
      sources: ["new-statesman-2021", "newham-citizen-2025"],
    });
  });

  it("gives England's and the UK's latest counts with the forces each covers", () => {
    expect(countryClaim(models.get("england-uk-officers")!)?.text).toBe(
      "In England, 511 PCs and PCSOs based full- or part-time in schools were counted in 2014, from the 32 of 39 forces that answered, 16 of which had no officer in schools. Across the UK, 979 police officers operating in schools were counted in spring term 2021/22, from 45 forces asked, 7 of which did not answer.",
    );
  });

  it("gives each group's exclusion ratio now and at first, and says whether it clearly changed", () => {
    expect(ratioClaim(ratioView("permanent-by-ethnicity-minor-groups"), "Black Caribbean")?.text).toBe(
      "In 2016/17, Black Caribbean pupils had a permanent exclusion rate 2.79 times that of White British pupils, against 3.02 times in 2011/12: no clear change.",
    );
    expect(ratioClaim(ratioView("permanent-by-sen-provision"), "SEN with a statement or EHC plan")?.text).toBe(
      "In 2016/17, pupils with a statement or EHC plan had a permanent exclusion rate 2.74 times that of pupils with no SEN, down from 7.74 times in 2011/12: a clear fall.",
    );
    expect(ratioClaim(ratioView("permanent-by-free-school-meal-eligibility"), "Eligible for free school meals")?.text).toBe(
      "In 2016/17, pupils eligible for free school meals had a permanent exclusion rate 4.11 times that of pupils not eligible for free school meals, against 4.07 times in 2011/12: no clear change.",
    );
  });

  it("says who is strip searched, beside Black children's share of children, and cites all three reports", () => {
    expect(stripSearchClaim(models.get("strip-search-children")!)).toEqual({
      text: "Of the 2,847 strip searches of children aged 8 to 17 in England and Wales from 2018 to mid-2022, 38% were of children described as Black, who are 6% of 10 to 17 year olds (2021 Census). Of the 650 children strip searched by the Metropolitan Police in London from 2018 to 2020, 58% were described as Black. Black children were up to 6 times as likely to be strip searched as their share of the population would suggest.",
      sources: ["childrens-commissioner-2023", "childrens-commissioner-2022", "yjb-moj-2024"],
    });
  });
});

describe("a story file longer than its page lists", () => {
  it("stops the build rather than telling the story from the first rows", () => {
    const m = models.get("england-uk-officers")!;
    const cut = { ...m, figures: { ...m.figures, rows: m.figures.rows.slice(0, 2), total: m.figures.rows.length } };
    expect(() => storyRows(cut)).toThrow("The home page's story reads every row of england-uk-officers, but the page lists only 2 of its 8");
  });
});

describe("the home page", () => {
  it("tells the story in order: in brief, London, England and the UK, who it falls on, your area, every dataset", () => {
    const html = homePage([...models.values()], []).render({ scripts: [], styles: [] });
    const text = pageText(html);
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      "The figures in brief",
      "London's Metropolitan Police had 183 Safer Schools Officers",
      "Find your area",
      "London's Safer Schools Officers London's Metropolitan Police",
      "March 2020 : Judicial review claim",
      "May 2025 : Safer Schools Officer role ended",
      "Across England and the UK In England",
      "Who school discipline and policing fall on Exclusions from school",
      "Strip searches of children",
      "Your local area",
      "Every dataset",
    ].map(at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).not.toMatch(/Earliest published|Latest published/);
  });
});
