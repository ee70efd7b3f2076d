import { access, cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/node/build-site.ts";
import { pageText } from "./page-text.ts";

/** A data folder with one valid dataset, one with bad cells, and one with a name that cannot be an address. */
async function mixedFolder(work: string): Promise<string> {
  const dataDir = join(work, "data");
  await cp("test/site/fixtures/basic", dataDir, { recursive: true });
  await cp("test/site/fixtures/bad-cell", dataDir, { recursive: true });
  await cp("test/site/fixtures/bad-cell/broken.csv", join(dataDir, "Officers 2019.csv"));
  return dataDir;
}

const exists = (path: string) => access(path).then(() => true, () => false);

describe("a data folder where some files have errors", () => {
  let work = "";
  let dataDir = "";
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "skip-errors-"));
    dataDir = await mixedFolder(work);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("stops the build by default, naming every error", async () => {
    const failure = await buildSite({ dataDir, outDir: join(work, "stopped") }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain("3 problems stop the build:");
    expect(failure).toContain('data/broken.csv:3:6  error  Value "12%" in column "officers" has a % sign.');
  });

  describe("with DATA_ERRORS=skip", () => {
    const log: string[] = [];
    let outDir = "";
    beforeAll(async () => {
      outDir = join(work, "skipped");
      await buildSite({ dataDir, outDir, dataErrors: "skip", log: (line) => log.push(line) });
    }, 60_000);

    it("lists every error in the build's output and names the files left out", () => {
      const report = log.find((line) => line.startsWith("3 errors;"));
      expect(report?.split("\n")[0]).toBe("3 errors; DATA_ERRORS=skip leaves out data/Officers 2019.csv, data/broken.csv (named on the home page):");
      expect(report).toContain('data/broken.csv:4:6  error  Value "abc" in column "officers" is neither a number nor a known symbol.');
    });

    it("builds the valid dataset's page and none for the files with errors", async () => {
      expect(await readFile(join(outDir, "datasets/pupils/index.html"), "utf8")).toContain("<h1>Fixture: officers by sex</h1>");
      expect(await exists(join(outDir, "datasets/broken/index.html"))).toBe(false);
      expect(await exists(join(outDir, "data/broken.csv"))).toBe(false);
    });

    it("says on the home page which files are not shown, each with its first errors", async () => {
      const home = pageText(await readFile(join(outDir, "index.html"), "utf8"));
      const notice = home.slice(home.indexOf(" Not shown "), home.indexOf(" Sources of the charts above "));
      expect(notice).toBe(
        [
          " Not shown 2 data files have errors, so they are left out of this site until fixed. npm run check -- data/ lists every problem.",
          ' data/Officers 2019.csv data/Officers 2019.csv error File name "Officers 2019.csv" cannot be a page address. Rename it with lower-case letters, digits and dashes only, e.g. exclusions-2016-17.csv.',
          ' data/broken.csv data/broken.csv:3:6 error Value "12%" in column "officers" has a % sign. Write the number alone (79, not 79%) and give the unit as % in the meta file.',
          ' data/broken.csv:4:6 error Value "abc" in column "officers" is neither a number nor a known symbol. Write a number, or a GSS symbol (c, x, z, low, k, u) for a value that is not published.',
        ].join(""),
      );
      expect(home).toContain("Fixture: officers by sex");
    });
  });
});
