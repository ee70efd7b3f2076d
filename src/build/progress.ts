import type { ProgressHandler } from "./read-csv.ts";

/** Files larger than this report progress as they are read. */
const REPORT_FROM_BYTES = 20 * 1024 * 1024;

/** A progress handler per file: one updating line for large files, nothing for small ones. */
export function progressReporter(log: (line: string) => void, now: () => number = () => performance.now()) {
  return (id: string): ProgressHandler | undefined => {
    const started = now();
    let lastShown = 0;
    return (bytes, rows) => {
      if (bytes < REPORT_FROM_BYTES) return;
      const t = now();
      if (t - lastShown < 500) return;
      lastShown = t;
      const mbPerSecond = bytes / 1e6 / Math.max((t - started) / 1000, 1e-3);
      const line = `${id}: ${rows.toLocaleString("en-GB")} rows, ${(bytes / 1e6).toFixed(0)} MB, ${mbPerSecond.toFixed(0)} MB/s`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
      else log(line);
    };
  };
}
