import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import type { Table } from "../../src/data/ingest.ts";
import { loadDataset, type LoadedDataset } from "../../src/node/load-dataset.ts";
import { comparisonViews } from "../../src/stats/comparison.ts";
import type { ComparisonView } from "../../src/stats/view-types.ts";

/**
 * The Department for Education's national characteristics file, 2011/12 to 2016/17, shipped as
 * published: the figures a reader checks against the publication are the file's own.
 */

const ID = "exclusions-by-characteristic-2011-2017";
let dataset: LoadedDataset;
let table: Table;

beforeAll(async () => {
  dataset = await loadDataset("data", ID);
  table = dataset.table!;
});

/** The published cell text of one indicator for one group, all school types, in one academic year. */
function published(year: string, group: string, column: string, heading?: string): string {
  const filter = (name: string) => table.filters.findIndex((f) => f.column === name);
  const [school, desc, topic, sex] = [filter("school_type"), filter("characteristic_desc"), filter("characteristic_1"), filter("characteristic_2")];
  const period = table.periods.findIndex((p) => p.label === year);
  /** A level as the file writes it: the code, where the site shows a label in its place. */
  const written = (k: number, o: { levels: number[] }) => {
    const label = table.filters[k]!.levels[o.levels[k]!]!;
    return table.filters[k]!.written[label] ?? [label];
  };
  const found = table.observations.filter(
    (o) => o.period === period && written(school, o).includes("Total") && written(topic, o).includes(group) && written(sex, o).includes("Total") &&
      (heading === undefined || table.filters[desc]!.levels[o.levels[desc]!] === heading),
  );
  expect(found).toHaveLength(1);
  const cell = found[0]!.cells[table.indicators.findIndex((i) => i.column === column)]!;
  return cell.kind === "value" ? cell.value.toFixed(column.endsWith("_rate") ? 2 : 0) : `[${cell.symbol}]`;
}

describe("exclusions by pupil characteristic, England, 2011/12 to 2016/17", () => {
  it("is the Department's file byte for byte, every one of its 4,585 rows read and used", async () => {
    const bytes = await readFile(`data/${ID}.csv`);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe("9c00e355d617aa561045da536f991d005beb1f028ea73e90d82215d999ccecee");
    expect(table.rows).toEqual({ read: 4585, used: 4585, rejectedLines: [], ignored: 0 });
    expect(dataset.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(table.periods.map((p) => p.label).sort()).toEqual(["2011/12", "2012/13", "2013/14", "2014/15", "2015/16", "2016/17"]);
  });

  it("gives Black Caribbean pupils' 2016/17 permanent exclusion rate as published, 0.28 (260 of 92,595), and White British 0.10", () => {
    expect(published("2016/17", "Ethnicity_Minor_Black_Caribbean", "perm_excl_rate")).toBe("0.28");
    expect(published("2016/17", "Ethnicity_Minor_Black_Caribbean", "perm_excl")).toBe("260");
    expect(published("2016/17", "Ethnicity_Minor_Black_Caribbean", "headcount")).toBe("92595");
    expect(published("2016/17", "Ethnicity_Minor_White_British", "perm_excl_rate")).toBe("0.10");
  });

  it("publishes pupils with no SEN: 4,115 permanent exclusions among 6,880,450 pupils, 0.06 per 100", () => {
    expect(published("2016/17", "SEN_Provision_No_SEN", "perm_excl_rate")).toBe("0.06");
    expect(published("2016/17", "SEN_Provision_No_SEN", "perm_excl")).toBe("4115");
    expect(published("2016/17", "SEN_Provision_No_SEN", "headcount")).toBe("6880450");
  });

  it("keeps Gypsy/Roma pupils' published rate, 0.43, though 90 of 21,260 works out at 0.42", () => {
    expect(published("2016/17", "Ethnicity_Minor_Gypsy_Roma", "perm_excl_rate")).toBe("0.43");
    expect(published("2016/17", "Ethnicity_Minor_Gypsy_Roma", "perm_excl")).toBe("90");
    expect(published("2016/17", "Ethnicity_Minor_Gypsy_Roma", "headcount")).toBe("21260");
    expect(((90 / 21260) * 100).toFixed(2)).toBe("0.42");
  });

  it("compares pupils with SEN with pupils with no SEN, not with all pupils", () => {
    const views = comparisonViews(ID, table, dataset.descriptor, 0).filter((v): v is ComparisonView => v.kind === "comparison");
    const sen = views.find((v) => v.id === `${ID}-permanent-by-sen-provision`)!;
    expect(sen.reference).toBe("No SEN");
    const support = sen.rows.find((r) => r.key === "SEN without a statement or EHC plan")!;
    expect(support.ratio.kind === "value" && support.ratio.value.toFixed(1)).toBe("5.9");
    const ethnicity = views.find((v) => v.id === `${ID}-permanent-by-ethnicity-minor-groups`)!;
    expect(ethnicity.reference).toBe("White British");
    expect(ethnicity.sources.map((s) => s.id)).toEqual(["dfe-exclusions-2016-17"]);
  });

  it("reads deprivation as one breakdown over 2014/15 to 2016/17: IDACI_decile and IDACI are the same deciles under two names", () => {
    const desc = table.filters.find((f) => f.column === "characteristic_desc")!;
    expect(desc.levels.filter((l) => /idaci/i.test(l))).toEqual(["IDACI decile"]);
    const views = comparisonViews(ID, table, dataset.descriptor, 0);
    expect(views.map((v) => v.id).filter((id) => id.startsWith(`${ID}-permanent-by-idaci`))).toEqual([`${ID}-permanent-by-idaci-decile`, `${ID}-permanent-by-idaci-decile-over-time`]);
    const overTime = views.find((v) => v.id === `${ID}-permanent-by-idaci-decile-over-time`)!;
    const panel = overTime.kind === "multiples" ? overTime.panels.find((p) => p.key === "0 to 10% (most deprived)") : undefined;
    expect(panel?.points.map((p) => p.period.label)).toEqual(["2014/15", "2015/16", "2016/17"]);
    const latest = views.find((v) => v.id === `${ID}-permanent-by-idaci-decile`)!;
    expect(latest.kind === "comparison" && latest.period.label).toBe("2016/17");
    expect(published("2016/17", "IDACI_decile_0_to_10pc_most_deprived", "perm_excl")).toBe("980");
    expect(published("2015/16", "IDACI_decile_0_to_10pc_most_deprived", "perm_excl")).toBe("865");
  });

  it("never reads a suppressed or missing rate as a number", () => {
    expect(published("2016/17", "FSM_Unclassified", "perm_excl_rate", "Free school meal eligibility")).toBe("[.]");
    expect(dataset.table!.symbolCounts.perm_excl).toEqual({ x: 578 });
  });
});
