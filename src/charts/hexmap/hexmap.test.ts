import { describe, expect, it } from "vitest";
import { exclusionsMap } from "./fixtures.ts";
import { hexMapChart, hexMapCsvRows, hexMapRows, hexMapWords, joinToHexes, layoutHexMap, renderHexMap } from "./index.ts";
import { ENGLAND_HEXMAP } from "../../geo/hexmap.ts";

const WIDE = { width: 640, height: 360 };
const layout = layoutHexMap(exclusionsMap, WIDE);
const hex = (code: string) => layout.hexes.find((h) => h.mapCode === code)!;

describe("hex map layout", () => {
  it("places all 151 hexes across the width, the legend above, and is JSON-safe", () => {
    expect(layout.hexes).toHaveLength(151);
    expect(layout.width).toBe(640);
    expect(layout.height).toBe(630.6);
    expect(Math.min(...layout.hexes.map((h) => h.y))).toBeGreaterThan(layout.legend[layout.legend.length - 1]!.cy);
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });

  it("joins figures to hexes on ONS codes", () => {
    expect([hex("E09000012").name, hex("E09000012").text, hex("E09000012").href]).toEqual(["Hackney", "0.09%", "/places/E09000012/"]);
  });

  it("draws a figure under a later code of the same area on the earlier code's hex", () => {
    expect([hex("E10000002").dataCode, hex("E10000002").text, hex("E10000002").href]).toEqual(["E06000060", "0.02%", "/places/E06000060/"]);
  });

  it("lists authorities the map has no hex for, with their figures", () => {
    expect(layout.notOnMap.map((a) => [a.code, a.name, a.text, a.href])).toEqual([
      ["E06000061", "North Northamptonshire", "0.12%", "/places/E06000061/"],
      ["E06000062", "West Northamptonshire", "0.06%", "/places/E06000062/"],
    ]);
  });

  it("never bands a missing figure, and says why it is missing", () => {
    expect([hex("E09000007").status, hex("E09000007").bin, hex("E09000007").accessibleName]).toEqual([
      "missing",
      null,
      "Camden: no figure (confidential: suppressed to protect people)",
    ]);
    expect(hex("E06000053").accessibleName).toBe("Isles of Scilly: no figure (not available)");
  });

  it("bands a published zero as a figure, not as missing", () => {
    expect([hex("E09000001").status, hex("E09000001").bin, hex("E09000001").accessibleName]).toEqual([
      "value",
      0,
      "City of London: 0.00% (0.00% to under 0.05%)",
    ]);
  });

  it("says a county hex has no figure because the county had been replaced", () => {
    expect(hex("E10000021").accessibleName).toBe(
      "Northamptonshire: no figure for 2021/22: replaced after 2020/21 by North Northamptonshire and West Northamptonshire, listed beside the map",
    );
    expect(hex("E10000021").href).toBeNull();
  });

  it("stops when two figures are for one area", () => {
    const twice = { ...exclusionsMap, areas: [...exclusionsMap.areas, { ...exclusionsMap.areas[4]!, code: "E10000002" }] };
    expect(() => joinToHexes(twice.areas, ENGLAND_HEXMAP)).toThrow(
      "Two figures for one area on the hex map: E06000060 (Buckinghamshire) and E10000002 (Buckinghamshire) are the same area. Give one figure per area for the period.",
    );
  });
});

describe("hex map drawing", () => {
  const svg = renderHexMap(layout, exclusionsMap);

  it("matches the snapshot", async () => {
    await expect(hexMapChart(exclusionsMap, WIDE)).toMatchFileSnapshot("../__snapshots__/hexmap-exclusions-2021-22.svg");
  });

  it("makes each hex with a figure a link to its area's page, named with its figure and band", () => {
    const links = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["/places/E06000010/", "Kingston upon Hull, City of: 0.05% (0.05% to under 0.10%)"],
      ["/places/E09000007/", "Camden: no figure (confidential: suppressed to protect people)"],
      ["/places/E06000060/", "Buckinghamshire: 0.02% (0.00% to under 0.05%)"],
      ["/places/E09000012/", "Hackney: 0.09% (0.05% to under 0.10%)"],
      ["/places/E09000001/", "City of London: 0.00% (0.00% to under 0.05%)"],
      ["/places/E06000058/", "Bournemouth, Christchurch and Poole: 0.14% (0.10% to 0.15%)"],
      ["/places/E06000059/", "Dorset: 0.05% (0.05% to under 0.10%)"],
      ["/places/E06000053/", "Isles of Scilly: no figure (not available)"],
    ]);
  });

  it("hatches missing figures and never fills them with a band's blue", () => {
    expect(svg).toContain('<a href="/places/E09000007/" aria-label="Camden: no figure (confidential: suppressed to protect people)" data-code="E09000007" data-reason="confidential: suppressed to protect people"><title>Camden: no figure (confidential: suppressed to protect people)</title><use href="#chart-permanent-exclusions-map-hex" x="384" y="387.8" fill="url(#chart-permanent-exclusions-map-missing)"/></a>');
  });

  it("names each band's range in the legend", () => {
    const legend = svg.slice(svg.indexOf('<g class="legend">'), svg.indexOf('<g class="hexes"'));
    expect([...legend.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1])).toEqual([
      "0.00% to under 0.05%",
      "0.05% to under 0.10%",
      "0.10% to 0.15%",
      "No figure (the reason is given for each area)",
    ]);
  });

  it("is a group of links, not an image, so its links reach assistive technology", () => {
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="chart-permanent-exclusions-map-title" aria-describedby="chart-permanent-exclusions-map-desc"/);
    expect(svg).not.toContain('role="img"');
  });

  it("escapes names from the data", () => {
    const hostile = { ...exclusionsMap, areas: [{ ...exclusionsMap.areas[0]!, name: '<script>alert("x")</script>' }] };
    const out = hexMapChart(hostile, WIDE);
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;: 0.09%");
  });
});

describe("hex map table and words", () => {
  const rows = hexMapRows(layout);

  it("has a row for every authority, on the map or not", () => {
    expect(rows).toHaveLength(153);
    expect(rows.filter((r) => !r.onMap).map((r) => r.name)).toEqual(["North Northamptonshire", "West Northamptonshire"]);
    expect(rows.find((r) => r.name === "Hackney")).toEqual({
      code: "E09000012",
      name: "Hackney",
      href: "/places/E09000012/",
      value: "0.09%",
      band: "0.05% to under 0.10%",
      onMap: true,
      note: null,
    });
    expect(rows.find((r) => r.code === "E06000060")!.note).toBe("Shown on the hex for E10000002, the same area's earlier code");
    expect(rows.find((r) => r.name === "Camden")!.band).toBe("none (no figure)");
  });

  it("writes the table as CSV cells", () => {
    const csv = hexMapCsvRows(layout);
    expect(csv[0]).toEqual(["code", "name", "value", "band", "on_map", "note"]);
    expect(csv.find((r) => r[0] === "E06000061")).toEqual(["E06000061", "North Northamptonshire", "0.12%", "0.10% to 0.15%", "no", "Not on the map: it has no hex for this authority"]);
  });

  it("sums the map up and names what is not on it", () => {
    expect(hexMapWords(layout, exclusionsMap)).toEqual({
      summary:
        "Hex map of England's education authorities, one hex each, shaded by permanent exclusions as a percentage of pupils in 2021/22 in 3 bands from 0.00% to 0.15%: 8 authorities have a figure. Highest: Bournemouth, Christchurch and Poole (0.14%). Lowest: City of London (0.00%). 2 hexes have no figure (confidential: suppressed to protect people; not available), shown hatched. 143 hexes have no figure in these data (see the table).",
      notOnMap: "Not on the map, which has no hex for them: North Northamptonshire (0.12%), West Northamptonshire (0.06%).",
    });
  });
});
