import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeInto } from "./write-into.ts";

describe("writeInto", async () => {
  const root = await mkdtemp(join(tmpdir(), "write-into-"));
  const site = join(root, "dist");
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("writes a page into its folder inside the built site", async () => {
    await writeInto(site, "datasets/london-officers/places/e09000001/index.html", "<p>City of London</p>");
    expect(await readFile(join(site, "datasets/london-officers/places/e09000001/index.html"), "utf8")).toBe("<p>City of London</p>");
  });

  it("refuses a name that would leave the built site, and writes nothing", async () => {
    await expect(writeInto(site, "datasets/../../escaped.html", "x")).rejects.toThrow('The page or download name "datasets/../../escaped.html" would be written outside the built site');
    await expect(readFile(join(root, "escaped.html"))).rejects.toThrow(/ENOENT/);
  });
});
