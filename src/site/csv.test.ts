import { describe, expect, it } from "vitest";
import type { Source } from "../data/types.ts";
import type { TrendView } from "../stats/view-types.ts";
import { csvField, csvRow, neutralise, viewAbout, viewCsv } from "./csv.ts";
import { readmeText } from "./readme.ts";

const source: Source = { id: "s1", title: "Officers in schools", publisher: "Met Police", date: "2021-07-27", path: "https://example.org/foi", locator: "Table 2" };

const view: TrendView = {
  kind: "trend",
  id: "ds-trend",
  title: "Officers",
  subtitle: "By definition",
  indicator: { column: "officers", label: "Officers", unit: "", decimals: 0 },
  series: [
    {
      key: "a",
      label: '=HYPERLINK("x")',
      points: [
        { period: { key: "2020", timePeriod: "2020", timeIdentifier: "Calendar year", kind: "calendar-year", label: "2020", start: "2020-01-01", end: "2021-01-01" }, cell: { kind: "value", value: 1234.5, flags: ["estimated"] }, source: "s1" },
        { period: { key: "2019", timePeriod: "2019", timeIdentifier: "Calendar year", kind: "calendar-year", label: "2019", start: "2019-01-01", end: "2020-01-01" }, cell: { kind: "missing", reason: "suppressed", symbol: "c" }, source: "s1" },
      ],
    },
  ],
  annotations: [],
  sources: [source],
  notes: ["Counts, not rates."],
};

describe("cells a spreadsheet would run", () => {
  it("are prefixed with an apostrophe whatever starts them", () => {
    expect(["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"].map(neutralise)).toEqual(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx"]);
  });

  it("leave plain numbers, negative ones included, as numbers", () => {
    expect(["-5", "+3", "-0.25", "12", "1e3"].map(neutralise)).toEqual(["-5", "+3", "-0.25", "12", "1e3"]);
  });

  it("are quoted after neutralising when they hold commas, quotes or line breaks", () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvRow(["a,b", "line\nbreak", "plain"])).toBe('"a,b","line\nbreak",plain\r\n');
  });
});

describe("a chart's CSV", () => {
  it("starts with its header on line 1, then the figures exactly", () => {
    expect(viewCsv(view).split("\r\n")).toEqual([
      "\uFEFFPeriod,Period start,Series,Officers,Qualifier or reason,Source,Source address",
      `2019,2019-01-01,"'=HYPERLINK(""x"")",[c],suppressed,"Met Police, Officers in schools, 27 Jul 2021",https://example.org/foi`,
      `2020,2020-01-01,"'=HYPERLINK(""x"")",1234.5,estimate,"Met Police, Officers in schools, 27 Jul 2021",https://example.org/foi`,
      "",
    ]);
  });
});

describe("the readme beside a chart's CSV", () => {
  it("gives the title, source, licence, notes and the key to every symbol in the figures", () => {
    const about = viewAbout(view, { licence: "CC BY 4.0", url: "https://example.org/datasets/ds/#ds-trend" });
    expect(readmeText(about, "ds-trend.csv").split("\r\n")).toEqual([
      "# Officers",
      "",
      "By definition",
      "",
      "The figures are in ds-trend.csv: the header on line 1, then one row per figure, as published.",
      "",
      "## Source",
      "",
      "- Met Police, Officers in schools, 27 Jul 2021, Table 2, https://example.org/foi",
      "",
      "## Licence",
      "",
      "CC BY 4.0",
      "",
      "## Notes",
      "",
      "- Counts, not rates.",
      "",
      "## Symbols",
      "",
      "- [c]: confidential: suppressed to protect people; never counted as zero",
      "- estimate: a figure published with this qualifier; shown as a hollow marker on the chart",
      "",
      "Downloaded from https://example.org/datasets/ds/#ds-trend",
      "",
    ]);
  });

  it("says when no licence is given rather than leaving it blank", () => {
    expect(readmeText({ title: "T", sources: [], licence: "", notes: [], symbols: [] }, "t.csv")).toContain("## Licence\r\n\r\nnot stated\r\n");
  });
});
