import { describe, expect, it } from "vitest";
import { withUniqueIds } from "./view-ids.ts";

describe("withUniqueIds", () => {
  it("keeps ids that are already unique, and numbers the repeats in order", () => {
    const views = [{ id: "nat-char-perm-excl-by-fsm-eligible" }, { id: "nat-char-perm-excl-by-fsm-eligible" }, { id: "x" }, { id: "nat-char-perm-excl-by-fsm-eligible" }];
    expect(withUniqueIds(views).map((v) => v.id)).toEqual(["nat-char-perm-excl-by-fsm-eligible", "nat-char-perm-excl-by-fsm-eligible-2", "x", "nat-char-perm-excl-by-fsm-eligible-3"]);
  });

  it("never makes an id that another view already has", () => {
    expect(withUniqueIds([{ id: "a" }, { id: "a-2" }, { id: "a" }]).map((v) => v.id)).toEqual(["a", "a-2", "a-3"]);
  });
});
