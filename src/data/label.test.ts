import { describe, expect, it } from "vitest";
import { labelConcern } from "./label.ts";

describe("labelConcern", () => {
  it("spots text a spreadsheet would run as a formula", () => {
    expect(["=1+2", "@SUM(A1)", "+cmd|' /C calc'!A0", "-A1", "\t=1"].map(labelConcern)).toEqual(["formula", "formula", "formula", "formula", "formula"]);
  });

  it("leaves signed numbers and ranges alone", () => {
    expect(["-10 to 0", "+5", "-0.5", "Total", "A-level"].map(labelConcern)).toEqual([null, null, null, null, null]);
  });

  it("spots markup", () => {
    expect(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a </b>", "<!-- x -->"].map(labelConcern)).toEqual(["markup", "markup", "markup", "markup"]);
    expect(["a < b", "<5 years", "{{7*7}}", "${x}"].map(labelConcern)).toEqual([null, null, null, null]);
  });

  it("spots control and text-direction characters, but not line breaks", () => {
    expect(["\u001b[2J", "left\u202eright", "a\u0000b"].map(labelConcern)).toEqual(["control", "control", "control"]);
    expect(["two\nlines", "crlf\r\ninside"].map(labelConcern)).toEqual([null, null]);
  });
});
