import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { csvText } from "../csv-text.ts";
import { metaText } from "../meta-text.ts";
import { describeAccount } from "../row-account.ts";
import { readDictionary } from "./dictionary.ts";
import { laitMeta } from "./meta.ts";
import { PREPARED } from "./measures.ts";
import { LOOKUP_CODES, type PlaceCodes } from "../places.ts";
import { prepareLait, type LaitRow } from "./transform.ts";

/** Where the tool's published files are kept, byte for byte, under the project root. */
export const LAIT_SOURCES = "sources/dfe-analytical-services/local-authority-interactive-tool/01_data/02_prod";

/** Reads the tool's Parquet file and dictionary and returns each prepared file's text by name, with what became of every row. */
export async function prepareLaitFiles(root: string, places: PlaceCodes = LOOKUP_CODES): Promise<{ outputs: Map<string, string>; report: string[] }> {
  const dir = join(root, LAIT_SOURCES);
  const dictionary = readDictionary(await readFile(join(dir, "lait_data_dictionary.csv"), "utf8"));
  const file = await asyncBufferFromFile(join(dir, "bds_long_0.parquet"));
  const records = await parquetReadObjects({ file, columns: ["Short Desc", "Years", "LA and Regions", "Values", "LA Number", "Region"] });
  const rows: LaitRow[] = records.map((r) => ({
    code: text(r["Short Desc"]),
    years: text(r.Years),
    area: text(r["LA and Regions"]),
    value: text(r.Values),
    laNumber: Number(r["LA Number"]),
    region: text(r.Region),
  }));
  const { files, account } = prepareLait(rows, dictionary, { places });
  const outputs = new Map<string, string>();
  const report = describeAccount(account);
  files.forEach((f, i) => {
    outputs.set(`${f.id}.csv`, csvText(f.header, f.rows));
    outputs.set(`${f.id}.meta.csv`, metaText(laitMeta(PREPARED[i]!, dictionary)));
    report.push(`  ${f.id}.csv: ${f.rows.length} rows; ${f.emptyRowsLeftOut} empty rows left out; ${f.flagged} cells flagged u; ${f.withheld} cells written x as not of the measure's kind`);
  });
  return { outputs, report };
}

function text(value: unknown): string {
  if (typeof value !== "string") throw new Error(`bds_long_0.parquet: expected text, found ${JSON.stringify(value)}`);
  return value;
}
