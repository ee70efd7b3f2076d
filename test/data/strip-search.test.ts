import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, type LoadedDataset } from "../../src/node/load-dataset.ts";
import { comparisonViews } from "../../src/stats/comparison.ts";
import { summariseShares } from "../../src/charts/shares/words.ts";
import { sharesCsv } from "../../src/charts/shares/figures.ts";
import type { Problem } from "../../src/data/types.ts";
import type { SharesView } from "../../src/stats/view-types.ts";

/**
 * Who is strip searched, by ethnicity: the Children's Commissioner's shares of strip searches that
 * were of Black children, each beside Black children's share of 10 to 17 year olds from the Youth
 * Justice Board (6%, 2021 Census), paired in the descriptor because they are published apart.
 */

let dataset: LoadedDataset;
let view: SharesView;

beforeAll(async () => {
  dataset = await loadDataset("data", "strip-search-children");
  view = comparisonViews("ss", dataset.table!, dataset.descriptor, 0).find((v): v is SharesView => v.id === "ss-strip-search-by-ethnicity")!;
});

describe("strip searches by ethnicity, beside each group's share of children", () => {
  it("names Black children in every bar and sets 38%, 58% and 20% beside 6% where a population share is published", () => {
    expect(view.rows.map((r) => [r.label, r.outcome.kind === "value" ? r.outcome.value : r.outcome.symbol, r.population.kind === "value" ? r.population.value : r.population.symbol])).toEqual([
      ["Black children: strip searches, England and Wales, 2018 to mid-2022", 38, 6],
      ["Black children: strip searched by the Metropolitan Police, London, 2018 to 2020", 58, "x"],
      ["Black children: stop and searches (not strip searches), England and Wales, year to March 2023", 20, 6],
    ]);
  });

  it("says the London figure has no population share beside it rather than comparing it with England and Wales", () => {
    const met = view.rows[1]!;
    expect(met.difference.kind).toBe("missing");
    expect(met.ratio.kind).toBe("missing");
    expect(summariseShares(view)[1]).toBe(
      "Black children: strip searched by the Metropolitan Police, London, 2018 to 2020: 58% of the searches; share of 10 to 17 year olds (2021 Census, England and Wales) is not available, so no comparison is made.",
    );
  });

  it("gives the difference in points and the ratio of the shares, and cites both publications for a paired row", () => {
    expect(summariseShares(view)[0]).toBe(
      "Black children: strip searches, England and Wales, 2018 to mid-2022: 38% of the searches, against 6% of 10 to 17 year olds (2021 Census, England and Wales); a difference of +32 pp, 6.33× the population share.",
    );
    expect([view.rows[0]!.source, view.rows[0]!.populationSource]).toEqual(["childrens-commissioner-2023", "yjb-moj-2024"]);
    const csv = sharesCsv(view).rows;
    expect(csv[1]!.slice(0, 5)).toEqual(["Black children: strip searches, England and Wales, 2018 to mid-2022", "38", "6", "32", "6.333333333333333"]);
    expect(csv[1]![6]).toBe("Children's Commissioner for England, Strip search of children in England and Wales, Mar 2023; population share: Youth Justice Board and Ministry of Justice, Youth justice statistics 2022 to 2023, Jan 2024");
  });

  it("stops the build with the descriptor named when a pair picks no row", () => {
    const problems: Problem[] = [];
    const measures = dataset.descriptor.measures!.map((m) => (m.type === "shares" && m.pairs ? { ...m, pairs: [{ label: "x", outcome: { where: { measure: "strip searches in 2030" } } }] } : m));
    comparisonViews("ss", dataset.table!, { ...dataset.descriptor, measures }, 0, problems);
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ["data/strip-search-children.json", 'Shares measure "strip-search-by-ethnicity": pairs[0] outcome names measure "strip searches in 2030", which no row has.'],
    ]);
  });
});
