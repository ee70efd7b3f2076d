import { describe, expect, it } from "vitest";
import { formatProblem } from "../data/problems.ts";
import { loadDataset } from "./load-dataset.ts";

const DIR = "test/fixtures/validation";

/** Every problem with a file, as the build and the check print it. */
async function printed(id: string): Promise<{ lines: string[]; rows: unknown }> {
  const loaded = await loadDataset(DIR, id, "data");
  return { lines: loaded.problems.map(formatProblem), rows: loaded.table?.rows ?? null };
}

describe("loadDataset: every problem names file, line, column and value, and what to do", () => {
  it("rejects cells that are not numbers or symbols, and warns of repairs, blanks and older symbols", async () => {
    const { lines, rows } = await printed("cells");
    expect(lines).toEqual([
      'data/cells.json  warning  No descriptor file: the page is titled from the file name and cites no sources. Add a .json descriptor with title, description and sources; see data/README.md.',
      'data/cells.csv:2:7  error  Value "12%" in column "officers" has a % sign. Write the number alone (79, not 79%) and give the unit as % in the meta file.',
      'data/cells.csv:3:7  error  Value "1,2" in column "officers" uses a comma as a decimal point or is an unclear number. Write decimals with a point (1.2), and no thousands separators.',
      'data/cells.csv:4:7  error  Value "abc" in column "officers" is neither a number nor a known symbol. Write a number, or a GSS symbol (c, x, z, low, k, u) for a value that is not published.',
      'data/cells.csv:5:7  warning  Value "749,750" in column "officers" has thousands separators; read as 749750. Write numbers without separators, as the standard asks.',
      'data/cells.csv:6:7  warning  Column "officers" has 1 blank cell (line 6); shown as blank, never as zero. Write a GSS symbol instead of a blank: x for not available, z for not applicable, c for suppressed.',
      'data/cells.csv:7:7  warning  Column "officers" uses the older symbol ":" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
    ]);
    expect(rows).toEqual({ read: 7, used: 4, rejectedLines: [2, 3, 4], ignored: 0 });
  });

  it("rejects periods the standard does not allow, every row of them, and repairs a slashed year", async () => {
    const { lines, rows } = await printed("periods");
    expect(lines).toEqual([
      'data/periods.json  warning  No descriptor file: the page is titled from the file name and cites no sources. Add a .json descriptor with title, description and sources; see data/README.md.',
      'data/periods.csv:2:1  error  time_period "201619" names two years that are not consecutive. A six-digit period is two consecutive years (201415); split longer spans into rows.',
      'data/periods.csv:3:1  warning  time_period "2014/15" has a slash or dash; read as 201415. Write six digits without a separator (201415), as the standard asks.',
      'data/periods.csv:5:2  error  time_identifier "Fortnight" is not one the standard names. Use one of: Calendar year, Academic year, Financial year, Tax year, Reporting year, a month name, Week 1 to Week 52, Financial year Q1 to Q4, Autumn term, Spring term, Summer term, Autumn and spring term, Part 1 (April to September), Part 2 (October to March).',
      'data/periods.csv:6:1  error  time_period "201718" is two years, but "Calendar year" needs one. Write the year as four digits, for example 2017.',
      'data/periods.csv:7:1  error  time_period "201619" names two years that are not consecutive. A six-digit period is two consecutive years (201415); split longer spans into rows.',
    ]);
    expect(rows).toEqual({ read: 6, used: 2, rejectedLines: [2, 5, 6, 7], ignored: 0 });
  });

  it("stops at a header with a repeated, empty or missing column, reading no rows", async () => {
    const { lines, rows } = await printed("header");
    expect(lines).toEqual([
      'data/header.json  warning  No descriptor file: the page is titled from the file name and cites no sources. Add a .json descriptor with title, description and sources; see data/README.md.',
      'data/header.csv:1:6  error  Column name "officers" appears more than once in the header. Give each column a different name.',
      'data/header.csv:1:7  error  A column has no name in the header. Name every column, or delete the empty column.',
      'data/header.csv:1  error  Required column "country_code" is missing. Add a "country_code" column; every EES data file has time_period, time_identifier, geographic_level, country_code and country_name.',
      "data/header.csv  error  1 row was not read, because of the errors in the header or the meta file. Fix the header or the meta file, then check the file again.",
    ]);
    expect(rows).toBeNull();
  });

  it("rejects ragged rows and warns of places it cannot name", async () => {
    const { lines, rows } = await printed("rows");
    expect(lines).toEqual([
      'data/rows.json  warning  No descriptor file: the page is titled from the file name and cites no sources. Add a .json descriptor with title, description and sources; see data/README.md.',
      'data/rows.csv  warning  No meta file: read officers as indicators and no columns as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators.',
      'data/rows.csv:3:7  warning  Row is at level "Regional" but its "region_name" cell is blank. Fill in region_name for Regional rows; write x for a code that is not available.',
      'data/rows.csv:4  error  Row has 9 cells, but the header has 8. Check for a missing or extra comma, or a comma inside a value that needs quotes.',
      'data/rows.csv:5:3  warning  geographic_level "Galaxy" is not a level the standard names; the place is shown by level only. Use a standard level such as National, Regional or Local authority, with its code and name columns.',
      'data/rows.csv:6  warning  Rows are at level "Local authority" but the file has no "la_name" column; those places are named by level only. Add a la_name column naming each Local authority place.',
    ]);
    expect(rows).toEqual({ read: 5, used: 4, rejectedLines: [4], ignored: 0 });
  });
});

describe("loadDataset: which source a row cites", () => {
  it("cites the descriptor's only source on every row of a file that has no source column", async () => {
    const { table } = await loadDataset("test/fixtures/sole-source", "pupils");
    expect(table!.sourceIds).toEqual(["the-one-source"]);
    expect(table!.sourceLines).toEqual([2]);
    expect(table!.observations.map((o) => table!.sourceIds[o.source])).toEqual(["the-one-source", "the-one-source"]);
  });

  it("cites nothing rather than guess when the descriptor names more than one source", async () => {
    const { table } = await loadDataset("test/fixtures/sole-source", "two-sources");
    expect(table!.sourceIds).toEqual([]);
    expect(table!.observations.map((o) => o.source)).toEqual([-1]);
  });
});

describe("loadDataset: which place a row is at, row after row", () => {
  it("knows a place by its level, code and name, whatever its region cells say, and tells apart places that differ in any of those", async () => {
    const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "places-"));
    const rows = [
      "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,officers",
      "2017,Calendar year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,1",
      // The same place with other region cells, then with another old code beside the same new one.
      "2017,Calendar year,Local authority,E92000001,England,E12000008,South East,202,E09000007,Camden,2",
      "2017,Calendar year,Local authority,E92000001,England,E12000007,London,999,E09000007,Camden,3",
      // Another name, then another code, then another level, each a place of its own.
      "2017,Calendar year,Local authority,E92000001,England,E12000007,London,999,E09000007,Camden Town,4",
      "2017,Calendar year,Local authority,E92000001,England,E12000007,London,999,E09000001,Camden Town,5",
      "2017,Calendar year,Regional,E92000001,England,E12000007,London,999,E09000001,Camden Town,6",
      "2017,Calendar year,Local authority,E92000001,England,E12000007,London,,,Camden,7",
    ];
    await writeFile(join(dir, "places.csv"), `${rows.join("\n")}\n`);
    const { table } = await loadDataset(dir, "places");
    await rm(dir, { recursive: true });
    expect(table!.places.map((p) => [p.level, p.code, p.name, p.parent?.name ?? null])).toEqual([
      ["Local authority", "E09000007", "Camden", "London"],
      ["Local authority", "E09000007", "Camden Town", "London"],
      ["Local authority", "E09000001", "Camden Town", "London"],
      ["Regional", "E12000007", "London", null],
      ["Local authority", "E09000007", "Camden", "London"],
    ]);
    expect(table!.observations.map((o) => o.place)).toEqual([0, 0, 0, 1, 2, 3, 4]);
  });
});
