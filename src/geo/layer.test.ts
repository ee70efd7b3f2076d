import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const GEO = "src/geo";

/** Relative imports of each non-test file in src/geo, resolved from the repository root. */
function relativeImports(): { file: string; target: string }[] {
  return readdirSync(GEO)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .flatMap((f) => {
      const text = readFileSync(join(GEO, f), "utf8");
      const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^"';]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
      return specifiers.filter((s) => s.startsWith(".")).map((s) => ({ file: f, target: relative(".", resolve(dirname(join(GEO, f)), s)) }));
    });
}

describe("the places layer", () => {
  it("imports nothing from the project but src/geo and src/text", () => {
    const imports = relativeImports();
    expect(imports.length).toBeGreaterThan(0);
    const outside = imports.filter(({ target }) => !target.startsWith("src/geo/") && !target.startsWith("src/text/"));
    expect(outside).toEqual([]);
  });
});
