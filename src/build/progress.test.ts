import { describe, expect, it } from "vitest";
import { progressReporter } from "./progress.ts";

const MB = 1e6;

/** A reporter on a clock the test moves, writing to a list. */
function reporter(terminal: boolean) {
  const lines: string[] = [];
  let clock = 0;
  const output = terminal ? { log: (l: string) => lines.push(l), rewrite: (l: string) => lines.push(`\r${l}`) } : { log: (l: string) => lines.push(l) };
  const start = progressReporter(output, () => clock);
  return { lines, start, at: (ms: number) => (clock = ms) };
}

describe("progressReporter", () => {
  it("reports a large file's rows and speed every half second, then how long it took", () => {
    const r = reporter(false);
    const file = r.start("big");
    r.at(400);
    file.update(40 * MB, 200_000);
    r.at(600);
    file.update(50 * MB, 250_000);
    r.at(1000);
    file.update(90 * MB, 450_000);
    r.at(2000);
    file.update(120 * MB, 600_000);
    file.done();
    expect(r.lines).toEqual(["big: 200,000 rows, 40 MB, 100 MB/s", "big: 450,000 rows, 90 MB, 90 MB/s", "big: 600,000 rows, 120 MB, 60 MB/s", "big: 600,000 rows, 120 MB read in 2.0 s, 60 MB/s"]);
  });

  it("rewrites one line on a terminal and ends it with the summary", () => {
    const r = reporter(true);
    const file = r.start("big");
    r.at(1000);
    file.update(30 * MB, 100_000);
    r.at(3000);
    file.update(60 * MB, 200_000);
    file.done();
    expect(r.lines).toEqual(["\rbig: 100,000 rows, 30 MB, 30 MB/s", "\rbig: 200,000 rows, 60 MB, 20 MB/s", "\rbig: 200,000 rows, 60 MB read in 3.0 s, 20 MB/s\n"]);
  });

  it("says nothing about a small file", () => {
    const r = reporter(false);
    const file = r.start("small");
    file.update(5 * MB, 10_000);
    file.done();
    expect(r.lines).toEqual([]);
  });
});
