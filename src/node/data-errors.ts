/**
 * What the build does with a data file that has errors, set once by `DATA_ERRORS` (see
 * `vite.config.ts`): stop (the default), or skip that file and build the rest.
 */

/** `stop`: any error stops the build. `skip`: files with errors are listed and left out, the rest are built. */
export type DataErrors = "stop" | "skip";

/** `DATA_ERRORS` as a mode: unset or blank is `stop`; a value that is neither throws, so a typo never ships a site silently missing files. */
export function readDataErrors(value: string | undefined): DataErrors {
  const text = value?.trim().toLowerCase();
  if (!text || text === "stop") return "stop";
  if (text === "skip") return "skip";
  throw new Error(`DATA_ERRORS "${value}" is not a choice. Leave it unset to stop the build on any error, or set DATA_ERRORS=skip to leave out the files with errors and build the rest.`);
}
