import { join } from "node:path";
import { csvHeader, csvRow, symbolLine, viewAbout, viewCsv } from "../site/csv.ts";
import { readmeText, type About } from "../site/readme.ts";
import { chartFile } from "../site/chart-file.ts";
import { downloadPath } from "../site/chart-tools.ts";
import { SITE_NAME } from "../site/layout.ts";
import type { DatasetModel } from "../site/model.ts";
import { datasetPath } from "../site/paths.ts";
import { symbolMeaning } from "../data/symbols.ts";
import type { View } from "../stats/view-types.ts";
import { streamCsv } from "./read-csv.ts";
import type { SiteWriter } from "./site-writer.ts";
import { ZipBuilder } from "./zip.ts";

/**
 * The files readers download, written beside the pages: each chart's figures (CSV), readme and
 * both zipped, and its image (SVG); each dataset in full the same way, every cell made safe for
 * spreadsheets, beside the file as published.
 */

/** A file to write into the built site. */
export interface DownloadFile {
  fileName: string;
  source: string | Uint8Array;
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

/** What a dataset's readme says: its descriptor's title, sources, licence and notes, and the key to its symbols. */
function datasetAbout(m: DatasetModel, options: DownloadOptions): About {
  const symbols = new Set<string>();
  for (const counts of Object.values(m.symbolCounts)) for (const symbol of Object.keys(counts)) symbols.add(symbol);
  return {
    title: m.descriptor.title,
    subtitle: m.descriptor.description,
    sources: m.descriptor.sources,
    licence: licence(m),
    notes: m.descriptor.notes ?? [],
    symbols: [...symbols].map((s) => symbolLine(s, symbolMeaning(s)?.reason ?? "blank")),
    ...(options.siteUrl ? { url: `${options.siteUrl}${datasetPath(m.id)}` } : {}),
  };
}

/** The full dataset, handed to `write` in pieces: the header on line 1, then every row of the file as published, each cell neutralised. */
export async function writeDatasetCsv(dataDir: string, m: DatasetModel, write: (text: string) => void): Promise<void> {
  let piece: string[] = [];
  let size = 0;
  let first = true;
  await streamCsv(join(dataDir, `${m.id}.csv`), (cells) => {
    const row = first ? csvHeader(cells) : csvRow(cells);
    first = false;
    piece.push(row);
    size += row.length;
    if (size < PIECE_CHARS) return;
    write(piece.join(""));
    [piece, size] = [[], 0];
  });
  if (piece.length) write(piece.join(""));
}

/** The readme beside a dataset's CSV. */
export function datasetReadme(m: DatasetModel, options: DownloadOptions): string {
  return readmeText(datasetAbout(m, options), `${m.id}.csv`);
}

/** A dataset's CSV and readme zipped, the CSV's text also handed to `onText` as it is made (to write it beside the zip). */
export async function datasetZip(dataDir: string, m: DatasetModel, options: DownloadOptions, onText: (text: string) => void = () => {}): Promise<Uint8Array> {
  const zip = new ZipBuilder();
  const zipped = zip.entry(`${m.id}.csv`);
  await writeDatasetCsv(dataDir, m, (text) => {
    onText(text);
    zipped.write(text);
  });
  zipped.close();
  zip.add(README_NAME, datasetReadme(m, options));
  return zip.bytes();
}

/**
 * Writes each dataset's files into the built site through `site`, the CSV streamed rather than
 * held: the full CSV, its readme, both zipped, and the file exactly as published.
 */
export async function writeDatasetFiles(dataDir: string, site: SiteWriter, models: DatasetModel[], options: DownloadOptions): Promise<void> {
  for (const m of models) {
    const file = await site.open(downloadPath.datasetCsv(m.id));
    let zip: Uint8Array;
    try {
      zip = await datasetZip(dataDir, m, options, (text) => file.write(text));
    } finally {
      await file.close();
    }
    await site.write(downloadPath.datasetReadme(m.id), datasetReadme(m, options));
    await site.write(downloadPath.datasetZip(m.id), zip);
    await site.copy(join(dataDir, `${m.id}.csv`), `data/${m.id}.csv`);
  }
}

/** The readme's name inside a zip. */
const README_NAME = "readme.txt";

/** A chart's figures, readme and both zipped. */
function viewDownloads(view: View, about: About): DownloadFile[] {
  const csv = viewCsv(view);
  const readme = readmeText(about, `${view.id}.csv`);
  const zip = new ZipBuilder();
  zip.add(`${view.id}.csv`, csv);
  zip.add(README_NAME, readme);
  return [
    { fileName: downloadPath.viewCsv(view.id), source: csv },
    { fileName: downloadPath.viewReadme(view.id), source: readme },
    { fileName: downloadPath.viewZip(view.id), source: zip.bytes() },
  ];
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
      files.push(...viewDownloads(view, viewAbout(view, { licence: licence(m), ...(url ? { url } : {}) })));
      files.push({ fileName: downloadPath.viewSvg(view.id), source: chartFile(view, { siteName: SITE_NAME, ...(url ? { url } : {}) }) });
    }
  }
  return files;
}
