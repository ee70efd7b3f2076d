import { lineList, nameList, problem, quote, visible, type Place } from "../problem-text.ts";
import type { Problem } from "../types.ts";

/**
 * What is said about an EES file that the dashboard can read but DfE's own checks before
 * publication (its screener) would reject: each a warning shown on the page, saying what EES
 * asks instead. The dashboard reads the file as EES's importer does.
 */
export const standardMessages = {
  metaColumnsMissing(file: string, line: number, missing: string[]): Problem {
    return problem("warning", { file, line }, `The meta file has no ${nameList(missing)} ${missing.length === 1 ? "column" : "columns"}, which the EES standard requires.`, "Add them, blank where they do not apply; see data/README.md.");
  },

  metaColumnsExtra(file: string, line: number, extra: string[]): Problem {
    return problem("warning", { file, line }, `The meta file has ${extra.length === 1 ? "a column" : "columns"} the EES standard does not name: ${nameList(extra)}; not read.`, "Remove them: a meta file has col_name, col_type, label, indicator_grouping, indicator_unit, indicator_dp, filter_hint and filter_grouping_column, and optionally filter_default and parent_filter.");
  },

  metaNoLabel(at: Place): Problem {
    return problem("warning", at, `The meta file gives column ${quote(at.value)} no label; it is labelled from its name.`, "Give every column a label.");
  },

  metaDuplicateLabel(at: Place): Problem {
    return problem("warning", at, `The meta file gives the label ${quote(at.value)} to more than one column.`, "Give each column a label of its own, so readers can tell them apart.");
  },

  metaWrongType(at: Place, type: "Filter" | "Indicator"): Problem {
    const only = type === "Filter" ? "indicators" : "filters";
    return problem("warning", at, `The meta file gives ${type === "Filter" ? "filter" : "indicator"} ${quote(at.value)} a ${visible(at.columnName ?? "")}, which only ${only} have; ignored.`, `Leave ${visible(at.columnName ?? "")} blank for ${type === "Filter" ? "filters" : "indicators"}.`);
  },

  metaBadDecimals(at: Place): Problem {
    return problem("warning", at, `indicator_dp ${quote(at.value)} is not blank, zero or a whole number of decimal places; 2 are shown.`, "Write the number of decimal places, such as 0 or 1.");
  },

  metaGroupingTwice(at: Place): Problem {
    return problem("warning", at, `Grouping column ${quote(at.value)} groups more than one filter.`, "Give each filter its own grouping column.");
  },

  metaGeographicFilter(at: Place): Problem {
    return problem("warning", at, `Filter ${quote(at.value)} looks like a geographic column; EES places rows by its geography columns, not by filters.`, "Use the standard geography columns for places, and remove this row from the meta file.");
  },

  indicatorsSmushed(file: string, line: number, names: string[]): Problem {
    return problem("warning", { file, line }, `Indicators ${nameList(names)} name a group in the indicator (a sex or an ethnic group); EES asks for one indicator with a filter for the groups.`, "Pivot the file longer: one indicator column, and a filter column naming each row's group.");
  },

  spacesInNames(file: string, line: number, names: string[]): Problem {
    return problem("warning", { file, line }, `Column ${names.length === 1 ? "name" : "names"} ${nameList(names.map((n) => `"${n}"`))} ${names.length === 1 ? "has" : "have"} spaces, which EES does not allow.`, "Use snake_case: lower-case letters, digits and underscores.");
  },

  filterWhitespace(at: Place, count: number, lines: number[]): Problem {
    return problem("warning", at, `Column ${quote(at.columnName)} has ${count} ${count === 1 ? "level" : "levels"} written with spaces before or after (${lineList(lines, count)}), such as ${quote(at.value)}; read trimmed, as EES reads them.`, "Remove the spaces.");
  },

  filterBlank(at: Place): Problem {
    return problem("warning", at, `Column ${quote(at.columnName)} has blank cells (the first on line ${at.line}); read as "Not specified", as EES reads them.`, "Give every filter cell a value, such as Total or Unknown.");
  },

  filterSingular(file: string, line: number, column: string, level: string): Problem {
    return problem("warning", { file, line, columnName: column }, `Filter ${quote(column)} has only one level (${quote(level)}), so it tells no rows apart.`, "Remove it from the meta file, or keep it as a note.");
  },

  identifierSpelling(at: Place, standard: string): Problem {
    return problem("warning", at, `time_identifier ${quote(at.value)} is not spelled as the standard spells it; read as ${visible(standard)}.`, `Write ${visible(standard)}.`);
  },

  identifiersMixed(file: string, identifiers: string[]): Problem {
    return problem("warning", { file }, `The file mixes kinds of period that EES does not allow in one file: ${nameList(identifiers.map((i) => `"${i}"`))}.`, "Publish each kind of period in a file of its own.");
  },

  levelSpelling(at: Place, standard: string): Problem {
    return problem("warning", at, `geographic_level ${quote(at.value)} is not spelled as the standard spells it; read as ${visible(standard)}.`, `Write ${visible(standard)}.`);
  },

  placeMismatch(at: Place, written: string, known: string): Problem {
    return problem("warning", at, `${visible(at.columnName ?? "")} ${quote(written)} is not a pair the ONS codes give: the standard pairs are ${visible(known)}.`, "Check the code and name against the standard geography lookup (case matters).");
  },

  totalInPlace(at: Place): Problem {
    return problem("warning", at, `Column ${quote(at.columnName)} holds ${quote(at.value)}; geography columns hold places, never a Total or All.`, "Leave the cell blank on rows at a wider level.");
  },

  columnSetPart(file: string, line: number, set: string[], missing: string[]): Problem {
    return problem("warning", { file, line }, `The file has some of the columns ${nameList(set)} but not ${nameList(missing)}; EES asks for all of them when any is given.`, `Add ${nameList(missing)}.`);
  },

  notHarmonised(file: string, line: number, names: string[]): Problem {
    return problem("warning", { file, line }, `Column ${names.length === 1 ? "name" : "names"} ${nameList(names.map((n) => `"${n}"`))} ${names.length === 1 ? "is" : "are"} about SEN or ethnicity but not named as the harmonised standard names them.`, "Use sen_status, sen_primary_need, sen_secondary_need, sen_provision, ethnicity_major, ethnicity_minor, ethnicity_detailed or minority_ethnic.");
  },

  groupsOverFilter(file: string, line: number, group: string, filter: string, groups: number, levels: number): Problem {
    return problem("warning", { file, line, columnName: group }, `Grouping column ${quote(group)} has more levels (${groups}) than the filter it groups, ${quote(filter)} (${levels}): the hierarchy looks the wrong way round.`, "Swap them in the meta file: the finer breakdown is the filter, the coarser its grouping column.");
  },

  groupsStripped(file: string, line: number, column: string, levels: string[]): Problem {
    return problem("warning", { file, line, columnName: column }, `Column ${quote(column)} has levels that differ only in spaces or punctuation: ${nameList(levels.map((l) => `"${l}"`))}.`, "Write each level one way.");
  },

  notAvailablePair(at: Place): Problem {
    return problem("warning", at, `${visible(at.columnName ?? "")} ${quote(at.value)}: a place whose code is x is named "Not available", and one named "Not available" has the code x.`, 'Write the code x with the name "Not available".');
  },

  ethnicityGroup(at: Place): Problem {
    return problem("warning", at, `characteristic_group ${quote(at.value)} is about ethnicity but is not named as the harmonised standard names it.`, "Use Ethnicity Major, Ethnicity Minor, Ethnicity Detailed or Minority Ethnic (or these with other filters joined by \"and\").");
  },

  overcompleted(at: Place, level: string): Problem {
    return problem("warning", at, `Row is at level ${quote(level)} but fills ${quote(at.columnName)}, a column of a narrower level.`, `Leave ${visible(at.columnName ?? "")} blank on ${visible(level)} rows.`);
  },
} as const;
