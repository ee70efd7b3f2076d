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
