import { describe, expect, it } from "vitest";
import { readDescriptor } from "./descriptor.ts";
import { formatProblem } from "./problems.ts";

/** A descriptor with one source whose link is `path`. */
function withLink(path: string, secondaryPath?: string) {
  return readDescriptor(
    "data/x.json",
    {
      title: "T",
      sources: [
        {
          id: "s1",
          title: "Source",
          publisher: "P",
          date: "2020-01-01",
          path,
          locator: "p. 1",
          ...(secondaryPath === undefined ? {} : { secondary: { title: "Copy", publisher: "Q", date: "2020", path: secondaryPath } }),
        },
      ],
    },
    "x",
  );
}

describe("source links: only https and http", () => {
  it("keeps https and http links", () => {
    expect(withLink("https://example.org/report?a=1#p2").descriptor.sources[0]!.path).toBe("https://example.org/report?a=1#p2");
    expect(withLink("http://example.org/").descriptor.sources[0]!.path).toBe("http://example.org/");
    expect(withLink("https://example.org/report").problems).toEqual([]);
  });

  it.each([
    ["javascript:alert(document.domain)", "javascript:alert(document.domain)"],
    ["JavaScript:alert(1)", "JavaScript:alert(1)"],
    ["  javascript:alert(1)", "  javascript:alert(1)"],
    ["java\tscript:alert(1)", "java\\tscript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>", "data:text/html,<script>alert(1)</script>"],
    ["vbscript:msgbox(1)", "vbscript:msgbox(1)"],
    ["file:///etc/passwd", "file:///etc/passwd"],
    ["//evil.example/", "//evil.example/"],
    ["/relative/path", "/relative/path"],
    ["mailto:someone@example.org", "mailto:someone@example.org"],
  ])("drops %j and reports it as an error, keeping the source so rows still cite it", (path, shown) => {
    const { descriptor, problems } = withLink(path);
    expect(descriptor.sources.map((s) => [s.id, s.path])).toEqual([["s1", ""]]);
    expect(problems.map(formatProblem)).toEqual([
      `data/x.json  error  Source link "${shown}" is not an http or https URL. Link sources only with https:// (or http://) addresses.`,
    ]);
  });

  it("checks the link of a re-publication too", () => {
    const { descriptor, problems } = withLink("https://example.org/", "javascript:alert(1)");
    expect(descriptor.sources[0]!.secondary!.path).toBe("");
    expect(problems.map(formatProblem)).toEqual([
      'data/x.json  error  Source link "javascript:alert(1)" is not an http or https URL. Link sources only with https:// (or http://) addresses.',
    ]);
  });

  it("checks licence links", () => {
    const { descriptor, problems } = readDescriptor("data/x.json", { licenses: [{ name: "OGL", path: "javascript:alert(1)" }, { name: "CC", path: "https://creativecommons.org/licenses/by/4.0/" }] }, "x");
    expect(descriptor.licenses).toEqual([{ name: "OGL" }, { name: "CC", path: "https://creativecommons.org/licenses/by/4.0/" }]);
    expect(problems.map(formatProblem)).toEqual([
      'data/x.json  error  Source link "javascript:alert(1)" is not an http or https URL. Link sources only with https:// (or http://) addresses.',
    ]);
  });
});

describe("readDescriptor", () => {
  it("titles a dataset from its id when the descriptor has no title", () => {
    expect(readDescriptor("data/x.json", {}, "police-officers").descriptor.title).toBe("Police officers");
  });

  it("reports a descriptor that is not an object, and fields of the wrong type", () => {
    expect(readDescriptor("data/x.json", [1, 2], "x").problems.map(formatProblem)).toEqual([
      "data/x.json  error  The descriptor is not a JSON object. Fix the field; data/descriptor.schema.json describes it.",
    ]);
    expect(readDescriptor("data/x.json", { title: 3, sources: "none" }, "x").problems.map(formatProblem)).toEqual([
      'data/x.json  error  Field "sources" must be a list. Fix the field; data/descriptor.schema.json describes it.',
      'data/x.json  error  Field "title" must be text. Fix the field; data/descriptor.schema.json describes it.',
    ]);
  });
});

describe("readDescriptor: the Frictionless Data Package convention", () => {
  it("accepts sources as { title, path } with no id, giving each one by its place", () => {
    const { descriptor, problems } = readDescriptor(
      "data/x.json",
      { title: "T", sources: [{ title: "Permanent and fixed period exclusions in England: 2016 to 2017", path: "https://www.gov.uk/government/statistics/permanent-and-fixed-period-exclusions-in-england-2016-to-2017" }] },
      "x",
    );
    expect(problems).toEqual([]);
    expect(descriptor.sources).toEqual([
      { id: "source-1", title: "Permanent and fixed period exclusions in England: 2016 to 2017", publisher: "", date: "", path: "https://www.gov.uk/government/statistics/permanent-and-fixed-period-exclusions-in-england-2016-to-2017", locator: "" },
    ]);
  });

  it("reads a licence that has a title and no name", () => {
    expect(readDescriptor("data/x.json", { licenses: [{ title: "Open Government Licence v3.0", path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" }] }, "x").descriptor.licenses).toEqual([
      { name: "Open Government Licence v3.0", path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" },
    ]);
  });
});

describe("readDescriptor: how to read the data file", () => {
  it("reads column settings, labels for levels, renames, and a file's period and place", () => {
    const { descriptor, problems } = readDescriptor(
      "data/x.json",
      {
        columns: { Year: { role: "period", period: "financial-year" }, headcount: { population: true, label: "Pupils" } },
        labels: { characteristic_1: { FSM_Eligible: "Eligible for free school meals" } },
        rename: { characteristic_desc: { IDACI: "IDACI_decile" } },
        period: "March 2019",
        place: { level: "Police force area", name: "Metropolitan Police", code: "E23000001" },
      },
      "x",
    );
    expect(problems).toEqual([]);
    expect(descriptor.columns).toEqual({ Year: { role: "period", period: "financial-year" }, headcount: { population: true, label: "Pupils" } });
    expect(descriptor.labels).toEqual({ characteristic_1: { FSM_Eligible: "Eligible for free school meals" } });
    expect(descriptor.rename).toEqual({ characteristic_desc: { IDACI: "IDACI_decile" } });
    expect(descriptor.period).toBe("March 2019");
    expect(descriptor.place).toEqual({ level: "Police force area", name: "Metropolitan Police", code: "E23000001" });
  });

  it("reports settings it cannot use, and uses none of them", () => {
    const { descriptor, problems } = readDescriptor("data/x.json", { columns: { Year: { role: "date" } }, period: "sometime", place: "London" }, "x");
    expect(problems.map(formatProblem)).toEqual([
      'data/x.json  error  columns["Year"].role must be one of period, place, place-code, level, filter, indicator, indicator-name, value, source, ignore. Fix the field; data/descriptor.schema.json describes it.',
      'data/x.json  error  Field "period" must be a period such as "2019", "2019/20", "March 2019" or "2019-03-31". Fix the field; data/descriptor.schema.json describes it.',
      'data/x.json  error  Field "place" needs a "level" and a "name". Fix the field; data/descriptor.schema.json describes it.',
    ]);
    expect([descriptor.columns, descriptor.period, descriptor.place]).toEqual([{}, undefined, undefined]);
  });
});
