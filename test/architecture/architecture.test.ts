import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { forbiddenImports, importCycles, readSources, relativeSpecifiers, targets, type SourceImports } from "./imports.ts";
import { lineCount, longFunctions } from "./sizes.ts";

/**
 * The runtime boundaries are folders: text, geo, data, stats and charts run anywhere; site writes
 * pages; client runs only in the browser and never reaches the page templates or Node; node and
 * cli run only in Node. Each layer imports only those below it, and no files import each other.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const sources = readSources(ROOT);

describe("the source's import graph", () => {
  it("reads every non-test file under src/", () => {
    const files = sources.map((s) => s.file);
    expect(files).toContain("src/charts/registry.ts");
    expect(files).toContain("src/client/main.ts");
    expect(files.some((f) => f.endsWith(".test.ts"))).toBe(false);
  });

  it("has no import from a layer into one it may not import", () => {
    expect(forbiddenImports(sources)).toEqual([]);
  });

  it("has no cycle: no files import one another, however indirectly", () => {
    expect(importCycles(sources)).toEqual([]);
  });
});

describe("the size of each unit", () => {
  it("has no source file over 400 lines", () => {
    expect(sources.map((s) => ({ file: s.file, lines: lineCount(resolve(ROOT, s.file)) })).filter((f) => f.lines > 400)).toEqual([]);
  });

  it("has no function over 80 lines", () => {
    expect(sources.flatMap((s) => longFunctions(s.file, readFileSync(resolve(ROOT, s.file), "utf8"), 80))).toEqual([]);
  });

  it("measures a function from its first line to its last, named as it is called", () => {
    const body = Array.from({ length: 78 }, (_, i) => `  const x${i} = ${i};`).join("\n");
    const text = `export const short = () => {\n${body}\n};\nfunction long() {\n${body}\n  return 1;\n}\n`;
    expect(longFunctions("src/x.ts", text, 80)).toEqual([{ file: "src/x.ts", line: 81, name: "long", lines: 81 }]);
  });
});

describe("the checker", () => {
  it("finds static, type, re-exported and dynamic imports, and a dynamic import's `${…}` part", () => {
    const text = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b/b.ts";',
      'export { c } from "./c.ts";',
      'import "./style.css";',
      'import { readFile } from "node:fs";',
      'const d = () => import("./d.ts");',
      "const e = (kind: string) => import(`../charts/${kind}/tooltip.ts`);",
      'let f: typeof import("./f.ts") | null = null;',
    ].join("\n");
    expect(relativeSpecifiers("src/client/x.ts", text)).toEqual(["./a.ts", "../b/b.ts", "./c.ts", "./style.css", "./d.ts", "../charts/${kind}/tooltip.ts", "./f.ts"]);
    expect(targets("src/client/x.ts", "../charts/${kind}/tooltip.ts", ["src/charts/trend/tooltip.ts", "src/charts/trend/words.ts", "src/charts/a/b/tooltip.ts"])).toEqual(["src/charts/trend/tooltip.ts"]);
  });

  it("names a forbidden import with the rule it breaks", () => {
    const bad: SourceImports[] = [
      { file: "src/charts/legend.ts", specifiers: ["../site/layout.ts"] },
      { file: "src/client/main.ts", specifiers: ["../node/plugin.ts", "../charts/registry.ts"] },
      { file: "src/site/layout.ts", specifiers: [] },
    ];
    expect(forbiddenImports(bad)).toEqual([
      { file: "src/charts/legend.ts", imports: "src/site/layout.ts", rule: "src/charts/ may import only src/text/, src/geo/, src/data/, src/stats/, src/charts/" },
      { file: "src/client/main.ts", imports: "src/node/plugin.ts", rule: "src/client/ may import only src/text/, src/geo/, src/data/, src/stats/, src/charts/, src/client/" },
    ]);
  });

  it("reports a cycle by its files, however long", () => {
    const cyclic: SourceImports[] = [
      { file: "src/site/a.ts", specifiers: ["./b.ts"] },
      { file: "src/site/b.ts", specifiers: ["./c.ts"] },
      { file: "src/site/c.ts", specifiers: ["./a.ts", "./d.ts"] },
      { file: "src/site/d.ts", specifiers: [] },
    ];
    expect(importCycles(cyclic)).toEqual([["src/site/a.ts", "src/site/b.ts", "src/site/c.ts"]]);
  });
});
