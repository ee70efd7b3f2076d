import { readdir, realpath } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { messages } from "../data/problems.ts";
import type { Problem } from "../data/types.ts";
import { datasetModel, type DatasetModel } from "../site/model.ts";
import { loadDataset } from "./load-dataset.ts";
import type { ProgressHandler } from "./read-csv.ts";

/** Every dataset in the data folder, as page models, with every problem found in any file. */
export interface SiteData {
  models: DatasetModel[];
  problems: Problem[];
}

/** Dataset ids are file names: lower-case letters, digits, dashes and underscores, so they are safe in URLs. */
const ID = /^[a-z0-9][a-z0-9_-]*$/;

/** Lists the dataset ids in `dir`: each `<id>.csv` that is not a `.meta.csv`. */
export async function datasetIds(dir: string): Promise<{ ids: string[]; problems: Problem[] }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".csv") && !n.endsWith(".meta.csv")).sort();
  const problems: Problem[] = [];
  const ids: string[] = [];
  const root = await realpath(dir);
  for (const name of names) {
    const id = name.slice(0, -4);
    const file = `data/${name}`;
    if (!ID.test(id)) {
      problems.push(messages.badFileName(file, name));
      continue;
    }
    const real = await realpath(join(dir, name));
    if (relative(root, real).startsWith("..") || relative(root, real).includes(`..${sep}`)) {
      problems.push(messages.linkOutside(file));
      continue;
    }
    ids.push(id);
  }
  return { ids, problems };
}

/** Loads every dataset in `dir` into page models; files are read one at a time to keep memory flat. */
export async function loadSite(dir: string, onProgress?: (id: string) => ProgressHandler | undefined): Promise<SiteData> {
  const { ids, problems } = await datasetIds(dir);
  const models: DatasetModel[] = [];
  for (const id of ids) {
    const loaded = await loadDataset(dir, id, "data", onProgress?.(id));
    problems.push(...loaded.problems.filter((p) => p.severity === "error"));
    if (!loaded.table) continue;
    const { model, problems: viewProblems } = datasetModel(id, loaded.descriptor, loaded.table, loaded.problems.filter((p) => p.severity === "warning"));
    problems.push(...viewProblems);
    models.push(model);
  }
  return { models, problems };
}
