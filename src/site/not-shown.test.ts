import { describe, expect, it } from "vitest";
import type { Problem } from "../data/types.ts";
import { notShownSection } from "./not-shown.ts";

const error = (line: number): Problem => ({ severity: "error", file: "data/x.csv", line, column: 6, message: `Bad <b>${line}</b>.`, fix: "Fix it." });

describe("the Not shown notice", () => {
  it("is absent when every file was built", () => {
    expect(notShownSection([]).value).toBe("");
  });

  it("quotes a file's first three errors, escaped, and counts the rest", () => {
    const markup = notShownSection([{ file: "data/x.csv", errors: [1, 2, 3, 4, 5].map(error) }]).value;
    expect(markup).toContain("<p>One data file has errors, so it is left out of this site until fixed.");
    expect(markup).toContain(
      "<li><code>data/x.csv</code><ul><li><code>data/x.csv:1:6  error  Bad &lt;b&gt;1&lt;/b&gt;. Fix it.</code></li><li><code>data/x.csv:2:6  error  Bad &lt;b&gt;2&lt;/b&gt;. Fix it.</code></li><li><code>data/x.csv:3:6  error  Bad &lt;b&gt;3&lt;/b&gt;. Fix it.</code></li><li>and 2 more errors</li></ul></li>",
    );
  });
});
