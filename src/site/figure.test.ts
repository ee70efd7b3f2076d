import { describe, expect, it } from "vitest";
import { exclusionsByEthnicity } from "../charts/fixtures/exclusions.ts";
import { londonByPhase, londonTrend } from "../charts/fixtures/london.ts";
import { chartFigure, eventKey } from "./figure.ts";

describe("a chart figure", () => {
  it("lists the events its chart numbers, with their dates in words, and nothing for a kind with none", () => {
    expect(String(eventKey(londonTrend))).toBe(
      '<ol class="chart-annotations"><li value="1"><time datetime="2020-03">March 2020</time>: Judicial review claim brought over the Safer Schools scheme and the Public Sector Equality Duty</li></ol>',
    );
    expect(eventKey(londonByPhase)).toBe("");
  });

  it("gives a comparison a picker for its reference group, hidden until the browser wires it, and no other kind one", () => {
    const figure = chartFigure(exclusionsByEthnicity).value;
    expect(figure).toContain(
      '<div class="control" data-reference-picker data-needs-js hidden><label for="exclusions-permanent-by-ethnicity-reference">Compare with</label> <select id="exclusions-permanent-by-ethnicity-reference"><option>Gypsy/Roma</option><option>Black Caribbean</option><option selected>White British</option><option>All pupils</option></select></div>',
    );
    expect(chartFigure(londonTrend).value).not.toContain("data-reference-picker");
  });

  it("says what hollow markers are, only where one is drawn", () => {
    expect(chartFigure(londonTrend).value).toContain("<li>Hollow markers are estimate figures.</li>");
    expect(chartFigure(londonByPhase).value).not.toContain("Hollow markers");
  });
});
