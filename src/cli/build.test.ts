import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InlineConfig, Plugin } from "vite";
import { clientBundle, dashboard } from "../node/plugin.ts";
import { buildCommand } from "./build.ts";

/** A build of the project with these plugins, as `npm run build` makes it, written to `outDir`. */
function config(outDir: string, plugins: Plugin[]): InlineConfig {
  return { root: resolve("."), configFile: false, logLevel: "silent", base: "./", appType: "mpa", plugins, build: { outDir, emptyOutDir: true, rolldownOptions: clientBundle } };
}

describe("npm run build", () => {
  let outDir = "";
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "build-"));
  });
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it("prints the problems that stop the build, one per line, with no stack trace, and exits 1", async () => {
    const printed: string[] = [];
    const code = await buildCommand(config(outDir, [dashboard({ dataDir: resolve("test/site/fixtures/bad-cell"), log: () => {} })]), (text) => printed.push(text));
    expect(code).toBe(1);
    expect(printed).toEqual([
      [
        "2 problems stop the build:",
        'data/broken.csv:3:6  error  Value "12%" in column "officers" has a % sign. Write the number alone (79, not 79%) and give the unit as % in the meta file.',
        'data/broken.csv:4:6  error  Value "abc" in column "officers" is neither a number nor a known symbol. Write a number, or a GSS symbol (c, x, z, low, k, u) for a value that is not published.',
      ].join("\n"),
    ]);
  }, 60_000);

  it("lets any other failure through with its trace: it is a fault in the build, not in the data", async () => {
    const failing: Plugin = { name: "fails", buildStart: () => { throw new Error("a fault in the build"); } };
    await expect(buildCommand(config(outDir, [failing]), () => {})).rejects.toThrow("a fault in the build");
  }, 60_000);
});
