import { describe, expect, it } from "vitest";
import { inSentence } from "./words.ts";

describe("inSentence", () => {
  it("lowers the first letter of a label, but never of an acronym", () => {
    expect(["Ethnicity (minor groups)", "SEN provision", "IDACI decile", "Free school meal eligibility", "Pupils (headcount)"].map(inSentence)).toEqual([
      "ethnicity (minor groups)",
      "SEN provision",
      "IDACI decile",
      "free school meal eligibility",
      "pupils (headcount)",
    ]);
  });

  it("keeps the capital of a proper name: an ethnic group or a place", () => {
    expect(["Black children's share of 10 to 17 year olds", "White British", "London boroughs", "Safer Schools Officers", "Schools and Youth Engagement Officers", "Share of the searches"].map(inSentence)).toEqual([
      "Black children's share of 10 to 17 year olds",
      "White British",
      "London boroughs",
      "Safer Schools Officers",
      "Schools and Youth Engagement Officers",
      "share of the searches",
    ]);
  });
});
