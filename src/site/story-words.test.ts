import { describe, expect, it } from "vitest";
import { pupilsCalled } from "./story-words.ts";

describe("pupilsCalled", () => {
  it("names the DfE's groups as pupils, the way a sentence needs them", () => {
    expect(["Black Caribbean", "White British", "No SEN", "SEN with a statement or EHC plan", "SEN without a statement or EHC plan", "Eligible for free school meals", "Not eligible for free school meals"].map(pupilsCalled)).toEqual([
      "Black Caribbean pupils",
      "White British pupils",
      "pupils with no SEN",
      "pupils with a statement or EHC plan",
      "pupils with SEN but no statement or EHC plan",
      "pupils eligible for free school meals",
      "pupils not eligible for free school meals",
    ]);
  });
});
