import { loadDataset } from "../src/node/load-dataset.ts";
import { datasetModel } from "../src/site/model.ts";
import { reportAndExit } from "./child.ts";

/**
 * The project's full ingest of one dataset, as the build does it: stream and parse the file,
 * check every row and cell, fold them into the table, and choose the views its page draws.
 *
 *   node --import tsx bench/ingest.ts <data folder> <dataset id>
 */

const [dir, id] = process.argv.slice(2);
if (!dir || !id) throw new Error("Usage: ingest.ts <data folder> <dataset id>");
const started = performance.now();
const loaded = await loadDataset(dir, id);
const table = loaded.table;
const errors = loaded.problems.filter((p) => p.severity === "error");
const model = table ? datasetModel(id, loaded.descriptor, table, []) : null;
const ms = performance.now() - started;
reportAndExit(ms, {
  rows: table?.rows.read ?? 0,
  used: table?.rows.used ?? 0,
  rejected: table?.rows.rejectedLines.length ?? 0,
  kept: table?.observations.length ?? 0,
  views: model?.model.views.length ?? 0,
  errors: [...errors, ...(model?.problems ?? [])].map((p) => p.message).slice(0, 5),
});
