import { describe, expect, it } from "vitest";
import { checkAccount, describeAccount } from "./row-account.ts";

describe("checkAccount", () => {
  it("passes when every row read is written or left out for a named reason", () => {
    const account = { source: "a.csv", read: 10, written: 7, leftOut: { "no value in any column": 3 } };
    expect(checkAccount(account)).toBe(account);
    expect(describeAccount(account)).toEqual(["a.csv: 10 rows read, 7 written", "  3 left out: no value in any column"]);
  });

  it("stops, naming each count, when rows are lost or counted twice", () => {
    expect(() => checkAccount({ source: "a.csv", read: 10, written: 7, leftOut: { "other measures": 2 } })).toThrow(
      "a.csv: 10 rows read, but 7 written and 2 left out (2 other measures) make 9. Some rows were lost or counted twice",
    );
    expect(() => checkAccount({ source: "b.csv", read: 5, written: 6, leftOut: {} })).toThrow("b.csv: 5 rows read, but 6 written and 0 left out (none) make 6.");
  });
});
