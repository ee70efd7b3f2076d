import { describe, expect, it } from "vitest";
import { progressReporter } from "./progress.ts";

const MB = 1e6;

/** A reporter on a clock the test moves, writing to a list. */
function reporter(terminal: boolean) {
  const lines: string[] = [];
  let clock = 0;
  const output = terminal ? { log: (l: string) => lines.push(l), rewrite: (l: string) => lines.push(`\r${l}`) } : { log: (l: string) => lines.push(l) };
  const start = progressReporter(output, () => clock);
  /** Feeds a file's progress as `[ms, MB, rows]` steps, then says it is done. */
  const read = (id: string, steps: [number, number, number][]) => {
    const file = start(id);
    for (const [ms, mb, rows] of steps) {
      clock = ms;
      file.update(mb * MB, rows);
    }
    file.done();
  };
  return { lines, read };
}

describe("progressReporter", () => {
  it("reports a large file's rows and speed every half second, then how long it took", () => {
    const r = reporter(false);
    r.read("big", [
      [400, 40, 200_000],
      [600, 50, 250_000],
      [1000, 90, 450_000],
      [2000, 120, 600_000],
    ]);
    expect(r.lines).toEqual(["big: 200,000 rows, 40 MB, 100 MB/s", "big: 450,000 rows, 90 MB, 90 MB/s", "big: 600,000 rows, 120 MB, 60 MB/s", "big: 600,000 rows, 120 MB read in 2.0 s, 60 MB/s"]);
  });

  it("rewrites one line on a terminal and ends it with the summary", () => {
    const r = reporter(true);
    r.read("big", [
      [1000, 30, 100_000],
      [3000, 60, 200_000],
    ]);
    expect(r.lines).toEqual(["\rbig: 100,000 rows, 30 MB, 30 MB/s", "\rbig: 200,000 rows, 60 MB, 20 MB/s", "\rbig: 200,000 rows, 60 MB read in 3.0 s, 20 MB/s\n"]);
  });

  it("says nothing about a small file", () => {
    const r = reporter(false);
    r.read("small", [[0, 5, 10_000]]);
    expect(r.lines).toEqual([]);
  });
});
