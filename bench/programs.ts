import { join } from "node:path";
import { build } from "vite";

/**
 * The measured programs, bundled by Vite into plain JavaScript and run by plain Node: neither
 * process then carries the TypeScript loader (a second thread of about 40 MB), so each one's
 * memory is its own work. Packages (papaparse) stay imports, found in node_modules as usual.
 */

/** The measuring programs, by name. */
export const PROGRAMS = ["parse-baseline", "ingest", "site-build"] as const;

/** One of them. */
export type Program = (typeof PROGRAMS)[number];

/** Bundles every program into `outDir`; returns each one's path. */
export async function bundlePrograms(outDir: string): Promise<Record<Program, string>> {
  const root = join(import.meta.dirname, "..");
  await build({
    root,
    configFile: false,
    logLevel: "warn",
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: "node20",
      rolldownOptions: {
        input: Object.fromEntries(PROGRAMS.map((p) => [p, join(import.meta.dirname, `${p}.ts`)])),
        output: { format: "es", entryFileNames: "[name].mjs" },
      },
    },
  });
  return Object.fromEntries(PROGRAMS.map((p) => [p, join(outDir, `${p}.mjs`)])) as Record<Program, string>;
}
