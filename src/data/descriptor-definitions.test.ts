import { describe, expect, it } from "vitest";
import { readDescriptor } from "./descriptor.ts";
import { formatProblem } from "./problems.ts";

/** A featured trend's definitions: read when whole, reported and left out when not. */

const featured = (definitions: unknown) => ({ featured: [{ id: "by-definition", type: "trend", indicator: "officers", by: "definition", definitions }] });

describe("featured definitions", () => {
  it("reads the definition to quote, its groups and notes on names", () => {
    const definitions = {
      quote: "Safer Schools Officers",
      quoteNote: "For 2017, quote 294.",
      groups: [{ label: "The Met's role names", levels: ["Safer Schools Officers"], note: "Named roles." }, { label: "Wordings", levels: ["officers in London's schools", "officers in London schools"] }],
      notes: { "officers in London schools": "the Guardian's wording." },
    };
    const { descriptor, problems } = readDescriptor("data/x.json", featured(definitions), "x");
    expect(problems).toEqual([]);
    expect(descriptor.featured![0]!.definitions).toEqual(definitions);
  });

  it("reports a quote that is in no group, and a group with no levels, and draws the chart plain", () => {
    const noGroup = readDescriptor("data/x.json", featured({ quote: "Safer Schools Officers", groups: [{ label: "Wordings", levels: ["officers in London schools"] }] }), "x");
    expect(noGroup.problems.map(formatProblem)).toEqual([
      'data/x.json  error  featured[0].definitions.quote "Safer Schools Officers" must be one of its groups\' levels. Fix the field; data/descriptor.schema.json describes it.',
    ]);
    expect(noGroup.descriptor.featured![0]!.definitions).toBeUndefined();
    const noLevels = readDescriptor("data/x.json", featured({ quote: "a", groups: [{ label: "Wordings" }] }), "x");
    expect(noLevels.problems.map(formatProblem)).toEqual([
      'data/x.json  error  featured[0].definitions.groups[0] needs a "label", a list of "levels" and may have a "note". Fix the field; data/descriptor.schema.json describes it.',
    ]);
  });
});
