import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../data/problems.ts";
import type { Table } from "../data/ingest.ts";
import { checkDataset, datasetIds } from "./load-site.ts";
import { tableLines } from "./test-helpers.ts";

/**
 * EES's own test files, read as EES reads them (test/fixtures/ees-conformance/README.md says
 * where each comes from). The processor's resources give the rows imported, the filter items,
 * the locations and the defaults its tests expect. DfE's screener passes every file in `pass/`
 * and `pass-warn-api/` and rejects every file in `fail/`: the dashboard reads every pass file
 * without an error, and with `--standard` names, for each fail file, the departure the file is
 * there to show (or, where the dashboard reads past it, the problem the screener itself reported).
 */

const PROCESSOR = "test/fixtures/ees-conformance/processor";
const SCREENER = "test/fixtures/ees-conformance/eesyscreener";

/** The filters EES counts as filters (a grouping column holds another filter's headings), with their levels, headings and default. */
function filters(table: Table) {
  return table.filters.filter((f) => f.groupOf === null).map((f) => ({ label: f.label, levels: f.levels, groups: f.groups, default: f.default }));
}

/** The places the rows read are at, as `level|code|name`. */
function locations(table: Table): string[] {
  return [...new Set(table.observations.map((o) => o.place))].map((i) => table.places[i]!).map((p) => `${p.level}|${p.code}|${p.name}`);
}

async function read(id: string, standard = false) {
  const { loaded, problems } = await checkDataset(PROCESSOR, id, "data", undefined, { standard });
  return { table: loaded.table!, problems: problems.filter((p) => !p.message.startsWith("No descriptor")).map(formatProblem) };
}

const FOUR_AUTHORITIES = ["Local authority|E08000025|Birmingham", "Local authority|E08000016|Barnsley", "Local authority|E09000011|Greenwich", "Local authority|E09000007|Camden"];

describe("EES's data processor test resources", () => {
  it("small-csv: 16 rows, two filters (one with its hint), two indicators, four authorities, 2018 to 2025", async () => {
    const { table, problems } = await read("small-csv");
    expect(problems.filter((p) => p.includes("  error  "))).toEqual([]);
    expect(table.rows).toEqual({ read: 16, used: 16, rejectedLines: [], ignored: 0 });
    expect(table.filters.map((f) => [f.label, f.hint])).toEqual([["Filter one", "Hint 1"], ["Filter two", ""]]);
    expect(table.indicators.map((i) => i.label)).toEqual(["Indicator one", "Indicator two"]);
    expect(locations(table)).toEqual(FOUR_AUTHORITIES);
    expect(table.periods.map((p) => `${p.label} ${p.kind}`)).toEqual(["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"].map((y) => `${y} calendar-year`));
    const lines = tableLines(table);
    expect([lines[0], lines.at(-1)]).toEqual(["2 | 2018 | Local authority: Birmingham | Total | Choice 1 | 1 | 2", "17 | 2025 | Local authority: Camden | Total | Choice 16 | 16 | 32"]);
  });

  it("small-csv-with-special-data: all five rows, one Value 1 however spaced or cased, a blank as Not specified, and every indicator cell kept", async () => {
    const { table, problems } = await read("small-csv-with-special-data");
    expect(problems.filter((p) => p.includes("  error  "))).toEqual([]);
    expect(table.rows).toEqual({ read: 5, used: 5, rejectedLines: [], ignored: 0 });
    expect(filters(table)).toEqual([{ label: "Filter one", levels: ["Value 1", "Not specified"], groups: null, default: null }]);
    expect(locations(table)).toEqual(["Local authority|E08000025|Birmingham", "Local authority|E08000016|Barnsley", "Local authority|E09000011|Greenwich"]);
    expect(tableLines(table)).toEqual([
      '2 | 2018 | Local authority: Birmingham | Value 1 | [blank ""]',
      '3 | 2018 | Local authority: Barnsley | Value 1 | [rounds-to-zero "~"]',
      '4 | 2019 | Local authority: Greenwich | Value 1 | [not-available "a"]',
      '5 | 2019 | Local authority: Greenwich | Value 1 | [blank ""]',
      '6 | 2019 | Local authority: Greenwich | Not specified | [blank ""]',
    ]);
    expect(problems).toContain(
      'data/small-csv-with-special-data.csv:4:10  warning  Column "ind_one" holds "a" 1 time, which is not a symbol the standard names; kept as written (as EES imports it), read as not available, never as a number. Write a GSS symbol (c, x, z, low, k, u) or the number.',
    );
  });

  it("ordering-test-4: filter items under their headings, and Total chosen where a filter has one", async () => {
    const { table } = await read("ordering-test-4");
    expect(filters(table)).toEqual([
      { label: "Filter one", levels: ["Total"], groups: null, default: "Total" },
      { label: "Filter two", levels: ["One", "Two"], groups: [{ label: "One group", levels: ["One"] }, { label: "Two group", levels: ["Two"] }], default: null },
      { label: "Filter three", levels: ["Total"], groups: null, default: "Total" },
      { label: "Filter four", levels: ["One", "Two"], groups: [{ label: "One group", levels: ["One", "Two"] }, { label: "Two group", levels: ["One", "Two"] }], default: null },
    ]);
    expect(table.indicators.map((i) => i.label)).toEqual(["Indicator one"]);
    expect(locations(table)).toEqual(FOUR_AUTHORITIES);
  });

  it("additional-filters-and-indicators: a meta filter the data lacks is Not specified, a meta indicator it lacks has no value; the row of 11 cells is the error EES's validator gives it", async () => {
    const { table, problems } = await read("additional-filters-and-indicators");
    expect(filters(table)).toEqual([
      { label: "Filter one", levels: ["Total"], groups: null, default: "Total" },
      { label: "Additional filter", levels: ["Not specified"], groups: null, default: null },
    ]);
    expect(table.indicators.map((i) => i.label)).toEqual(["Indicator one", "Additional indicator"]);
    expect(table.observations.every((o) => o.cells[1]!.kind === "missing")).toBe(true);
    expect(locations(table)).toEqual(FOUR_AUTHORITIES);
    expect(table.rows).toEqual({ read: 16, used: 15, rejectedLines: [7], ignored: 0 });
    expect(problems.filter((p) => p.includes("  error  "))).toEqual([
      "data/additional-filters-and-indicators.csv:7  error  Row has 11 cells, but the header has 10. Check for a missing or extra comma, or a comma inside a value that needs quotes.",
    ]);
  });

  it("auto-select-filter-items: the meta file's filter_default, else Total, else none", async () => {
    const { table } = await read("auto-select-filter-items");
    expect(filters(table)).toEqual([
      { label: "Filter with Total", levels: ["OneOne", "Total", "OneThree"], groups: null, default: "Total" },
      { label: "Filter with default TwoTwo", levels: ["TwoOne", "TwoTwo", "TwoThree"], groups: null, default: "TwoTwo" },
      { label: "Filter with no default", levels: ["ThreeOne", "ThreeTwo", "ThreeThree"], groups: null, default: null },
    ]);
    expect(locations(table)).toEqual(["Local authority|E08000025|Birmingham", "Local authority|E08000016|Barnsley"]);
  });

  it("ignored-filter-rows: four filters, as grouping columns are headings; a grouping column the data lacks gives the heading Default", async () => {
    const { table } = await read("ignored-filter-rows");
    expect(filters(table)).toEqual([
      { label: "Filter one", levels: ["Filter 1 Choice 1"], groups: null, default: null },
      { label: "Filter two", levels: ["Filter 2 Choice 1"], groups: [{ label: "Default", levels: ["Filter 2 Choice 1"] }], default: null },
      { label: "Filter three", levels: ["Filter 3 Choice 1"], groups: null, default: null },
      { label: "Filter four", levels: ["Filter 4 Choice 1"], groups: [{ label: "Filter 4 Group 1", levels: ["Filter 4 Choice 1"] }], default: null },
    ]);
    expect(locations(table)).toEqual(FOUR_AUTHORITIES);
  });

  it("ignored-school-rows: 8 of 16 rows, as school rows are read only in a file of school rows", async () => {
    const { table, problems } = await read("ignored-school-rows");
    expect(table.rows).toEqual({ read: 16, used: 8, rejectedLines: [], ignored: 8 });
    expect(table.observations.map((o) => o.line)).toEqual([2, 4, 6, 8, 10, 12, 14, 16]);
    expect(new Set(locations(table).map((l) => l.split("|")[0]))).toEqual(new Set(["Local authority"]));
    expect(problems).toContain(
      "data/ignored-school-rows.csv  warning  Rows at school, provider, institution or planning area level are not read in a file that has rows at other levels, as EES reads them: 8 at level School. Publish those rows in a file of their own.",
    );
  });
});

/** The data files of a screener folder: each `.csv` that is not a meta file. */
async function screenerFiles(folder: string): Promise<string[]> {
  return (await readdir(`${SCREENER}/${folder}`)).filter((n) => n.endsWith(".csv") && !n.includes(".meta.")).map((n) => n.slice(0, -4)).sort();
}

describe("DfE's screener: files it passes", () => {
  for (const folder of ["pass", "pass-warn-api"]) {
    it(`reads every file in ${folder}/ without an error, every row accounted for, with or without --standard`, async () => {
      const ids = await screenerFiles(folder);
      expect(ids.length).toBeGreaterThan(5);
      for (const id of ids) {
        for (const standard of [false, true]) {
          const { loaded, problems } = await checkDataset(`${SCREENER}/${folder}`, id, "data", undefined, { standard });
          expect([id, problems.filter((p) => p.severity === "error").map(formatProblem)]).toEqual([id, []]);
          const rows = loaded.table!.rows;
          expect(rows.used + rows.ignored + rows.rejectedLines.length).toBe(rows.read);
        }
      }
    }, 60_000);
  }
});

/**
 * For each file the screener rejects, the problem `npm run check -- --standard` prints that
 * names its departure. Null where the dashboard has no lookup to check against (skills areas,
 * wards): those files are read without a word, and said so here.
 */
const FAILS: [string, string | null][] = [
  ["adding_z_locationCode", "data/adding_z_locationCode.csv:4:5  warning  country_name \"z Scotland, Wales and Northern Ireland\" is not a pair the ONS codes give: the standard pairs are z with a name such as \"Not applicable\" or \"Unknown\". Check the code and name against the standard geography lookup (case matters)."],
  ["blanks_filters", "data/blanks_filters.csv:12:11  warning  Column \"school_phase\" has blank cells (the first on line 12); read as \"Not specified\", as EES reads them. Give every filter cell a value, such as Total or Unknown."],
  ["blanks_indicators", "data/blanks_indicators.csv:18:19  warning  Column \"enrolments_pa_10_exact_percent\" has 11 blank cells (lines 18, 19, 20, 21, 22 and 6 more); shown as blank, never as zero. Write a GSS symbol instead of a blank: x for not available, z for not applicable, c for suppressed."],
  ["col_name_completed", "data/col_name_completed.meta.csv:8:1  error  The meta file describes column \"\" more than once. Keep one row per column."],
  ["col_name_duplicate", "data/col_name_duplicate.meta.csv:10:1  error  The meta file describes column \"school_type\" more than once. Keep one row per column."],
  ["col_name_spaces", "data/col_name_spaces.csv:1  warning  Column names \"school phase\", \"school type\" have spaces, which EES does not allow. Use snake_case: lower-case letters, digits and underscores."],
  ["col_type", "data/col_type.meta.csv:5:2  error  col_type \"Measure\" is neither Filter nor Indicator. Write Filter or Indicator."],
  ["col_type_blank", "data/col_type_blank.meta.csv:6:2  error  col_type \"\" is neither Filter nor Indicator. Write Filter or Indicator."],
  ["country_combinations", "data/country_combinations.csv:8:5  warning  country_name \"E92000002 England\" is not a pair the ONS codes give: the standard pairs are E92000001 England. Check the code and name against the standard geography lookup (case matters)."],
  ["data_empty_cols", "data/data_empty_cols.csv:11:7  warning  region_name \"E12000003 Yorkshire and the Humber\" is not a pair the ONS codes give: the standard pairs are E12000003 Yorkshire and The Humber. Check the code and name against the standard geography lookup (case matters)."],
  ["data_mandatory_cols", "data/data_mandatory_cols.csv:1  warning  The file is in the older DfE layout: read year as time_period, level as geographic_level. Export it in the EES layout if you can: time_period, time_identifier, geographic_level, country_code, country_name."],
  ["data_to_meta_crosscheck", "data/data_to_meta_crosscheck.csv:1:12  warning  Column \"colours\" is not in the meta file, so it is not read (EES reads only the columns a meta file describes). Add a row for it to the meta file."],
  ["data_variable_spaces", "data/data_variable_spaces.csv:1  warning  Column names \"school phase\", \"school type\" have spaces, which EES does not allow. Use snake_case: lower-case letters, digits and underscores."],
  ["duplicate_label", "data/duplicate_label.meta.csv:8:3  warning  The meta file gives the label \"Number of persistent absentees\" to more than one column. Give each column a label of its own, so readers can tell them apart."],
  ["duplicate_rows", "data/duplicate_rows.csv:11:7  warning  region_name \"E12000003 Yorkshire and the Humber\" is not a pair the ONS codes give: the standard pairs are E12000003 Yorkshire and The Humber. Check the code and name against the standard geography lookup (case matters)."],
  ["duplicate_variable_names", "data/duplicate_variable_names.csv:1:19  error  Column name \"enrolments_pa_10_exact\" appears more than once in the header. Give each column a different name."],
  ["eda_combinations", "data/eda_combinations.csv:68:10  warning  la_name \"881 E10000012 Not Essex\" is not a pair the ONS codes give: the standard pairs are 881 E10000012 Essex. Check the code and name against the standard geography lookup (case matters)."],
  ["ethnicity_characteristics_filter_wrong_group_and_values", "data/ethnicity_characteristics_filter_wrong_group_and_values.csv:2:8  warning  characteristic_group \"Ethnic Minority\" is about ethnicity but is not named as the harmonised standard names it. Use Ethnicity Major, Ethnicity Minor, Ethnicity Detailed or Minority Ethnic (or these with other filters joined by \"and\")."],
  ["fails_allchecks", "data/fails_allchecks.csv:2:1  error  time_period \"2018\" is one year, but \"Academic year\" spans two. Write both years as six digits, for example 201415."],
  ["fails_everything_ancillary", "data/fails_everything_ancillary.meta.csv:5:7  warning  The meta file gives indicator \"full_time_equivalent\" a filter_hint, which only filters have; ignored. Leave filter_hint blank for indicators."],
  ["fails_file validation", "data/fails_file validation.csv:2:1  error  time_period \"2018\" is one year, but \"Academic year\" spans two. Write both years as six digits, for example 201415."],
  ["fails_prescreening1", "data/fails_prescreening1.csv:2:1  error  time_period \"2018\" is one year, but \"Academic year\" spans two. Write both years as six digits, for example 201415."],
  ["fails_prescreening2", "data/fails_prescreening2.csv:1  warning  Column name \"num schools\" has spaces, which EES does not allow. Use snake_case: lower-case letters, digits and underscores."],
  ["file_separator", "data/file_separator.meta.csv:1  error  The meta file has no col_name or col_type column. Meta files have col_name and col_type columns; see data/README.md."],
  ["filename spaces", "data/filename spaces.csv:11:7  warning  region_name \"E12000003 Yorkshire and the Humber\" is not a pair the ONS codes give: the standard pairs are E12000003 Yorkshire and The Humber. Check the code and name against the standard geography lookup (case matters)."],
  ["filter_group", "data/filter_group.meta.csv:6:8  warning  The meta file gives indicator \"sess_unauthorised_percent\" a filter_grouping_column, which only filters have; ignored. Leave filter_grouping_column blank for indicators."],
  ["filter_group_duplicate", "data/filter_group_duplicate.meta.csv:10:8  warning  Grouping column \"school_phase\" groups more than one filter. Give each filter its own grouping column."],
  ["filter_group_level", "data/filter_group_level.csv:1  warning  Grouping column \"school_type\" has more levels (4) than the filter it groups, \"school_kind\" (3): the hierarchy looks the wrong way round. Swap them in the meta file: the finer breakdown is the filter, the coarser its grouping column."],
  ["filter_group_match", "data/filter_group_match.csv:1:11  warning  Column \"school_phase\" is not in the meta file, so it is not read (EES reads only the columns a meta file describes). Add a row for it to the meta file."],
  ["filter_group_stripped", "data/filter_group_stripped.csv:1  warning  Column \"school_phase\" has levels that differ only in spaces or punctuation: \"Individual\", \"Individu--al\", \"Indiv  idual\", \"Combined\", \"Comb ined\", \"Comb-ined\". Write each level one way."],
  ["filter_hint", "data/filter_hint.meta.csv:5:7  warning  The meta file gives indicator \"sess_authorised_percent\" a filter_hint, which only filters have; ignored. Leave filter_hint blank for indicators."],
  ["filter_level", "data/filter_level.csv:1  warning  Filter \"school_type\" has only one level (\"State-funded primary\"), so it tells no rows apart. Remove it from the meta file, or keep it as a note."],
  ["geographic_catch", "data/geographic_catch.meta.csv:9:1  warning  Filter \"schoolName\" looks like a geographic column; EES places rows by its geography columns, not by filters. Use the standard geography columns for places, and remove this row from the meta file."],
  ["geographic_level", "data/geographic_level.csv:2:3  warning  geographic_level \"Nation\" is not a level the standard names; the place is shown by level only. Use a standard level such as National, Regional or Local authority, with its code and name columns."],
  ["geography_level_completed", "data/geography_level_completed.csv:33:7  warning  Row is at level \"Regional\" but its \"region_name\" cell is blank. Fill in region_name for Regional rows; write x for a code that is not available."],
  ["geography_level_present", "data/geography_level_present.csv:5  warning  Rows are at level \"Regional\" but the file has no \"region_name\" column; those places are named by level only. Add a region_name column naming each Regional place."],
  ["ignored_rows", "data/ignored_rows.csv  warning  Rows at school, provider, institution or planning area level are not read in a file that has rows at other levels, as EES reads them: 9 at level School. Publish those rows in a file of their own."],
  ["indicator_dp", "data/indicator_dp.meta.csv:9:6  warning  The meta file gives filter \"school_type\" a indicator_dp, which only indicators have; ignored. Leave indicator_dp blank for filters."],
  ["indicator_dp_completed", "data/indicator_dp_completed.csv:11:7  warning  region_name \"E12000003 Yorkshire and the Humber\" is not a pair the ONS codes give: the standard pairs are E12000003 Yorkshire and The Humber. Check the code and name against the standard geography lookup (case matters)."],
  ["indicator_dp_negative", "data/indicator_dp_negative.meta.csv:6:6  warning  indicator_dp \"-2\" is not blank, zero or a whole number of decimal places; 2 are shown. Write the number of decimal places, such as 0 or 1."],
  ["indicator_dp_nonInteger", "data/indicator_dp_nonInteger.meta.csv:6:6  warning  indicator_dp \"2.5\" is not blank, zero or a whole number of decimal places; 2 are shown. Write the number of decimal places, such as 0 or 1."],
  ["indicator_dp_validation", "data/indicator_dp_validation.meta.csv:6:6  warning  indicator_dp \"two\" is not blank, zero or a whole number of decimal places; 2 are shown. Write the number of decimal places, such as 0 or 1."],
  ["indicator_group_stripped", "data/indicator_group_stripped.meta.csv:9:4  warning  The meta file gives filter \"school_type\" a indicator_grouping, which only indicators have; ignored. Leave indicator_grouping blank for filters."],
  ["indicator_grouping", "data/indicator_grouping.meta.csv:9:4  warning  The meta file gives filter \"school_type\" a indicator_grouping, which only indicators have; ignored. Leave indicator_grouping blank for filters."],
  ["indicator_unit", "data/indicator_unit.meta.csv:9:5  warning  The meta file gives filter \"school_type\" a indicator_unit, which only indicators have; ignored. Leave indicator_unit blank for filters."],
  ["indicator_unit_validation", "data/indicator_unit_validation.meta.csv:2:5  warning  indicator_unit \"$\" is not one the standard names; shown as a plain number. Use blank, %, pp, £, £m or numberstring."],
  ["indicators_smushed", "data/indicators_smushed.meta.csv:1  warning  Indicators pupil_count_sex_male, pupil_count_sex_female, pupil_count_white, pupil_count_asian, pupil_count_black name a group in the indicator (a sex or an ethnic group); EES asks for one indicator with a filter for the groups. Pivot the file longer: one indicator column, and a filter column naming each row's group."],
  ["invalid_meta_cols", "data/invalid_meta_cols.meta.csv:1  warning  The meta file has a column the EES standard does not name: invalidColumn; not read. Remove them: a meta file has col_name, col_type, label, indicator_grouping, indicator_unit, indicator_dp, filter_hint and filter_grouping_column, and optionally filter_default and parent_filter."],
  ["invalid_type3", "data/invalid_type3.csv  warning  No meta file: read num_schools, enrolments, sess_overall_percent, sess_authorised_percent, sess_unauthorised_percent, enrolments_pa_10_exact, enrolments_pa_10_exact_percent as indicators and school_type as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators."],
  ["la_col_present", "data/la_col_present.csv:1  warning  The file has some of the columns new_la_code, la_name, old_la_code but not la_name; EES asks for all of them when any is given. Add la_name."],
  ["la_combinations", "data/la_combinations.csv:59:10  warning  la_name \"7777 E06000012 North East Lincolnshire\" is not a pair the ONS codes give: the standard pairs are 812 E06000012 North East Lincolnshire. Check the code and name against the standard geography lookup (case matters)."],
  ["label", "data/label.meta.csv:7:3  warning  The meta file gives column \"enrolments_pa_10_exact\" no label; it is labelled from its name. Give every column a label."],
  ["label_blank_notNA", "data/label_blank_notNA.meta.csv:2:3  warning  The meta file gives column \"staff_count_type\" no label; it is labelled from its name. Give every column a label."],
  ["lad_combinations", "data/lad_combinations.csv:68:10  warning  la_name \"881 E10000012 Not Essex\" is not a pair the ONS codes give: the standard pairs are 881 E10000012 Essex. Check the code and name against the standard geography lookup (case matters)."],
  ["lep_combinations", "data/lep_combinations.csv:68:10  warning  la_name \"881 E10000012 Not Essex\" is not a pair the ONS codes give: the standard pairs are 881 E10000012 Essex. Check the code and name against the standard geography lookup (case matters)."],
  ["lsip_combinations", null],
  ["meta_empty_rows", "data/meta_empty_rows.csv:1:114  error  A column has no name in the header. Name every column, or delete the empty column."],
  ["meta_mandatory_cols", "data/meta_mandatory_cols.meta.csv:1  warning  The meta file has no indicator_dp column, which the EES standard requires. Add them, blank where they do not apply; see data/README.md."],
  ["meta_to_data_crosscheck", "data/meta_to_data_crosscheck.meta.csv:10:1  warning  The meta file describes column \"superfluous_variable\", which the data file does not have; as EES does, every row is read as \"Not specified\" for it. Remove that row from the meta file, or add the column to the data file."],
  ["missing_region_name", "data/missing_region_name.csv:1  warning  The file has some of the columns region_code, region_name but not region_name; EES asks for all of them when any is given. Add region_name."],
  ["multiple_stripped_filter_groups", "data/multiple_stripped_filter_groups.csv:1  warning  Column \"school_phase\" has levels that differ only in spaces or punctuation: \"Primary\", \"Prim  ary\", \"Secondary\", \"Second ary\". Write each level one way."],
  ["na_geography", "data/na_geography.csv:8:9  warning  trust_name \"x ACCORD MULTI ACADEMY TRUST\": a place whose code is x is named \"Not available\", and one named \"Not available\" has the code x. Write the code x with the name \"Not available\"."],
  ["na_geography_code", "data/na_geography_code.csv:8:9  warning  trust_name \"E92000005 Not available\": a place whose code is x is named \"Not available\", and one named \"Not available\" has the code x. Write the code x with the name \"Not available\"."],
  ["naming_convention", "data/naming_convention.csv  warning  No meta file: read num_schools, enrolments, sess_overall_percent, sess_authorised_percent, sess_unauthorised_percent, enrolments_pa_10_exact, enrolments_pa_10_exact_percent as indicators and school_type as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators."],
  ["naming_convention-metaFail", "data/naming_convention-metaFail.csv  warning  No meta file: read num_schools, enrolments, sess_overall_percent, sess_authorised_percent, sess_unauthorised_percent, enrolments_pa_10_exact, enrolments_pa_10_exact_percent as indicators and school_type as filters. Add a .meta.csv file beside the data to say which columns are filters and which indicators."],
  ["naming_convention_meta", "data/naming_convention_meta.csv:1  error  No column holds numbers, so there is nothing to chart. Add at least one indicator column, and say so in the meta file."],
  ["no_data_symbols", "data/no_data_symbols.csv:12:14  warning  Column \"sess_overall_percent\" uses the older symbol \".\" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files."],
  ["non_standard_headers", "data/non_standard_headers.csv:1  warning  Column names \"major_ethnicity\", \"minor_ethnicity\", \"characteristic_sen_status\" are about SEN or ethnicity but not named as the harmonised standard names them. Use sen_status, sen_primary_need, sen_secondary_need, sen_provision, ethnicity_major, ethnicity_minor, ethnicity_detailed or minority_ethnic."],
  ["not_sch_but_one_filter", "data/not_sch_but_one_filter.csv:2:11  warning  Column \"school_name\" holds \"Total\"; geography columns hold places, never a Total or All. Leave the cell blank on rows at a wider level."],
  ["not_table_tool", "data/not_table_tool.meta.csv:5:7  warning  The meta file gives indicator \"full_time_equivalent\" a filter_hint, which only filters have; ignored. Leave filter_hint blank for indicators."],
  ["notavailable_symbols", "data/notavailable_symbols.csv:24:13  warning  Column \"enrolments\" uses the older symbol \":\" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files."],
  ["null", "data/null.csv:7:12  error  Value \"NULL\" in column \"num_schools\" is neither a number nor a known symbol. Write a number, or a GSS symbol (c, x, z, low, k, u) for a value that is not published."],
  ["ob_unit_meta", "data/ob_unit_meta.meta.csv:10:1  warning  The meta file describes column \"time_period\", which places rows in time or space; that row is ignored. Remove the row: time and geography columns get no rows in a meta file."],
  ["ob_unit_total", "data/ob_unit_total.csv:2:6  warning  Column \"region_code\" holds \"All\"; geography columns hold places, never a Total or All. Leave the cell blank on rows at a wider level."],
  ["observational_total", "data/observational_total.csv:2:6  warning  Column \"region_code\" holds \"Total\"; geography columns hold places, never a Total or All. Leave the cell blank on rows at a wider level."],
  ["other_geography_code_duplicates", "data/other_geography_code_duplicates.csv  warning  Rows at school, provider, institution or planning area level are not read in a file that has rows at other levels, as EES reads them: 4 at level Provider. Publish those rows in a file of their own."],
  ["other_geography_duplicates", "data/other_geography_duplicates.csv  warning  Rows at school, provider, institution or planning area level are not read in a file that has rows at other levels, as EES reads them: 4 at level Provider. Publish those rows in a file of their own."],
  ["overcompleted_cols", "data/overcompleted_cols.csv:2:6  warning  Row is at level \"National\" but fills \"region_code\", a column of a narrower level. Leave region_code blank on National rows."],
  ["passes_everything_ancillary", "data/passes_everything_ancillary.csv:20:18  warning  Column \"pupil_count\" is a count (no unit, no decimal places) but has 6 negative values (lines 20, 21, 22, 23, 24 and 1 more); shown as published. Check those figures; if the column can be negative, give it a label that says what it measures."],
  ["pcon_combinations", "data/pcon_combinations.csv:68:10  warning  la_name \"881 E10000012 Not Essex\" is not a pair the ONS codes give: the standard pairs are 881 E10000012 Essex. Check the code and name against the standard geography lookup (case matters)."],
  ["prov_level_only_dupes", "data/prov_level_only_dupes.csv:4  warning  26 rows repeat a line and period an earlier row gives (lines 4, 5, 11, 19, 20 and 21 more), the first \"AWE PLC\" for 2019/20; the chart shows the first row of each. Add a filter column that tells the rows apart, or remove the repeated rows."],
  ["provider_col_incorrect", "data/provider_col_incorrect.csv:2  warning  Rows are at level \"Provider\" but the file has no \"provider_name\" column; those places are named by level only. Add a provider_name column naming each Provider place."],
  ["region_col_present", "data/region_col_present.csv:1  warning  The file has some of the columns region_code, region_name but not region_code; EES asks for all of them when any is given. Add region_code."],
  ["region_combinations", "data/region_combinations.csv:11:7  warning  region_name \"E12000003 Yorkshire and the Humber\" is not a pair the ONS codes give: the standard pairs are E12000003 Yorkshire and The Humber. Check the code and name against the standard geography lookup (case matters)."],
  ["region_for_la", "data/region_for_la.csv:11:7  warning  region_name \"E12000003 Yorkshire and the Humber\" is not a pair the ONS codes give: the standard pairs are E12000003 Yorkshire and The Humber. Check the code and name against the standard geography lookup (case matters)."],
  ["region_for_lad", "data/region_for_lad.csv:11:7  warning  region_name \"E12000003 Yorkshire and the Humber\" is not a pair the ONS codes give: the standard pairs are E12000003 Yorkshire and The Humber. Check the code and name against the standard geography lookup (case matters)."],
  ["regional_blanks", "data/regional_blanks.csv:7:7  warning  Row is at level \"Regional\" but its \"region_name\" cell is blank. Fill in region_name for Regional rows; write x for a code that is not available."],
  ["roundedzero_symbols", "data/roundedzero_symbols.csv:24:13  warning  Column \"enrolments\" uses the older symbol \"~\" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files."],
  ["rows_to_cols", "data/rows_to_cols.csv:1:114  error  A column has no name in the header. Name every column, or delete the empty column."],
  ["sch_level_missing_col", "data/sch_level_missing_col.csv:1:13  warning  Column \"school_type\" is not in the meta file, so it is not read (EES reads only the columns a meta file describes). Add a row for it to the meta file."],
  ["sch_many_filter", "data/sch_many_filter.meta.csv:3:1  warning  Filter \"school_name\" looks like a geographic column; EES places rows by its geography columns, not by filters. Use the standard geography columns for places, and remove this row from the meta file."],
  ["sch_prov", "data/sch_prov.csv:1:16  warning  Column \"school_type\" is not in the meta file, so it is not read (EES reads only the columns a meta file describes). Add a row for it to the meta file."],
  ["special_characters-+#'@", "data/special_characters-+#'@.csv:11:7  warning  region_name \"E12000003 Yorkshire and the Humber\" is not a pair the ONS codes give: the standard pairs are E12000003 Yorkshire and The Humber. Check the code and name against the standard geography lookup (case matters)."],
  ["time_identifier", "data/time_identifier.csv:2:2  warning  time_identifier \"Academic Year\" is not spelled as the standard spells it; read as Academic year. Write Academic year."],
  ["time_identifier_mix", "data/time_identifier_mix.csv  warning  The file mixes kinds of period that EES does not allow in one file: \"Academic year\", \"Summer term\". Publish each kind of period in a file of its own."],
  ["time_period", "data/time_period.csv:2:1  error  time_period \"2017188\" is not a 4-digit year or a 6-digit pair of years. Write 2017 for one year or 201415 for 2014/15."],
  ["time_period_six", "data/time_period_six.csv:2:1  error  time_period \"201720\" names two years that are not consecutive. A six-digit period is two consecutive years (201415); split longer spans into rows."],
  ["time_validation", "data/time_validation.csv:2:1  error  time_period \"2001Q4\" is not a 4-digit year or a 6-digit pair of years. Write 2017 for one year or 201415 for 2014/15."],
  ["total", "data/total.csv:11:7  warning  region_name \"E12000003 Yorkshire and the Humber\" is not a pair the ONS codes give: the standard pairs are E12000003 Yorkshire and The Humber. Check the code and name against the standard geography lookup (case matters)."],
  ["utf8", "data/utf8.meta.csv  warning  The file is Windows-1252 text, as a spreadsheet saves a plain CSV; read as such. Save it as UTF-8 (in a spreadsheet: CSV UTF-8), as the standard asks."],
  ["ward_combinations", null],
  ["whitespace_filters", "data/whitespace_filters.csv:3:7  warning  Column \"establishment_group\" has 2 levels written with spaces before or after (lines 3, 5), such as \" Special school\"; read trimmed, as EES reads them. Remove the spaces."],
]

describe("DfE's screener: files it rejects", () => {
  it("has an outcome for every file in fail/", async () => {
    expect((await screenerFiles("fail")).sort()).toEqual(FAILS.map(([id]) => id).sort());
  });

  for (const [id, expected] of FAILS) {
    it(`${id}: ${expected === null ? "read, unchecked" : expected.includes("  error  ") ? "an error" : "a warning"}`, async () => {
      const { problems } = await checkDataset(`${SCREENER}/fail`, id, "data", undefined, { standard: true });
      const printed = problems.map(formatProblem);
      if (expected === null) expect(printed.filter((p) => !p.includes("No descriptor"))).toEqual([]);
      else expect(printed).toContain(expected);
    });
  }

  it("names the files whose names cannot be page addresses, as the screener does for spaces and special characters", async () => {
    const { problems } = await datasetIds(`${SCREENER}/fail`, "data");
    const named = problems.map((p) => p.file);
    for (const file of ["data/fails_file validation.csv", "data/filename spaces.csv", "data/special_characters-+#'@.csv"]) expect(named).toContain(file);
  });
});
