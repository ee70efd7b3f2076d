import { describe, expect, it } from "vitest";
import { measureEntry, readDictionary } from "./dictionary.ts";

/** Two records as the dictionary writes them: CRLF between records, CR CR LF inside a quoted field. */
const RECORDS = [
  '"Measure_code","Topic","Measure","Chart_title","Measure_short","Polarity","y_axis_name","state_funded_flag","Table_status","Description","Last Update","Next Update","Data Owner (DO) /Supplier and Contact Details","Methodology","Hyperlink(s)","dps","Year_Type","No_Quartile"',
  '"60","All Pupil Absence & Exclusions","Total Permanent Exclusions","Total Permanent Exclusions (%)","TotPermEx","Low","% of the school population","State Funded","exc_nat_region_la 2022-23","Permanent exclusion refers to a pupil who\'s excluded and who will not come back to that school (unless the exclusion is overturned).","45839","46232","DfE","Permanent exclusion or suspension rate : (Number of permanent exclusions/suspensions recorded across the whole academic year / Number of sole and dual main registered pupils on roll as at January census data) X 100\r\r\n\r\r\nProportion of all exclusions : (Number of exclusions / Overall total number of exclusions) X 100","https://www.gov.uk/government/collections/statistics-exclusions","2","Academic Year","NA"',
  '"111","Youth Offending","First Time entrants to the Youth Justice System","First Time entrants to the Youth Justice System (rate)","FirstYJS","Low","Rate per 100,000 of 10-17 population","NA","None standard - manual process","Rates of child first time entrants per 100,000 of the 10 - 17 year old population","46054","46419","Youth Justice board","These are estimated figures.","https://www.gov.uk/government/collections/youth-justice-statistics","NA","Calendar Year","NA"',
];
const EXCERPT = `${RECORDS.join("\r\n")}\r\n`;

describe("readDictionary", () => {
  it("reads each measure's wording, unit, year type and decimal places by its code", () => {
    const dictionary = readDictionary(EXCERPT);
    expect(measureEntry(dictionary, "TotPermEx")).toEqual({
      code: "TotPermEx",
      measure: "Total Permanent Exclusions",
      unit: "% of the school population",
      yearType: "Academic Year",
      dps: 2,
      owner: "DfE",
      link: "https://www.gov.uk/government/collections/statistics-exclusions",
    });
    expect(measureEntry(dictionary, "FirstYJS")).toMatchObject({ unit: "Rate per 100,000 of 10-17 population", yearType: "Calendar Year", dps: null, owner: "Youth Justice board" });
  });

  it("refuses a code it does not describe, or describes twice in different words", () => {
    const dictionary = readDictionary(EXCERPT);
    expect(() => measureEntry(dictionary, "TotFixedEx")).toThrow('lait_data_dictionary.csv has no measure "TotFixedEx"');
    const twice = readDictionary(`${EXCERPT}${RECORDS[1]!.replace('"Total Permanent Exclusions"', '"Permanent Exclusions"')}\r\n`);
    expect(() => measureEntry(twice, "TotPermEx")).toThrow('describes "TotPermEx" 2 times, differently');
  });
});
