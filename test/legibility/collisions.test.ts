import { describe, expect, it } from "vitest";
import { collisions } from "./collisions.ts";
import { chartSvgs, drawnFromSvg } from "./svg-drawn.ts";

/** The legibility check finds what hides a label, and reads the charts' own SVG as the browser draws it. */

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe("collisions", () => {
  it("names two labels that overlap by more than a pixel, and lets ones that touch by a pixel be", () => {
    const labels = [
      { text: "280*", box: box(0, 0, 30, 12), owner: "a", value: true },
      { text: "295", box: box(28, 5, 50, 17), owner: "b", value: true },
      { text: "382", box: box(49.5, 0, 70, 12), owner: "b", value: true },
    ];
    expect(collisions({ labels, markers: [], lines: [] })).toEqual([`"280*" overlaps "295"`]);
  });

  it("names a label on another series' marker or crossed by its line, and a value label struck through by its own line", () => {
    const labels = [{ text: "511", box: box(100, 50, 120, 62), owner: "england", value: true }];
    const own = { runs: [[[90, 56], [130, 56]] as [number, number][]], owner: "england" };
    const other = { runs: [[[110, 0], [110, 100]] as [number, number][]], owner: "uk" };
    const marker = { box: box(115, 58, 127, 70), owner: "uk" };
    expect(collisions({ labels, markers: [marker], lines: [own, other] })).toEqual([
      `"511" sits on a marker of uk`,
      `"511" is struck through by its own line`,
      `"511" is crossed by the line of uk`,
    ]);
    expect(collisions({ labels, markers: [{ ...marker, owner: "england" }], lines: [] })).toEqual([]);
  });

  it("reads text, markers and lines from a chart's SVG, with the series each belongs to", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="chart-trend" id="chart-x" viewBox="0 0 200 100"><title id="t">A &amp; B</title>
<g class="series" data-series="a"><path d="M10,50L190,50" fill="none" stroke="red"/><g class="point" data-series="a"><title>a</title><circle cx="10" cy="50" r="4.5"/></g>
<g class="point" data-series="a"><path transform="translate(190,50)" d="M-4,-4h8v8h-8Z"/></g></g>
<text x="100" y="55" text-anchor="middle" class="value-label" data-series="b">1&amp;2</text></svg>`;
    const [chart] = chartSvgs(`<p>before</p>${svg}<p>after</p>`);
    expect(chart!.id).toBe("chart-x");
    const drawn = drawnFromSvg(chart!.svg);
    expect(drawn.labels.map((l) => [l.text, l.owner, l.value])).toEqual([["1&2", "b", true]]);
    expect(drawn.markers).toEqual([
      { box: box(5.5, 45.5, 14.5, 54.5), owner: "a" },
      { box: box(186, 46, 194, 54), owner: "a" },
    ]);
    expect(drawn.lines).toEqual([{ runs: [[[10, 50], [190, 50]]], owner: "a" }]);
    expect(collisions(drawn)).toEqual([`"1&2" is crossed by the line of a`]);
  });
});
