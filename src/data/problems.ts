import { cellsMessages } from "./messages/cells.ts";
import { descriptorMessages } from "./messages/descriptor.ts";
import { filesMessages } from "./messages/files.ts";
import { headerMessages } from "./messages/header.ts";
import { labelsMessages } from "./messages/labels.ts";
import { metaMessages } from "./messages/meta.ts";
import { periodsMessages } from "./messages/periods.ts";
import { placesMessages } from "./messages/places.ts";
import { shapeMessages } from "./messages/shape.ts";
import { standardMessages } from "./messages/standard.ts";
import { count, plural } from "./problem-text.ts";

/**
 * Every message a publisher can see about their files, one named function each (grouped by
 * subject in messages/), so the build, the checker and the tests all say exactly the same words.
 */

export { count, formatProblem, plural, quote, visible, type Place } from "./problem-text.ts";

/** Every message, by name. */
export const messages = {
  ...cellsMessages,
  ...labelsMessages,
  ...periodsMessages,
  ...headerMessages,
  ...filesMessages,
  ...placesMessages,
  ...metaMessages,
  ...descriptorMessages,
  ...shapeMessages,
  ...standardMessages,
} as const;

/** The closing words of a check: whether the dashboard can use a file, and the totals over every file. */
export const summaries = {
  usage: [
    "Usage: npm run check -- [--standard] <file or folder> …",
    "Checks data exports as the build reads them, without building the site: every problem as",
    "file:line:column  severity  message, then a summary of each file. With no path, checks data/.",
    "With --standard, also says what DfE's own checks before publication would reject in an EES file.",
    "Exits 1 when a file has errors that would stop the build, 2 when a path does not exist.",
  ].join("\n"),

  verdict(errors: number, warnings: number): string {
    const said = warnings ? `; ${plural(warnings, "warning")} will be shown on its page` : "";
    if (errors) return `The dashboard cannot use this file until ${errors === 1 ? "its error is" : `its ${count(errors)} errors are`} fixed${said}.`;
    return `The dashboard can read this file${said || "; nothing to fix"}.`;
  },

  totals(files: number, failing: number, warnings: number): string {
    const stop = failing ? `${count(failing)} with errors that stop the build` : "no errors";
    return `Checked ${plural(files, "file")}: ${stop}, ${plural(warnings, "warning")}.`;
  },
} as const;

