import { describe, expect, it } from "vitest";
import { readFixture } from "./test-helpers.ts";

/**
 * Every quirk of real published exports, each in its own fixture, read as the build reads it:
 * the rows as they come out (line | period | place | levels | cells) and every problem printed.
 */
const DIR = "test/fixtures/conformance";

/** The warning every fixture without a descriptor gets; asserted once, then left out. */
const noDescriptor = (id: string) =>
  `data/${id}.json  warning  No descriptor file: the page is titled from the file name and cites no sources. Add a .json descriptor with title, description and sources; see data/README.md.`;

async function read(id: string) {
  const fixture = await readFixture(DIR, id);
  expect(fixture.problems).toContain(noDescriptor(id));
  return { ...fixture, problems: fixture.problems.filter((p) => p !== noDescriptor(id)) };
}

describe("real exports", () => {
  it("reads a file that starts with a byte-order mark", async () => {
    const { lines, problems, rows } = await read("bom");
    expect(lines).toEqual([
      '2 | 2017 | National: England | 295',
    ]);
    expect(problems).toEqual([
      'data/bom.csv  warning  No meta file: read officers as indicators and no columns as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators.',
    ]);
    expect(rows).toEqual({ read: 1, used: 1, rejectedLines: [], ignored: 0 });
  });

  it("reads CRLF line ends", async () => {
    const { lines, problems, rows } = await read("crlf");
    expect(lines).toEqual([
      '2 | 2017 | National: England | 295',
      '3 | 2018 | National: England | 300',
    ]);
    expect(problems).toEqual([
      'data/crlf.csv  warning  No meta file: read officers as indicators and no columns as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators.',
    ]);
    expect(rows).toEqual({ read: 2, used: 2, rejectedLines: [], ignored: 0 });
  });

  it("reads a file with every field quoted, symbols included, behind a byte-order mark", async () => {
    const { lines, problems, rows } = await read("all-quoted");
    expect(lines).toEqual([
      '2 | 2017 | National: England | Total | 295',
      '3 | 2018 | National: England | Total | [suppressed "c"]',
      '4 | 2019 | National: England | Total | [not-available "x"]',
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual({ read: 3, used: 3, rejectedLines: [], ignored: 0 });
  });

  it("reads geographical_level as geographic_level, and says so", async () => {
    const { lines, problems, rows } = await read("geographical-level");
    expect(lines).toEqual([
      '2 | 2017 | National: England | 295',
    ]);
    expect(problems).toEqual([
      'data/geographical-level.csv:1:3  warning  Column "geographical_level" is read as geographic_level. Name it geographic_level, as the standard does.',
      'data/geographical-level.csv  warning  No meta file: read officers as indicators and no columns as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators.',
    ]);
    expect(rows).toEqual({ read: 1, used: 1, rejectedLines: [], ignored: 0 });
  });

  it("reads numbers with a leading space or twelve decimal places", async () => {
    const { lines, problems, rows } = await read("spaces-decimals");
    expect(lines).toEqual([
      '2 | 2016/17 | National: England | 14.8113',
      '3 | 2017/18 | National: England | 85.7',
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual({ read: 2, used: 2, rejectedLines: [], ignored: 0 });
  });

  it("reads blank indicator cells as blank, never zero, and warns", async () => {
    const { lines, problems, rows } = await read("blank-cells");
    expect(lines).toEqual([
      '2 | 2017 | National: England | [blank ""]',
      '3 | 2018 | National: England | 300',
      '4 | 2019 | National: England | [blank ""]',
    ]);
    expect(problems).toEqual([
      'data/blank-cells.csv:2:6  warning  Column "officers" has 2 blank cells (lines 2, 4); shown as blank, never as zero. Write a GSS symbol instead of a blank: x for not available, z for not applicable, c for suppressed.',
    ]);
    expect(rows).toEqual({ read: 3, used: 3, rejectedLines: [], ignored: 0 });
  });

  it("reads each older symbol by its meaning, and warns", async () => {
    const { lines, problems, rows } = await read("legacy-symbols");
    expect(lines).toEqual([
      '2 | 2013 | National: England | [not-available ":"]',
      '3 | 2014 | National: England | [rounds-to-zero "~"]',
      '4 | 2015 | National: England | [no-rate "."]',
      '5 | 2016 | National: England | [not-available ".."]',
      '6 | 2017 | National: England | [suppressed "*"]',
      '7 | 2018 | National: England | 1.5',
    ]);
    expect(problems).toEqual([
      'data/legacy-symbols.csv:2:6  warning  Column "rate" uses the older symbol ":" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
      'data/legacy-symbols.csv:3:6  warning  Column "rate" uses the older symbol "~" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
      'data/legacy-symbols.csv:4:6  warning  Column "rate" uses the older symbol "." 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
      'data/legacy-symbols.csv:5:6  warning  Column "rate" uses the older symbol ".." 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
      'data/legacy-symbols.csv:6:6  warning  Column "rate" uses the older symbol "*" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
    ]);
    expect(rows).toEqual({ read: 6, used: 6, rejectedLines: [], ignored: 0 });
  });

  it("repairs quoted thousands separators, and warns", async () => {
    const { lines, problems, rows } = await read("thousands");
    expect(lines).toEqual([
      '2 | 2016/17 | National: England | 749750',
      '3 | 2017/18 | National: England | 8669080',
    ]);
    expect(problems).toEqual([
      'data/thousands.csv:2:6  warning  Value "749,750" in column "pupils" has thousands separators; read as 749750. Write numbers without separators, as the standard asks.',
      'data/thousands.csv:3:6  warning  Value "8,669,080" in column "pupils" has thousands separators; read as 8669080. Write numbers without separators, as the standard asks.',
    ]);
    expect(rows).toEqual({ read: 2, used: 2, rejectedLines: [], ignored: 0 });
  });

  it("keeps commas inside quoted filter levels", async () => {
    const { lines, problems, rows } = await read("quoted-commas");
    expect(lines).toEqual([
      '2 | 2019 | National: England | Primary, infant and junior | 12',
      '3 | 2019 | National: England | Secondary, middle deemed secondary | 30',
      '4 | 2019 | National: England | Total | 42',
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual({ read: 3, used: 3, rejectedLines: [], ignored: 0 });
  });

  it("tells several breakdowns in one file apart by their topic column", async () => {
    const { lines, problems, rows } = await read("breakdown-topic");
    expect(lines).toEqual([
      '2 | 2016/17 | National: England | Total | Total | 7890035 | 7720',
      '3 | 2016/17 | National: England | Sex | Boys | 4025130 | 5920',
      '4 | 2016/17 | National: England | Sex | Girls | 3864905 | 1800',
      '5 | 2016/17 | National: England | Ethnicity | Mixed, White and Black Caribbean | 38210 | 150',
      '6 | 2016/17 | National: England | Ethnicity | White British | 5000000 | 5000',
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual({ read: 5, used: 5, rejectedLines: [], ignored: 0 });
  });

  it("reads z on most cells of a sparse file as not applicable", async () => {
    const { lines, problems, rows } = await read("sparse-z");
    expect(lines).toEqual([
      '2 | 2019 | National: England | Total | 42 | [not-applicable "z"]',
      '3 | 2019 | National: England | Primary | [not-applicable "z"] | [not-applicable "z"]',
      '4 | 2019 | National: England | Secondary | [not-applicable "z"] | [not-applicable "z"]',
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual({ read: 3, used: 3, rejectedLines: [], ignored: 0 });
  });

  it("keeps a line break inside a quoted level and numbers the next rows by their lines", async () => {
    const { lines, problems, rows } = await read("quoted-newline");
    expect(lines).toEqual([
      "2 | 2019 | National: England | Safer Schools Officers\n(full-time) | 42",
      '4 | 2020 | National: England | Other | [not-available "x"]',
      '5 | 2021 | National: England | Other | 7 low-reliability',
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual({ read: 3, used: 3, rejectedLines: [], ignored: 0 });
  });

  it("reads UTF-16 text by its byte-order mark, and warns", async () => {
    const { lines, problems, rows } = await read("utf16");
    expect(lines).toEqual([
      '2 | 2017 | National: England | 295',
    ]);
    expect(problems).toEqual([
      'data/utf16.csv  warning  No meta file: read officers as indicators and no columns as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators.',
      'data/utf16.csv  warning  The file is UTF-16LE text; read by its byte-order mark. Save it as UTF-8, as the standard asks.',
    ]);
    expect(rows).toEqual({ read: 1, used: 1, rejectedLines: [], ignored: 0 });
  });

  it("reads the older DfE layout (year, level, characteristic_*) as the same model, with a note", async () => {
    const { lines, problems, rows } = await read("legacy-layout");
    expect(lines).toEqual([
      '2 | 2016/17 | National: England | Total | Total | 7890035 | 7720 | 0.1',
      '3 | 2016/17 | National: England | Gender | Boys | 4025130 | 5920 | [no-rate "."]',
      '4 | 2016/17 | Regional: London | Total | Total | 1200000 | 1000 | 0.08',
      '5 | 2016/17 | Local authority: Camden | Total | Total | 26785 | [rounds-to-zero "~"] | [not-available ":"]',
    ]);
    expect(problems).toEqual([
      'data/legacy-layout.csv:1  warning  The file is in the older DfE layout: read year as time_period, level as geographic_level, country as country_name; with no time_identifier, a six-digit year is read as an academic year and a four-digit one as a calendar year. Export it in the EES layout if you can: time_period, time_identifier, geographic_level, country_code, country_name.',
      'data/legacy-layout.csv  warning  No meta file: read headcount, perm_excl, perm_excl_rate as indicators and characteristic_desc, characteristic_1 as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators.',
      'data/legacy-layout.csv:2:12  warning  Value "7,890,035" in column "headcount" has thousands separators; read as 7890035. Write numbers without separators, as the standard asks.',
      'data/legacy-layout.csv:3:12  warning  Value "4,025,130" in column "headcount" has thousands separators; read as 4025130. Write numbers without separators, as the standard asks.',
      'data/legacy-layout.csv:5:13  warning  Column "perm_excl" uses the older symbol "~" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
      'data/legacy-layout.csv:3:14  warning  Column "perm_excl_rate" uses the older symbol "." 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
      'data/legacy-layout.csv:5:14  warning  Column "perm_excl_rate" uses the older symbol ":" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
    ]);
    expect(rows).toEqual({ read: 4, used: 4, rejectedLines: [], ignored: 0 });
  });

});
