import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";

/**
 * Each measurement runs in a fresh Node process, so one run's heap, caches and JIT state never
 * flatter or burden the next, and its peak memory is its own.
 */

/** What a measuring process reports on its last line of output. */
export interface ChildReport {
  ms: number;
  peakRssMb: number;
  [key: string]: unknown;
}

/** The process's peak resident memory in MB: the kernel's high-water mark, else Node's own figure. */
export function peakRssMb(): number {
  try {
    const kb = /VmHWM:\s+(\d+)\s*kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // Not Linux: fall through.
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** Called by a measuring process when it is done: prints its report as one line of JSON. */
export function reportAndExit(ms: number, extra: Record<string, unknown>): void {
  const report: ChildReport = { ms, peakRssMb: peakRssMb(), ...extra };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/** Runs a bundled program in its own Node process and reads its report. */
export function runChild(program: string, args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [program, ...args], { maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${program} failed: ${stderr || error.message}`));
      const last = stdout.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(last) as ChildReport);
      } catch {
        reject(new Error(`${program} printed no report: ${stdout}${stderr}`));
      }
    });
  });
}
