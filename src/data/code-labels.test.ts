import { describe, expect, it } from "vitest";
import { codeLabel, columnLabel } from "./code-labels.ts";

describe("codeLabel: the DfE's older codes as its published tables label them", () => {
  it.each([
    ["Ethnicity_Minor_Black_Caribbean", { label: "Black Caribbean", heading: { topic: "Ethnicity", heading: "Ethnicity (minor groups)" } }],
    ["Ethnicity_Minor_Any_other_white_background", { label: "Any other White background", heading: { topic: "Ethnicity", heading: "Ethnicity (minor groups)" } }],
    ["Ethnicity_Minor_Gypsy_Roma", { label: "Gypsy/Roma", heading: { topic: "Ethnicity", heading: "Ethnicity (minor groups)" } }],
    ["Ethnicity_Major_Black_Total", { label: "Black", heading: { topic: "Ethnicity", heading: "Ethnicity (major groups)" } }],
    ["SEN_Provision_No_SEN", { label: "No SEN" }],
    ["SEN_provision_SEN_with_statement_EHC", { label: "SEN with a statement or EHC plan" }],
    ["FSM_Eligible", { label: "Eligible for free school meals" }],
    ["FSM_NotEligible", { label: "Not eligible for free school meals" }],
    ["Gender_male", { label: "Male" }],
    ["Age_4_and_under", { label: "Age 4 and under" }],
    ["NC_Year_Reception", { label: "Reception" }],
    ["NC_Year_12_and_above", { label: "Year 12 and above" }],
    ["IDACI_decile_0_to_10pc_most_deprived", { label: "0 to 10% (most deprived)" }],
    ["IDACI_decile_10_to_20pc", { label: "10 to 20%" }],
  ])("%s", (code, expected) => {
    expect(codeLabel(code, "group")).toEqual(expected);
  });

  it("labels a topic code by its topic: FSM_Eligible as a characteristic is the breakdown, not the group", () => {
    expect(codeLabel("FSM_Eligible", "topic")).toEqual({ label: "Free school meal eligibility" });
    expect(codeLabel("Ethnicity_gender", "topic")).toEqual({ label: "Ethnicity and gender" });
  });

  it("leaves text that is not a code as written", () => {
    expect([codeLabel("White British", "group"), codeLabel("Total", "group"), codeLabel("IDACI", "topic")]).toEqual([null, null, null]);
  });
});

describe("columnLabel", () => {
  it("names the older files' columns and reasons for exclusion as the DfE's tables do", () => {
    expect([columnLabel("perm_excl"), columnLabel("one_plus_fixed"), columnLabel("perm_physical_pupils"), columnLabel("officers")]).toEqual([
      "Permanent exclusions",
      "Pupils with one or more fixed period exclusions",
      "Permanent exclusions for physical assault against a pupil",
      null,
    ]);
  });
});
