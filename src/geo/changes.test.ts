import { describe, expect, it } from "vitest";
import { authorityByNumber } from "./authorities.ts";
import { changeStatements, formatDate, predecessorsOf, successorsOf } from "./changes.ts";
import { LOOKUP } from "./lookup.ts";

const byNumber = (n: string) => authorityByNumber(n)!;

describe("boundary and code changes", () => {
  it("lists every change from 2009 on, with the date it took effect", () => {
    expect(LOOKUP.changes.map((c) => [c.id, c.date, c.continuity])).toEqual([
      ["2009-bedfordshire", "2009-04-01", "new-areas"],
      ["2009-cheshire", "2009-04-01", "new-areas"],
      ["2013-gateshead-northumberland", "2013-04-01", "minor-boundary-change"],
      ["2019-dorset", "2019-04-01", "new-areas"],
      ["2020-buckinghamshire", "2020-04-01", "same-area"],
      ["2021-northamptonshire", "2021-04-01", "new-areas"],
      ["2023-cumbria", "2023-04-01", "new-areas"],
      ["2023-north-yorkshire", "2023-04-01", "same-area"],
      ["2023-somerset", "2023-04-01", "same-area"],
      ["2025-barnsley-sheffield", "2025-05-01", "minor-boundary-change"],
    ]);
  });

  it("cites a source outside DfE's files for what each change was", () => {
    const titles = new Map(LOOKUP.citations.map((c) => [c.id, c.title]));
    for (const change of LOOKUP.changes) {
      expect(change.citations.length).toBeGreaterThan(0);
      for (const id of change.citations) expect(titles.has(id)).toBe(true);
    }
    expect(titles.get("bcp-order-2018")).toBe("The Bournemouth, Dorset and Poole (Structural Changes) Order 2018");
  });

  it("names Bournemouth, Christchurch and Poole's predecessors with the date", () => {
    const bcp = byNumber("839");
    const [statement, ...others] = changeStatements(bcp);
    expect(others).toEqual([]);
    expect(statement!.date).toBe("1 April 2019");
    expect(statement!.seriesBreak).toBe(true);
    expect(statement!.predecessors.map((a) => [a.number, a.id])).toEqual([
      ["835", "E10000009"],
      ["836", "E06000029"],
      ["837", "E06000028"],
    ]);
    expect(statement!.text).toBe(
      "On 1 April 2019 Bournemouth, Christchurch and Poole was formed. Bournemouth, Poole and Christchurch (then part of Dorset county) became Bournemouth, Christchurch and Poole, and the rest of Dorset county became the Dorset unitary authority. Figures from 2019/20 are for Bournemouth, Christchurch and Poole; earlier figures are for Dorset (to 2018/19), Poole and Bournemouth, which are different areas.",
    );
    expect(statement!.citations.map((c) => c.title)).toEqual(["The Bournemouth, Dorset and Poole (Structural Changes) Order 2018"]);
  });

  it("tells an ended area where its figures went", () => {
    const [statement] = changeStatements(byNumber("928"));
    expect(statement!.text).toBe(
      "On 1 April 2021 Northamptonshire ceased to exist. Northamptonshire was split into two unitary authorities, North Northamptonshire and West Northamptonshire. Its figures end with 2020/21; later figures are for North Northamptonshire and West Northamptonshire, which are different areas.",
    );
    expect(successorsOf(byNumber("909")).map((a) => [a.name, a.id, a.from])).toEqual([
      ["Cumberland", "E06000063", "2023/24"],
      ["Westmorland and Furness", "E06000064", "2023/24"],
    ]);
    expect(predecessorsOf(byNumber("895")).map((a) => a.name)).toEqual(["Cheshire"]);
  });

  it("says a change of code alone keeps one series", () => {
    const [statement] = changeStatements(byNumber("815"));
    expect(statement!.seriesBreak).toBe(false);
    expect(statement!.text).toBe(
      "On 1 April 2023 North Yorkshire county council became a unitary authority for the same area, with a new ONS code; DfE kept its number. (E10000023 became E06000065.) The area did not change, so its figures are one series across the change.",
    );
    const [gateshead] = changeStatements(byNumber("390"));
    expect(gateshead!.text).toContain("(E08000020 and E06000048 became E08000037 and E06000057.) The boundary moved only slightly");
  });

  it("gives an area with no change no statements", () => {
    expect(changeStatements(byNumber("204"))).toEqual([]);
  });

  it("writes dates in words", () => {
    expect(formatDate("2023-04-01")).toBe("1 April 2023");
  });
});
