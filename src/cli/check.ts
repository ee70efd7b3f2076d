/**
 * `npm run check -- <file or folder> …`: checks data exports without building the site, by the
 * same code the build uses, and prints every problem and a summary per file. Exits 1 when any
 * file has errors (the build would stop), 2 when a path cannot be found, 0 otherwise.
 *
 *   node --import tsx src/cli/check.ts data/
 */
import { stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { formatProblem, messages, summaries } from "../data/problems.ts";
import type { Problem } from "../data/types.ts";
import { checkDataset, datasetIds, isDatasetId } from "../node/load-site.ts";
import { fileReport, totals, type CheckedFile } from "./report.ts";

/** A dataset to check: its folder, its id, and how the folder is named in messages. */
interface Target {
  dir: string;
  id: string;
  label: string;
}

/** Checks every path given and returns the exit code; `print` receives each line. */
export async function check(paths: string[], print: (line: string) => void): Promise<number> {
  if (paths.some((p) => p === "--help" || p === "-h")) {
    print(summaries.usage);
    return 0;
  }
  const checked: CheckedFile[] = [];
  let missing = false;
  const standard = paths.includes("--standard");
  const given = paths.filter((p) => p !== "--standard");
  for (const path of given.length ? given : ["data"]) {
    const found = await targets(path);
    if (found === null) {
      print(formatProblem(messages.notFound(path)));
      missing = true;
      continue;
    }
    // A file name that cannot be a page address: the build skips it, so the check says so and goes on.
    for (const problem of found.problems) {
      print(formatProblem(problem));
      checked.push({ file: problem.file, table: null, problems: [problem], unread: 0 });
    }
    for (const { dir, id, label } of found.targets) {
      const { loaded, problems } = await checkDataset(dir, id, label, undefined, { standard });
      const file: CheckedFile = { file: `${label}/${id}.csv`, table: loaded.table, problems, unread: loaded.unread };
      if (!isDatasetId(id)) problems.unshift(messages.badFileName(file.file, `${id}.csv`));
      checked.push(file);
      fileReport(file).forEach((line) => print(line));
      print("");
    }
  }
  print(totals(checked));
  if (missing) return 2;
  return checked.some((f) => f.problems.some((p) => p.severity === "error")) ? 1 : 0;
}

/** The datasets a path names: every dataset in a folder, or the one a file belongs to; null when it does not exist. */
async function targets(path: string): Promise<{ targets: Target[]; problems: Problem[] } | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  const trimmed = path.replace(/[/\\]+$/, "") || path;
  if (info.isDirectory()) {
    const { ids, problems } = await datasetIds(path, trimmed);
    return { targets: ids.map((id) => ({ dir: path, id, label: trimmed })), problems };
  }
  const name = basename(path);
  const id = name.replace(/(\.meta)?\.csv$|\.json$/, "");
  return { targets: [{ dir: dirname(path), id, label: dirname(trimmed) }], problems: [] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await check(process.argv.slice(2), (line) => console.log(line));
}
