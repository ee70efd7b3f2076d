import type { ProgressHandler } from "./read-csv.ts";
import { formatPlain } from "../text/number.ts";

/** Files larger than this report progress as they are read. */
const REPORT_FROM_BYTES = 20 * 1024 * 1024;

/** How often the progress line changes, in milliseconds. */
const EVERY_MS = 500;

/** One file's progress: `update` as rows are read, `done` once the file has been read. */
export interface FileProgress {
  update: ProgressHandler;
  done(): void;
}

/** Where progress goes: one line rewritten in place on a terminal, else a line each time. */
export interface ProgressOutput {
  log: (line: string) => void;
  /** Rewrites the current terminal line (ending it when the text ends in a line break); absent when output is not a terminal. */
  rewrite?: (line: string) => void;
}

const count = formatPlain;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/**
 * Progress per file, for files over 20 MB: rows read and MB/s on one line as they are read, and
 * when the file is done, how long it took. Small files say nothing.
 */
export function progressReporter(output: ProgressOutput, now: () => number = () => performance.now()) {
  return (id: string): FileProgress => {
    const started = now();
    let lastShown = -Infinity;
    let last = { bytes: 0, rows: 0 };
    let shown = false;
    const rate = (bytes: number, t: number) => `${(bytes / 1e6 / Math.max((t - started) / 1000, 1e-3)).toFixed(0)} MB/s`;
    return {
      update(bytes, rows) {
        last = { bytes, rows };
        if (bytes < REPORT_FROM_BYTES) return;
        const t = now();
        if (t - lastShown < EVERY_MS) return;
        lastShown = t;
        shown = true;
        const line = `${id}: ${count(rows)} rows, ${mb(bytes)}, ${rate(bytes, t)}`;
        if (output.rewrite) output.rewrite(line);
        else output.log(line);
      },
      done() {
        if (last.bytes < REPORT_FROM_BYTES) return;
        const t = now();
        const line = `${id}: ${count(last.rows)} rows, ${mb(last.bytes)} read in ${((t - started) / 1000).toFixed(1)} s, ${rate(last.bytes, t)}`;
        // On a terminal the summary takes the progress line's place and ends it.
        if (output.rewrite && shown) output.rewrite(`${line}\n`);
        else output.log(line);
      },
    };
  };
}

/** Progress on the process's own output: rewritten in place when it is a terminal. */
export function terminalOutput(log: (line: string) => void): ProgressOutput {
  if (!process.stdout.isTTY) return { log };
  return { log, rewrite: (line) => process.stdout.write(`\r${line}\x1b[K`) };
}
