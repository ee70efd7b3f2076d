import { describe, expect, it } from "vitest";
import { withReference } from "../../stats/comparison.ts";
import { rate } from "../../stats/measures.ts";
import type { ComparisonView } from "../../stats/view-types.ts";
import { missing, value } from "../fixtures/cells.ts";
import { exclusionsByEthnicity, suspensionsBySen } from "../fixtures/exclusions.ts";
import { comparisonCsv, comparisonTable } from "./figures.ts";

const DFE = ["Department for Education, Permanent and fixed period exclusions in England: 2016 to 2017, Jul 2018", ""];

/** The ethnicity comparison with a group whose exclusions the publisher suppressed: illustrative only, no figure of it invented. */
const withSuppressed: ComparisonView = withReference(
  {
    ...exclusionsByEthnicity,
    rows: [
      ...exclusionsByEthnicity.rows,
      { key: "Unclassified", label: "Unclassified", numerator: missing("suppressed", "c"), denominator: value(160000), rate: rate(missing("suppressed", "c"), value(160000), 100), published: null, ratio: { kind: "value", value: 1 }, isReference: false, isOverall: false, isUnknown: true, source: "dfe-exclusions-2016-17" },
    ],
  },
  "White British",
);

describe("a comparison's CSV", () => {
  it("gives each group's counts and rate as published, its ratio from the counts unrounded, and the interval's ends", () => {
    const { rows } = comparisonCsv(exclusionsByEthnicity);
    expect(rows[0]).toEqual(["Ethnicity", "Period", "Place", "Permanent exclusions", "Pupils (headcount)", "Rate per 100 (as published where published)", "Rate is", "Ratio to White British (from the counts)", "95% interval from (from the counts)", "95% interval to (from the counts)", "Qualifier or reason", "Source", "Source address"]);
    expect(rows[2]).toEqual(["Black Caribbean", "2016/17", "England", "260", "92595", "0.28", "as published", "2.792375595675098", "2.46614282863585", "3.1617639403452467", "", ...DFE]);
    expect(rows[3]).toEqual(["White British", "2016/17", "England", "5470", "5439705", "0.1", "as published", "1", "", "", "reference group", ...DFE]);
    expect(rows[4]!.slice(0, 1).concat(rows[4]!.slice(10, 11))).toEqual(["All pupils", "overall"]);
  });

  it("writes a suppressed count as its symbol, once, and says why there is no rate or ratio", () => {
    const { rows, cells } = comparisonCsv(withSuppressed);
    expect(rows.find((r) => r[0] === "Unclassified")).toEqual(["Unclassified", "2016/17", "England", "[c]", "160000", "", "", "", "", "", "not recorded; no rate: suppressed; no ratio: suppressed", ...DFE]);
    expect(cells).toContainEqual(missing("suppressed", "c"));
  });

  it("has no count columns when only rates are published", () => {
    const { rows } = comparisonCsv(suspensionsBySen);
    expect(rows[0]).toEqual(["SEN provision", "Period", "Place", "Rate per 100", "Ratio to No SEN", "95% interval from", "95% interval to", "Qualifier or reason", "Source", "Source address"]);
    expect(rows[1]!.slice(0, 5)).toEqual(["SEN without a statement (SEN support)", "2021/22", "England", "18.59", "3.963752665245202"]);
  });
});

describe("a comparison's table", () => {
  it("shows a suppressed count with its symbol once, and keys it", () => {
    const table = comparisonTable(withSuppressed).value;
    expect(table.match(/\[c\]/g)).toHaveLength(2);
    expect(table).toContain('<span class="missing" title="confidential: suppressed to protect people">suppressed</span> <span class="symbol">[c]</span>');
    expect(table).toContain('<li><span class="symbol">[c]</span>: confidential: suppressed to protect people. Never counted as zero.</li>');
    expect(table).not.toContain("[[");
  });
});
