/**
 * `npm run build`: builds the site as `vite build` does. When the data has errors that stop the
 * build, it prints them, one per line as `npm run check` does, and exits 1: the problems are the
 * publisher's to fix, and a stack trace under them would only hide them. Any other failure is a
 * fault in the build itself and is thrown with its trace.
 *
 *   node --import tsx src/cli/build.ts
 */
import { pathToFileURL } from "node:url";
import { build, type InlineConfig } from "vite";
import { DATA_PLUGIN } from "../node/plugin.ts";

/** The message of a build stopped by the data's problems, or null for any other failure. */
export function dataStop(error: unknown): string | null {
  const errors = (error as { errors?: { plugin?: string; message?: string }[] } | null)?.errors;
  const stop = errors?.find((e) => e.plugin === DATA_PLUGIN && typeof e.message === "string");
  return stop?.message ?? null;
}

/** Builds the site; returns the exit code, printing a data stop through `print`. */
export async function buildCommand(config: InlineConfig, print: (text: string) => void): Promise<number> {
  try {
    await build(config);
    return 0;
  } catch (error) {
    const message = dataStop(error);
    if (message === null) throw error;
    print(message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await buildCommand({}, (text) => process.stderr.write(`${text}\n`));
}
