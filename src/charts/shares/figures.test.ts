import { describe, expect, it } from "vitest";
import type { SharesView } from "../../stats/view-types.ts";
import { missing } from "../fixtures/cells.ts";
import { usShares } from "../fixtures/us.ts";
import { sharesCsv } from "./figures.ts";

const CRDC = ["US Department of Education, Office for Civil Rights, Civil Rights Data Collection, 2015-16 release (title not recorded)", ""];

describe("a shares chart's CSV", () => {
  it("gives each group's two shares as published, and their difference and ratio", () => {
    const { rows } = sharesCsv(usShares);
    expect(rows[0]).toEqual(["Group", "Group's share of the students with this outcome (%)", "Share of enrolment (%)", "Difference (percentage points)", "Ratio", "Qualifier or reason", "Source", "Source address"]);
    expect(rows[1]).toEqual(["Referred to law enforcement or arrested, Black students, 2015/16", "31", "15", "16", "2.066666666666667", "", ...CRDC]);
    expect(rows[2]).toEqual(["Referred to law enforcement or arrested, White students, 2015/16", "36", "49", "-13", "0.7346938775510204", "", ...CRDC]);
  });

  it("writes a share the publisher did not give as its symbol, once, with the reason, and no difference from it", () => {
    const gap: SharesView = {
      ...usShares,
      rows: [{ ...usShares.rows[1]!, population: missing("not-available", "x"), difference: { kind: "missing", reason: "not-available", symbol: "x" }, ratio: { kind: "missing", reason: "not-available", symbol: "x" } }],
    };
    const { rows, cells } = sharesCsv(gap);
    expect(rows[1]).toEqual([
      "Referred to law enforcement or arrested, White students, 2015/16",
      "36",
      "[x]",
      "",
      "",
      "Share of enrolment: not available; no difference: not available; no ratio: not available",
      ...CRDC,
    ]);
    expect(cells).toContainEqual(missing("not-available", "x"));
  });
});
