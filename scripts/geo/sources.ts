/**
 * The published files the local authority lookup is built from, each pinned to a commit and a
 * git blob id so a re-run reads exactly the bytes the committed lookup came from.
 *
 * The folder given to the build holds each file at `<owner>+<repository>/<path>`.
 */

import type { SourceFile } from "../../src/geo/types.ts";

const OGL = "Open Government Licence v3.0 (DfE official statistics)";

/** Source ids, used in the lookup to say which file spells a name or uses a code. */
export type SourceId = "reasons" | "clean-la" | "ap" | "lait" | "las" | "regions" | "police";

/** Every input file, in the order the build reads them. */
export const SOURCES: readonly (SourceFile & { id: SourceId })[] = [
  {
    id: "reasons",
    repository: "dfe-analytical-services/exclusion-statistics",
    commit: "7e9dffa183129c79d1e738eb572ab3d25dd1e625",
    path: "data/reasons.csv",
    blob: "c562b1d1411d325944b7db4d3740d78b6ccb762e",
    licence: OGL,
    gives: "Local authority rows 2006/07 to 2016/17: DfE number, ONS code (pre-2013 codes; '.' for the pre-2009 Bedfordshire and Cheshire), name as the old tables spell it, region code with DfE's Inner/Outer London (E13), and England's code",
  },
  {
    id: "clean-la",
    repository: "dfe-analytical-services/exclusion-statistics",
    commit: "7e9dffa183129c79d1e738eb572ab3d25dd1e625",
    path: "data/clean_la_data.csv",
    blob: "bfca59c3523ec2b12f33730644745421dfb113c3",
    licence: OGL,
    gives: "Local authority names 2006/07 to 2016/17 (no numbers or codes; joined to reasons.csv by exact name), which years each has rows, and region names",
  },
  {
    id: "ap",
    repository: "dfe-analytical-services/SEND-AP-Inclusion-Dashboard",
    commit: "b215e61ee7717f3263380f3c9dba53232b1b7c16",
    path: "data/ap/ap_placements_ap_census.csv.gz",
    blob: "36f849ef7884c6c1c50fae552c6df4ad270eb3c6",
    licence: OGL,
    gives: "Local authority rows 2017/18 to 2022/23 (a ZIP archive despite its name): DfE number, ONS code as used each year, ONS-style name, region code and name",
  },
  {
    id: "lait",
    repository: "dfe-analytical-services/local-authority-interactive-tool",
    commit: "2e30e3959a6ab8b2d22941b84764da41a40ac91b",
    path: "01_data/02_prod/bds_long_0.parquet",
    blob: "9e0b44c13f9484159240cc119b5017b6c345aaf5",
    licence: OGL,
    gives: "Local authority and region names and numbers as the interactive tool spells them, region or Inner/Outer London of each authority, and the academic years (2015/16 to 2023/24) with a permanent exclusion or suspension rate (TotPermEx, TotFixedEx) for each number",
  },
  {
    id: "las",
    repository: "dfe-analytical-services/dfe-published-data-qa",
    commit: "bcc7ca543e7fa7c4b6f69c56c37f5cfa387b2a67",
    path: "data/las.csv",
    blob: "2115c5a827a7ea5158d32a3a65c4b0838125854a",
    licence: "MIT (repository); the list of codes is DfE's screener reference data",
    gives: "Every ONS local authority code with its DfE number, name, region and the dates it came into use and ended, including the codes no data file here uses (E06000060 to E06000066 and E08000038/39)",
  },
  {
    id: "regions",
    repository: "dfe-analytical-services/dfe-published-data-qa",
    commit: "bcc7ca543e7fa7c4b6f69c56c37f5cfa387b2a67",
    path: "data/regions.csv",
    blob: "74b5572cf66e23050d10670100b36e7ec01dda74",
    licence: "MIT (repository); DfE's screener reference data",
    gives: "Region codes and names (E12), with Inner and Outer London (E13000001, E13000002)",
  },
  {
    id: "police",
    repository: "dfe-analytical-services/dfe-published-data-qa",
    commit: "bcc7ca543e7fa7c4b6f69c56c37f5cfa387b2a67",
    path: "data/police-force-areas.csv",
    blob: "1864d06a973a7f7ae0854e773041bc7bbabac2ef",
    licence: "MIT (repository); DfE's screener reference data",
    gives: "Police force area codes and names for England (E23) and Wales (W15)",
  },
];

/** The source with this id. */
export function source(id: SourceId): SourceFile & { id: SourceId } {
  const found = SOURCES.find((s) => s.id === id);
  if (!found) throw new Error(`No source "${id}"`);
  return found;
}

/** Where a source sits under the folder given to the build. */
export function sourceLocation(file: SourceFile): string {
  return `${file.repository.replace("/", "+")}/${file.path}`;
}

/** The file a source id names, as error messages write it. */
export function fileOf(id: string): string {
  const found = SOURCES.find((s) => s.id === id);
  return found ? `${found.repository}/${found.path}` : id;
}
