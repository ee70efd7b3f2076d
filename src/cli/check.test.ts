import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { check } from "./check.ts";

/** Runs the check in-process and returns what it printed and its exit code. */
async function run(...paths: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await check(paths, (line) => out.push(line));
  return { code, out };
}

describe("npm run check", () => {
  it("prints every problem as file:line:column  severity  message, then a summary, and fails on errors", async () => {
    const { code, out } = await run("test/fixtures/validation/cells.csv");
    expect(out).toEqual([
      "test/fixtures/validation/cells.json  warning  No descriptor file: the page is titled from the file name and cites no sources. Add a .json descriptor with title, description and sources; see data/README.md.",
      'test/fixtures/validation/cells.csv:2:7  error  Value "12%" in column "officers" has a % sign. Write the number alone (79, not 79%) and give the unit as % in the meta file.',
      'test/fixtures/validation/cells.csv:3:7  error  Value "1,2" in column "officers" uses a comma as a decimal point or is an unclear number. Write decimals with a point (1.2), and no thousands separators.',
      'test/fixtures/validation/cells.csv:4:7  error  Value "abc" in column "officers" is neither a number nor a known symbol. Write a number, or a GSS symbol (c, x, z, low, k, u) for a value that is not published.',
      'test/fixtures/validation/cells.csv:5:7  warning  Value "749,750" in column "officers" has thousands separators; read as 749750. Write numbers without separators, as the standard asks.',
      'test/fixtures/validation/cells.csv:6:7  warning  Column "officers" has 1 blank cell (line 6); shown as blank, never as zero. Write a GSS symbol instead of a blank: x for not available, z for not applicable, c for suppressed.',
      'test/fixtures/validation/cells.csv:7:7  warning  Column "officers" uses the older symbol ":" 1 time; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
      "test/fixtures/validation/cells.csv:",
      "  shape: an EES data file; header on line 1",
      "  columns as read:",
      "    1 time_period: the period (time_period), as the EES standard names it",
      "    2 time_identifier: what kind of period (time_identifier), as the EES standard names it",
      "    3 geographic_level: the geographic level, as the EES standard names it",
      "    4 country_code: the place's code, as the EES standard names it",
      "    5 country_name: the place, as the EES standard names it",
      "    6 school_phase: a breakdown (filter), as the meta file says",
      "    7 officers: numbers (indicator), as the meta file says",
      '  to read a column another way, give it a role in the descriptor: "columns": { "<header>": { "role": "filter" } } (period, place, place-code, level, filter, indicator, indicator-name, value, source or ignore); see data/README.md',
      "  rows: 7 read, 4 used, 3 rejected (lines 2, 3, 4)",
      "  columns: 7; 1 filter and 1 indicator, as the meta file says",
      "  filters: school_phase (1 level)",
      "  indicators: officers",
      "  symbols in officers: blank 1, : 1",
      "  periods: 4, 2020 to 2023 (Calendar year)",
      "  places: National 1",
      "  The dashboard cannot use this file until its 3 errors are fixed; 4 warnings will be shown on its page.",
      "",
      "Checked 1 file: 1 with errors that stop the build, 4 warnings.",
    ]);
    expect(code).toBe(1);
  });

  it("prints a clean report for the shipped data, warning only of departures as published: the older layout of a file shipped unchanged, and counts published with decimals", async () => {
    const { code, out } = await run("data/");
    const AS_PUBLISHED = "data/exclusions-by-characteristic-2011-2017.csv";
    expect(out.filter((line) => /  error  /.test(line))).toEqual([]);
    expect(out.filter((line) => /  warning  /.test(line) && !line.startsWith(AS_PUBLISHED))).toEqual([
      'data/exclusions-by-local-authority-2006-2017.csv:4644:14  warning  Column "perm_excl" has 0 decimal places in the meta file but 7 values have decimals (lines 4644, 4646, 5146, 5148, 5984 and 2 more); shown rounded to whole numbers. Set indicator_dp in the meta file to the decimal places published.',
    ]);
    expect(out.filter((line) => line.startsWith("  The dashboard")).filter((line) => line !== "  The dashboard can read this file; nothing to fix.")).toEqual([
      "  The dashboard can read this file; 34 warnings will be shown on its page.",
      "  The dashboard can read this file; 1 warning will be shown on its page.",
    ]);
    expect(out.at(-1)).toMatch(/^Checked \d+ files: no errors, 35 warnings\.$/);
    expect(code).toBe(0);
  });

  it("names the file of a meta file or descriptor it is given by its data file", async () => {
    const { out } = await run("test/fixtures/validation/cells.meta.csv");
    expect(out).toContain("test/fixtures/validation/cells.csv:");
  });

  it("lists a file whose name cannot be a page address, and goes on with the rest of the folder", async () => {
    const { code, out } = await run("test/fixtures/broken/");
    expect(out).toContain(
      'test/fixtures/broken/Bad Name.csv  error  File name "Bad Name.csv" cannot be a page address. Rename it with lower-case letters, digits and dashes only, e.g. exclusions-2016-17.csv.',
    );
    expect(out).toContain("test/fixtures/broken/script-label.csv:");
    expect(out.at(-1)).toMatch(/^Checked 51 files: \d+ with errors that stop the build, \d+ warnings\.$/);
    expect(code).toBe(1);
  });

  it("explains itself when asked", async () => {
    const { code, out } = await run("--help");
    expect(out).toEqual([
      [
        "Usage: npm run check -- [--standard] <file or folder> …",
        "Checks data exports as the build reads them, without building the site: every problem as",
        "file:line:column  severity  message, then a summary of each file. With no path, checks data/.",
        "With --standard, also says what DfE's own checks before publication would reject in an EES file.",
        "Exits 1 when a file has errors that would stop the build, 2 when a path does not exist.",
      ].join("\n"),
    ]);
    expect(code).toBe(0);
  });

  it("exits 2 for a path that does not exist", async () => {
    const { code, out } = await run("test/fixtures/nowhere");
    expect(out).toEqual([
      'test/fixtures/nowhere  error  "test/fixtures/nowhere" is not a file or folder. Give the path of a data file or of a folder of them, e.g. data/.',
      "Checked 0 files: no errors, 0 warnings.",
    ]);
    expect(code).toBe(2);
  });

  it("runs with plain node, as npm run check does, and reads a 5 MB export whole (its speed is measured by npm run bench)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "check-"));
    const lines = ["time_period,time_identifier,geographic_level,country_code,country_name,new_la_code,old_la_code,la_name,school_phase,pupils,officers"];
    let bytes = 0;
    for (let la = 0; bytes < 5 * 1024 * 1024; la++) {
      for (let year = 2000; year < 2020; year++) {
        for (const phase of ["Primary", "Secondary", "Total"]) {
          const period = `${year}${String((year + 1) % 100).padStart(2, "0")}`;
          const line = `${period},Academic year,Local authority,E92000001,England,E0${600000 + la},${la},Authority ${la},${phase},${1000 + la},${la % 7 ? la % 13 : "c"}`;
          lines.push(line);
          bytes += line.length + 1;
        }
      }
    }
    await writeFile(join(dir, "big.csv"), `${lines.join("\n")}\n`);
    const result = await promisify(execFile)("node", ["--import", "tsx", "src/cli/check.ts", join(dir, "big.csv")]).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => error,
    );
    await rm(dir, { recursive: true, force: true });
    expect(result.stdout).toContain("  rows: 54,120 read, 54,120 used, 0 rejected\n");
    expect(result.stdout).toContain("  The dashboard can read this file; 2 warnings will be shown on its page.\n");
    expect(result.code).toBe(0);
  }, 60_000);
});
