import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diskWriter, memoryWriter } from "./site-writer.ts";

describe("the disk writer", async () => {
  const root = await mkdtemp(join(tmpdir(), "site-writer-"));
  const site = diskWriter(join(root, "dist"));
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("writes a page into its folder inside the built site", async () => {
    await site.write("datasets/london-officers/places/e09000001/index.html", "<p>City of London</p>");
    expect(await readFile(join(root, "dist/datasets/london-officers/places/e09000001/index.html"), "utf8")).toBe("<p>City of London</p>");
  });

  it("writes a file in pieces", async () => {
    const file = await site.open("downloads/datasets/x.csv");
    file.write("a,b\r\n");
    file.write("1,2\r\n");
    await file.close();
    expect(await readFile(join(root, "dist/downloads/datasets/x.csv"), "utf8")).toBe("a,b\r\n1,2\r\n");
  });

  it("refuses a name that would leave the built site, and writes nothing", async () => {
    await expect(site.write("datasets/../../escaped.html", "x")).rejects.toThrow('The page or download name "datasets/../../escaped.html" would be written outside the built site');
    await expect(readFile(join(root, "escaped.html"))).rejects.toThrow(/ENOENT/);
  });
});

describe("the memory writer", () => {
  it("keeps each file by its name in the site, whole or in pieces, and refuses the same names", async () => {
    const site = memoryWriter();
    await site.write("about/index.html", "<h1>About</h1>");
    const file = await site.open("./downloads/views/v.csv");
    file.write("x\r\n");
    await file.close();
    expect([...site.files]).toEqual([
      ["about/index.html", "<h1>About</h1>"],
      ["downloads/views/v.csv", "x\r\n"],
    ]);
    await expect(site.write("../escaped.html", "x")).rejects.toThrow("would be written outside the built site");
  });
});
