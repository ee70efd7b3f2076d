import { describe, expect, it } from "vitest";
import { scaleLinear } from "d3-scale";
import { timeTicks, valueTicks } from "./axes.ts";
import { textWidth } from "./text.ts";

const font = { size: 13 };

describe("timeTicks", () => {
  const domain: [number, number] = [Date.UTC(2010, 8, 1), Date.UTC(2020, 8, 1)];
  const at = (width: number) => (t: number): number => ((t - domain[0]) / (domain[1] - domain[0])) * width;

  it("labels every year when there is room", () => {
    expect(timeTicks(domain, at(600), font).map((t) => t.text)).toEqual(
      ["2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020"],
    );
  });

  it("thins year labels until they cannot touch", () => {
    const ticks = timeTicks(domain, at(260), font);
    expect(ticks.map((t) => t.text)).toEqual(["2012", "2014", "2016", "2018", "2020"]);
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThan(textWidth("2020", font));
    }
  });

  it("ticks academic years as they are written, under the middle of each year, thinned until the labels cannot touch", () => {
    // 2011/12 to 2016/17: 1 September 2011 to 1 September 2017, as the national characteristics file spans.
    const years: [number, number] = [Date.UTC(2011, 8, 1), Date.UTC(2017, 8, 1)];
    const across = (width: number) => (t: number): number => ((t - years[0]) / (years[1] - years[0])) * width;
    const academic = Array.from({ length: 6 }, () => ({ kind: "academic-year" as const }));
    const wide = timeTicks(years, across(600), font, 12, academic);
    expect(wide.map((t) => t.text)).toEqual(["2011/12", "2012/13", "2013/14", "2014/15", "2015/16", "2016/17"]);
    expect(wide[0]!.x).toBeCloseTo(50, 0);
    expect(timeTicks(years, across(200), font, 12, academic).map((t) => t.text)).toEqual(["2011/12", "2013/14", "2015/16"]);
    // Calendar years keep calendar ticks.
    expect(timeTicks(years, across(600), font, 12, [{ kind: "calendar-year" }]).map((t) => t.text)).toEqual(["2012", "2013", "2014", "2015", "2016", "2017"]);
  });

  it("falls back to months for a span under two years", () => {
    const short: [number, number] = [Date.UTC(2019, 0, 1), Date.UTC(2019, 6, 1)];
    const ticks = timeTicks(short, (t) => ((t - short[0]) / (short[1] - short[0])) * 600, font);
    expect(ticks[0]!.text).toBe("Jan 2019");
  });
});

describe("valueTicks", () => {
  it("formats ticks in the unit with the decimals the step needs", () => {
    expect(valueTicks(scaleLinear().domain([0, 1]), 5, { unit: "%" }).map((t) => t.text)).toEqual([
      "0.0%", "0.2%", "0.4%", "0.6%", "0.8%", "1.0%",
    ]);
    expect(valueTicks(scaleLinear().domain([0, 5000]), 5, { unit: "" }).map((t) => t.text).at(-1)).toBe("5,000");
  });
});
