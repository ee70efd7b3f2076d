import { readdir } from "node:fs/promises";
import { messages } from "../data/problems.ts";
import type { Problem } from "../data/types.ts";
import { datasetModel, type DatasetModel } from "../site/model.ts";
import type { LeftOut } from "../site/not-shown.ts";
import { loadDataset, type LoadedDataset, type LoadOptions } from "./load-dataset.ts";
import type { FileProgress } from "./progress.ts";
import type { ProgressHandler } from "./read-csv.ts";

/** Every dataset in the data folder: page models of those without errors, every error found, and the files they were found in. */
export interface SiteData {
  models: DatasetModel[];
  problems: Problem[];
  failed: LeftOut[];
}

/** Dataset ids are file names: lower-case letters, digits, dashes and underscores, so they are safe in URLs. */
const ID = /^[a-z0-9][a-z0-9_-]*$/;

/** Whether a file's name can be a dataset id, and so a page address. */
export function isDatasetId(id: string): boolean {
  return ID.test(id);
}

/** Lists the dataset ids in `dir`: each `<id>.csv` that is not a `.meta.csv`; `label` names the folder in messages. */
export async function datasetIds(dir: string, label = "data"): Promise<{ ids: string[]; problems: Problem[] }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".csv") && !n.endsWith(".meta.csv")).sort();
  const problems: Problem[] = [];
  const ids: string[] = [];
  for (const name of names) {
    const id = name.slice(0, -4);
    if (isDatasetId(id)) ids.push(id);
    else problems.push(messages.badFileName(`${label}/${name}`, name));
  }
  return { ids, problems };
}

/** One dataset as the build reads it: loaded, checked, and turned into its page model with every problem found. */
export interface CheckedDataset {
  loaded: LoadedDataset;
  /** Null when errors left no table to show. */
  model: DatasetModel | null;
  /** Every problem, errors and warnings, from the files and from choosing the charts. */
  problems: Problem[];
}

/** Reads one dataset exactly as the build does; the `check` command calls this too, so both say the same. */
export async function checkDataset(dir: string, id: string, label = "data", onProgress?: ProgressHandler, options: LoadOptions = {}): Promise<CheckedDataset> {
  const loaded = await loadDataset(dir, id, label, onProgress, options);
  if (!loaded.table) return { loaded, model: null, problems: loaded.problems };
  const errors = loaded.problems.filter((p) => p.severity === "error");
  const { model, problems: viewErrors } = datasetModel(id, loaded.descriptor, loaded.table, loaded.problems.filter((p) => p.severity === "warning"));
  return { loaded, model, problems: [...errors, ...viewErrors, ...model.warnings] };
}

/** Loads every dataset in `dir` into page models, leaving out any with errors; files are read one at a time to keep memory flat. */
export async function loadSite(dir: string, onProgress?: (id: string) => FileProgress): Promise<SiteData> {
  const { ids, problems } = await datasetIds(dir);
  const failed: LeftOut[] = problems.map((p) => ({ file: p.file, errors: [p] }));
  const models: DatasetModel[] = [];
  for (const id of ids) {
    const progress = onProgress?.(id);
    const { model, problems: found } = await checkDataset(dir, id, "data", progress?.update);
    progress?.done();
    const errors = found.filter((p) => p.severity === "error");
    problems.push(...errors);
    if (errors.length) failed.push({ file: `data/${id}.csv`, errors });
    else if (model) models.push(model);
  }
  failed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { models, problems, failed };
}
