import { join } from "node:path";
import { csvRow, headerBlock, symbolLine, viewCsv } from "../site/csv.ts";
import { chartFile } from "../site/chart-file.ts";
import { downloadPath } from "../site/chart-tools.ts";
import { SITE_NAME } from "../site/layout.ts";
import type { DatasetModel } from "../site/model.ts";
import { datasetPath } from "../site/pages.ts";
import { symbolMeaning } from "../data/symbols.ts";
import { streamCsv } from "./read-csv.ts";
import type { SiteWriter } from "./site-writer.ts";

/**
 * The files readers download, written beside the pages: each chart's figures (CSV) and image
 * (SVG), and each dataset in full with a header block, every cell made safe for spreadsheets,
 * beside the file as published.
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

/** Text is handed on in pieces of about this many characters, so a dataset of any size is written in flat memory. */
const PIECE_CHARS = 1 << 20;

/** The full dataset, handed to `write` in pieces: its header block, then every row of the file as published, each cell neutralised. */
export async function writeDatasetCsv(dataDir: string, m: DatasetModel, options: DownloadOptions, write: (text: string) => void): Promise<void> {
  const symbols = new Set<string>();
  for (const counts of Object.values(m.symbolCounts)) for (const symbol of Object.keys(counts)) symbols.add(symbol);
  write(
    headerBlock({
      title: m.descriptor.title,
      subtitle: m.descriptor.description,
      sources: m.descriptor.sources,
      licence: licence(m),
      notes: m.descriptor.notes ?? [],
      symbols: [...symbols].map((s) => symbolLine(s, symbolMeaning(s)?.reason ?? "blank")),
      ...(options.siteUrl ? { url: `${options.siteUrl}${datasetPath(m.id)}` } : {}),
    }),
  );
  let piece: string[] = [];
  let size = 0;
  await streamCsv(join(dataDir, `${m.id}.csv`), (cells) => {
    const row = csvRow(cells);
    piece.push(row);
    size += row.length;
    if (size < PIECE_CHARS) return;
    write(piece.join(""));
    [piece, size] = [[], 0];
  });
  if (piece.length) write(piece.join(""));
}

/**
 * Writes each dataset's two files into the built site through `site`, streamed rather than held:
 * the full CSV with notes, and the file exactly as published.
 */
export async function writeDatasetFiles(dataDir: string, site: SiteWriter, models: DatasetModel[], options: DownloadOptions): Promise<void> {
  for (const m of models) {
    const file = await site.open(downloadPath.datasetCsv(m.id));
    try {
      await writeDatasetCsv(dataDir, m, options, (text) => file.write(text));
    } finally {
      await file.close();
    }
    await site.copy(join(dataDir, `${m.id}.csv`), `data/${m.id}.csv`);
  }
}

/** Each chart's download files: its figures as CSV and its image as SVG, small enough to make whole. */
export function viewFiles(models: DatasetModel[], options: DownloadOptions): DownloadFile[] {
  const files: DownloadFile[] = [];
  const seen = new Set<string>();
  for (const m of models) {
    for (const view of [...m.views, ...m.home]) {
      if (seen.has(view.id)) continue;
      seen.add(view.id);
      const url = options.siteUrl ? `${options.siteUrl}${datasetPath(m.id)}#${view.id}` : undefined;
      files.push({ fileName: downloadPath.viewCsv(view.id), source: viewCsv(view, { licence: licence(m), ...(url ? { url } : {}) }) });
      files.push({ fileName: downloadPath.viewSvg(view.id), source: chartFile(view, { siteName: SITE_NAME, ...(url ? { url } : {}) }) });
    }
  }
  return files;
}
