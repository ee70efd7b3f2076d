import { join } from "node:path";
import { csvRow, headerBlock, symbolLine, viewCsv } from "../site/csv.ts";
import { chartFile } from "../site/chart-file.ts";
import { downloadPath } from "../site/chart-tools.ts";
import { SITE_NAME } from "../site/layout.ts";
import type { DatasetModel } from "../site/model.ts";
import { datasetPath } from "../site/pages.ts";
import { symbolMeaning } from "../data/symbols.ts";
import { streamCsv } from "./read-csv.ts";

/**
 * The files readers download, written beside the pages: each chart's figures (CSV) and image
 * (SVG), and each dataset in full with a header block, every cell made safe for spreadsheets.
 */

/** A file to write into the built site. */
export interface DownloadFile {
  fileName: string;
  source: string;
}

/** Options: the site's public address, for "downloaded from" lines. */
export interface DownloadOptions {
  siteUrl?: string;
}

function licence(m: DatasetModel): string {
  return (m.descriptor.licenses ?? []).map((l) => (l.path ? `${l.name} (${l.path})` : l.name)).join("; ");
}

/** The full dataset: its header block, then every row of the file as published, each cell neutralised. */
export async function datasetCsv(dataDir: string, m: DatasetModel, options: DownloadOptions): Promise<string> {
  const symbols = new Set<string>();
  for (const counts of Object.values(m.symbolCounts)) for (const symbol of Object.keys(counts)) symbols.add(symbol);
  const header = headerBlock({
    title: m.descriptor.title,
    subtitle: m.descriptor.description,
    sources: m.descriptor.sources,
    licence: licence(m),
    notes: m.descriptor.notes ?? [],
    symbols: [...symbols].map((s) => symbolLine(s, symbolMeaning(s.replace(/^\[|\]$/g, ""))?.reason ?? "blank")),
    ...(options.siteUrl ? { url: `${options.siteUrl}${datasetPath(m.id)}` } : {}),
  });
  const rows: string[] = [];
  await streamCsv(join(dataDir, `${m.id}.csv`), (cells) => rows.push(csvRow(cells)));
  return header + rows.join("");
}

/** Every download file for the site. */
export async function downloadFiles(dataDir: string, models: DatasetModel[], options: DownloadOptions): Promise<DownloadFile[]> {
  const files: DownloadFile[] = [];
  const seen = new Set<string>();
  for (const m of models) {
    files.push({ fileName: downloadPath.datasetCsv(m.id), source: await datasetCsv(dataDir, m, options) });
    for (const view of [...m.views, ...m.home]) {
      if (seen.has(view.id)) continue;
      seen.add(view.id);
      const url = options.siteUrl ? `${options.siteUrl}${datasetPath(m.id)}#${view.id}` : undefined;
      const csv = viewCsv(view, { licence: licence(m), ...(url ? { url } : {}) });
      if (csv) files.push({ fileName: downloadPath.viewCsv(view.id), source: csv });
      files.push({ fileName: downloadPath.viewSvg(view.id), source: chartFile(view, { siteName: SITE_NAME, ...(url ? { url } : {}) }) });
    }
  }
  return files;
}
