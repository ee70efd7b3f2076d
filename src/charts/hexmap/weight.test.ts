import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { authorityByNumber, authoritySlug, codeIn, periodStatus } from "../../geo/authorities.ts";
import { academicYear } from "./fixtures.ts";
import { hexMapRows, layoutHexMap, renderHexMap } from "./index.ts";
import type { HexMapArea, HexMapView } from "./types.ts";

/** Every authority's 2023/24 permanent exclusion rate as the interactive tool publishes it (TotPermEx). */
function england2023(): HexMapView {
  const text = readFileSync("test/fixtures/geo/totpermex-2023-24.csv", "utf8");
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const areas: HexMapArea[] = rows.flatMap((row) => {
    const authority = authorityByNumber(row["LA Number"]!)!;
    if (periodStatus(authority, "2023/24") !== "in-period") return [];
    const cell = row.Values === "-" ? { kind: "missing" as const, reason: "not-available" as const, symbol: "x" } : { kind: "value" as const, value: Number(row.Values), flags: [] };
    return [{ code: codeIn(authority, "2023/24"), name: authority.name, cell, href: `/places/${authoritySlug(authority)}/`, source: null }];
  });
  return {
    kind: "hexmap",
    id: "permanent-exclusions-2023-24",
    title: "Permanent exclusions as a percentage of pupils, by education authority, 2023/24",
    subtitle: "",
    indicator: { column: "TotPermEx", label: "permanent exclusions as a percentage of pupils", unit: "%", decimals: 2 },
    period: academicYear("202324"),
    areas,
    sources: [],
    notes: [],
  };
}

describe("the hex map of every authority in 2023/24", () => {
  const view = england2023();
  const layout = layoutHexMap(view, { width: 640, height: 360 });
  const svg = renderHexMap(layout, view);

  it("weighs at most 30 kB gzipped", () => {
    const gzipped = gzipSync(svg).byteLength;
    expect(gzipped).toBeLessThanOrEqual(30_000);
    expect(gzipped).toBeGreaterThan(5_000);
  });

  it("puts 149 of the 153 authorities on hexes, the recoded ones included, and lists the four new ones", () => {
    expect(view.areas).toHaveLength(153);
    expect([...svg.matchAll(/<a href=/g)]).toHaveLength(149);
    expect(layout.notOnMap.map((a) => a.name)).toEqual(["Cumberland", "North Northamptonshire", "West Northamptonshire", "Westmorland and Furness"]);
    const recoded = layout.hexes.filter((h) => h.dataCode && h.dataCode !== h.mapCode).map((h) => [h.mapCode, h.dataCode]);
    expect(recoded).toEqual(expect.arrayContaining([["E10000002", "E06000060"], ["E10000023", "E06000065"], ["E10000027", "E06000066"]]));
    expect(recoded).toHaveLength(3);
  });

  it("says why the Cumbria and Northamptonshire hexes are empty", () => {
    expect(layout.hexes.filter((h) => h.status === "no-row").map((h) => h.accessibleName)).toEqual([
      "Cumbria: no figure for 2023/24: replaced after 2022/23 by Cumberland and Westmorland and Furness, listed beside the map",
      "Northamptonshire: no figure for 2023/24: replaced after 2020/21 by North Northamptonshire and West Northamptonshire, listed beside the map",
    ]);
    expect(hexMapRows(layout)).toHaveLength(155);
  });
});
