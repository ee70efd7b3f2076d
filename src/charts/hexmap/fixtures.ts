/**
 * A literal hex map view for tests and the snapshot gallery: permanent exclusions as a
 * percentage of pupils, 2021/22, as DfE's local authority interactive tool publishes them
 * (TotPermEx), for a handful of authorities. Camden's and the Isles of Scilly's figures are
 * replaced by a suppressed and a not-available cell to show how missing figures are drawn.
 */

import { parsePeriod } from "../../data/period.ts";
import type { Cell, Indicator, Period, Source } from "../../data/types.ts";
import type { HexMapArea, HexMapView } from "./types.ts";

const rate: Indicator = { column: "TotPermEx", label: "permanent exclusions as a percentage of pupils", unit: "%", decimals: 2 };

const lait: Source = {
  id: "lait",
  title: "Local authority interactive tool (LAIT): TotPermEx, 2021/22",
  publisher: "Department for Education",
  date: "2025-07-01",
  path: "https://github.com/dfe-analytical-services/local-authority-interactive-tool/blob/2e30e3959a6ab8b2d22941b84764da41a40ac91b/01_data/02_prod/bds_long_0.parquet",
  locator: "Short Desc TotPermEx, Years 2021/22",
};

/** An academic year period from its EES `time_period`; throws on a typo in a fixture. */
export function academicYear(timePeriod: string): Period {
  const result = parsePeriod(timePeriod, "Academic year");
  if (result.kind !== "period") throw new Error(`Bad fixture period ${timePeriod}`);
  return result.period;
}

const value = (v: number): Cell => ({ kind: "value", value: v, flags: [] });

function area(code: string, name: string, cell: Cell): HexMapArea {
  return { code, name, cell, href: `/places/${code}/`, source: "lait" };
}

/** Ten authorities: two under codes the map lacks, one recoded area, a zero, one suppressed and one not available. */
export const exclusionsMap: HexMapView = {
  kind: "hexmap",
  id: "permanent-exclusions-map",
  title: "Permanent exclusions as a percentage of pupils, by education authority, 2021/22",
  subtitle: "State-funded primary, secondary and special schools",
  indicator: rate,
  period: academicYear("202122"),
  areas: [
    area("E09000012", "Hackney", value(0.08779)),
    area("E06000010", "Kingston upon Hull, City of", value(0.04963)),
    area("E06000059", "Dorset", value(0.04954)),
    area("E06000058", "Bournemouth, Christchurch and Poole", value(0.14413)),
    area("E06000060", "Buckinghamshire", value(0.01819)),
    area("E06000061", "North Northamptonshire", value(0.12101)),
    area("E06000062", "West Northamptonshire", value(0.06323)),
    area("E09000001", "City of London", value(0)),
    area("E09000007", "Camden", { kind: "missing", reason: "suppressed", symbol: "c" }),
    area("E06000053", "Isles of Scilly", { kind: "missing", reason: "not-available", symbol: "x" }),
  ],
  sources: [lait],
  notes: [],
};
