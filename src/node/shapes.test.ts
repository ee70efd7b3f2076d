import { describe, expect, it } from "vitest";
import { readFixture } from "./test-helpers.ts";

/**
 * Files outside the EES layout, read as the build reads them: what each row became, and every
 * problem as printed. The figures are made up for the tests unless a case says otherwise.
 */
const DIR = "test/fixtures/shapes";

/** The warnings every fixture without a descriptor or meta file gets; asserted once, then left out. */
const expected = (id: string) => [
  `data/${id}.json  warning  No descriptor file: the page is titled from the file name and cites no sources. Add a .json descriptor with title, description and sources; see data/README.md.`,
];

async function read(id: string) {
  const fixture = await readFixture(DIR, id);
  return { ...fixture, problems: fixture.problems.filter((p) => !expected(id).includes(p)) };
}

describe("a numeric column with a typo and no meta file", () => {
  it("is still an indicator, and the typo is an error at its cell, quoting it", async () => {
    const { problems, lines, rows } = await read("typo-number");
    expect(problems[0]).toBe(
      'data/typo-number.csv:3:2  error  Value "29..5" in column "Officers" is neither a number nor a known symbol. Write a number, or a GSS symbol (c, x, z, low, k, u) for a value that is not published.',
    );
    expect(lines).toEqual(["2 | 2014-15 | :  | 270", "4 | 2019/20 | :  | 350"]);
    expect(rows).toEqual({ read: 3, used: 2, rejectedLines: [3], ignored: 0 });
  });
});

describe("what spreadsheets write for a missing figure", () => {
  it("reads -, –, n/a, N/A, .., * and : as named reasons, never zero, each with a warning", async () => {
    const { problems, lines } = await read("spreadsheet-symbols");
    expect(lines).toEqual([
      '2 | date not given | Police force area: Metropolitan Police | [not-available "-"]',
      '3 | date not given | Police force area: Kent | [not-available "–"]',
      '4 | date not given | Police force area: Essex | [not-applicable "n/a"]',
      '5 | date not given | Police force area: Surrey | [not-applicable "N/A"]',
      '6 | date not given | Police force area: Sussex | [not-available ".."]',
      '7 | date not given | Police force area: Norfolk | [suppressed "*"]',
      '8 | date not given | Police force area: Suffolk | [not-available ":"]',
      "9 | date not given | Police force area: Thames Valley | 12",
    ]);
    expect(problems).toContain('data/spreadsheet-symbols.csv:2:2  warning  Column "Officers" uses the older symbol "-" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.');
    expect(problems.filter((p) => p.includes("older symbol"))).toHaveLength(7);
  });
});

describe("footnote markers on numbers", () => {
  it("separates each marker from its number, keeps it on the cell, and names a marker no note explains", async () => {
    const { problems, lines, table } = await read("footnotes");
    expect(lines).toEqual([
      "2 | date not given | Local authority: Hackney | 13",
      "3 | date not given | Local authority: Camden | 270",
      "4 | date not given | Local authority: Islington | 52",
      "5 | date not given | Local authority: Lambeth | 9",
    ]);
    expect(table!.observations.map((o) => (o.cells[0]!.kind === "value" ? o.cells[0]!.note : null))).toEqual(["1", "*", "a", "2"]);
    expect(table!.reading.notes).toEqual([
      { marker: "1", text: "Includes officers shared with a neighbouring borough.", line: 7 },
      { marker: "*", text: "Estimate.", line: 8 },
      { marker: "a", text: "As at 31 March.", line: 9 },
    ]);
    expect(problems).toContain(
      "data/footnotes.csv:2:2  warning  Column \"Officers\" has 4 numbers with a footnote marker ([1] once, * once, (a) once, [2] once); each is read as its number and linked to its note; no note under the table explains [2]. Keep the number alone in the cell and the note in the descriptor's notes, so the figure can be read by any program.",
    );
  });
});

describe("periods as people write them", () => {
  it("places every form on one time line, each labelled as written", async () => {
    const { table } = await read("period-forms");
    expect(table!.periods.map((p) => [p.label, p.kind, p.start, p.end])).toEqual([
      ["FY2019/20", "financial-year", "2019-04-01", "2020-04-01"],
      ["March 2019", "month", "2019-03-01", "2019-04-01"],
      ["Apr 2019", "month", "2019-04-01", "2019-05-01"],
      ["2019-05", "month", "2019-05-01", "2019-06-01"],
      ["Spring 2021", "term", "2021-01-01", "2021-04-01"],
      ["Summer term 2020/21", "term", "2021-04-01", "2021-08-01"],
      ["Q1 2020", "quarter", "2020-01-01", "2020-04-01"],
      ["2018 to 2020", "multi-year", "2018-01-01", "2021-01-01"],
      ["2019-03-31", "day", "2019-03-31", "2019-04-01"],
    ]);
  });
});

describe("places named without codes", () => {
  it("gives local authorities their ONS codes by name or old DfE number, and a country or region its own level", async () => {
    const { table } = await read("la-names");
    expect(table!.places.map((p) => [p.level, p.name, p.code])).toEqual([
      ["Local authority", "Bristol City of", "E06000023"],
      ["Local authority", "Durham", "E06000047"],
      ["Local authority", "Isles Of Scilly", "E06000053"],
      ["Local authority", "Kingston upon Hull City of", "E06000010"],
      ["Local authority", "204", "E09000012"],
      ["National", "England", "E92000001"],
      ["Regional", "London", "E12000007"],
      ["Local authority", "Nowhere", ""],
    ]);
  });
});

describe("the descriptor's reading fields", () => {
  it("gives a column its role and label, a level its label, merges a renamed level, and gives the file its period", async () => {
    const { lines, problems, table } = await readFixture(DIR, "descriptor-settings");
    expect(problems).toEqual([
      "data/descriptor-settings.csv  warning  No meta file: read headcount, perm_excl as indicators and year, characteristic_desc, characteristic_1 as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators.",
    ]);
    expect(lines).toEqual([
      "2 | 2016/17 | :  | 201516 | Free school meal eligibility | Eligible for free school meals | 1 | 1",
      "3 | 2016/17 | :  | 201617 | Free school meal eligibility | Eligible for free school meals | 2 | 2",
      "4 | 2016/17 | :  | 201516 | IDACI decile | 0 to 10% (most deprived) | 3 | 3",
      "5 | 2016/17 | :  | 201617 | IDACI decile | 0 to 10% (most deprived) | 4 | 4",
      "6 | 2016/17 | :  | 201617 | Ethnicity (minor groups) | Black Caribbean pupils | 5 | 5",
    ]);
    expect(table!.filters.map((f) => [f.label, f.written])).toEqual([
      ["Year of the return", {}],
      ["Characteristic", { "Free school meal eligibility": ["FSM_Eligible", "FSM_eligible"], "IDACI decile": ["IDACI_decile", "IDACI"] }],
      ["Pupil group", { "Eligible for free school meals": ["FSM_Eligible"], "0 to 10% (most deprived)": ["IDACI_decile_0_to_10pc_most_deprived"], "Black Caribbean pupils": ["Ethnicity_Minor_Black_Caribbean"] }],
    ]);
  });
});
