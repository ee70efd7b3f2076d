import { formatPlain } from "../src/text/number.ts";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { seededRandom } from "./random.ts";

/**
 * Writes a large export in the EES layout, the same bytes for the same options: national,
 * regional and local authority rows for every academic year, crossed with three filters, five
 * indicators holding numbers, suppressed and other symbols, and labels that need quoting. A
 * meta file and a descriptor go beside it, so the project reads it as it reads a real export.
 */

/** The shape of a generated dataset. */
export interface GenerateOptions {
  dir: string;
  id: string;
  /** Academic years, ending 2023/24. */
  periods: number;
  localAuthorities: number;
  seed: number;
}

/** What was written. */
export interface Generated {
  dir: string;
  id: string;
  csv: string;
  bytes: number;
  rows: number;
}

/** Bump when the generator's output changes, so cached files are written again. */
const VERSION = 1;

const REGIONS = [
  "North East",
  "North West",
  "Yorkshire and The Humber",
  "East Midlands",
  "West Midlands",
  "East of England",
  "London",
  "South East",
  "South West",
];

/** Real local authority names with commas, then made-up ones. */
const LA_NAMES = ["Bristol, City of", "Kingston upon Hull, City of", "Herefordshire, County of", "Durham, County of"];
const LA_STEMS = ["Ashby", "Brampton", "Calder", "Denholme", "Easton", "Fairford", "Granby", "Hollins", "Irwell", "Kirkby", "Langley", "Marden"];
const LA_SUFFIXES = ["", " and District", " Borough", "shire", " Vale", " Heath", " upon Tyne", " Forest", " Moor", " Downs", " Fields", " Bridge", " Marsh"];

const SCHOOL_TYPES = ["Total", "Primary", "Secondary", "Special", 'Alternative provision ("AP"), PRU'];
const SEXES = ["Total", "Boys", "Girls"];

/** Topic and group pairs in the DfE characteristics layout; the first is everyone. */
const GROUPS: [string, string][] = [
  ["Total", "All pupils"],
  ...[
    "White British",
    "Irish",
    "Traveller of Irish heritage",
    "Gypsy/Roma",
    "Any other White background",
    "White and Black Caribbean",
    "White and Black African",
    "White and Asian",
    "Any other mixed background",
    "Indian",
    "Pakistani",
    "Bangladeshi",
    "Chinese",
    "Any other Asian background",
    "Black Caribbean",
    "Black African",
    "Any other Black background",
    "Any other ethnic group",
    "Unclassified",
  ].map((g): [string, string] => ["Ethnicity", g]),
  ...["EHC plan", "SEN support", "No SEN", "Unknown"].map((g): [string, string] => ["SEN provision", g]),
  ...["Eligible for FSM", "Not known to be eligible for FSM", "Unclassified"].map((g): [string, string] => ["Free school meals", g]),
  ...["English", "Other than English", "Unclassified"].map((g): [string, string] => ["First language", g]),
];

const HEADER = [
  "time_period",
  "time_identifier",
  "geographic_level",
  "country_code",
  "country_name",
  "region_code",
  "region_name",
  "old_la_code",
  "new_la_code",
  "la_name",
  "school_type",
  "sex",
  "breakdown_topic",
  "breakdown",
  "source_id",
  "headcount",
  "suspension",
  "suspension_rate",
  "perm_excl",
  "perm_excl_rate",
];

const META = `col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column
school_type,Filter,School type,,,,"Phase or type of school, as the Department names it",
sex,Filter,Sex,,,,,
breakdown_topic,Filter,Breakdown,,,,The pupil characteristic the group belongs to,
breakdown,Filter,Pupil group,,,,,breakdown_topic
source_id,Filter,Source,,,,The publication each figure comes from,
headcount,Indicator,Pupils (headcount),,,0,,
suspension,Indicator,Suspensions,,,0,,
suspension_rate,Indicator,Suspension rate (per 100 pupils),,,2,,
perm_excl,Indicator,Permanent exclusions,,,0,,
perm_excl_rate,Indicator,Permanent exclusion rate (per 100 pupils),,,2,,
`;

function descriptor(rows: number): object {
  return {
    title: `Generated suspensions and exclusions (${formatPlain(rows)} rows)`,
    description: "Made-up figures in the layout of a Department for Education export, for measuring the build. Not real statistics.",
    publisher: "Benchmark generator",
    licenses: [{ name: "CC0" }],
    sources: [
      {
        id: "dfe",
        title: "Generated benchmark data",
        publisher: "Benchmark generator",
        date: "2024",
        path: "",
        locator: "Every row",
      },
    ],
  };
}

/** A cell as CSV writes it: quoted when it holds a comma, quote or line break. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface Place {
  prefix: string;
  weight: number;
}

function places(count: number, random: () => number): Place[] {
  const out: Place[] = [{ prefix: "National,E92000001,England,,,,,", weight: 1 }];
  REGIONS.forEach((name, r) => {
    out.push({ prefix: `Regional,E92000001,England,E1200000${r + 1},${csvCell(name)},,,`, weight: 1 / REGIONS.length });
  });
  for (let i = 0; i < count; i++) {
    const region = i % REGIONS.length;
    const name = LA_NAMES[i] ?? `${LA_STEMS[i % LA_STEMS.length]}${LA_SUFFIXES[Math.floor(i / LA_STEMS.length) % LA_SUFFIXES.length]}${i >= LA_STEMS.length * LA_SUFFIXES.length ? ` ${i}` : ""}`;
    const code = `E0${6 + (i % 3)}${String(100 + i).padStart(6, "0")}`;
    out.push({
      prefix: `Local authority,E92000001,England,E1200000${region + 1},${csvCell(REGIONS[region]!)},${300 + i},${code},${csvCell(name)}`,
      weight: (0.5 + random()) / count,
    });
  }
  return out;
}

/** Shares that sum to one within each topic, everyone's share being one. */
function groupShares(random: () => number): number[] {
  const raw = GROUPS.map(([topic]) => (topic === "Total" ? 1 : 0.2 + random()));
  const sums = new Map<string, number>();
  GROUPS.forEach(([topic], i) => sums.set(topic, (sums.get(topic) ?? 0) + raw[i]!));
  return raw.map((v, i) => v / sums.get(GROUPS[i]![0])!);
}

/** A rate per 100 as published: two decimals, `low` below half a hundredth. */
function rateCell(count: number, headcount: number): string {
  if (headcount === 0) return "z";
  const rate = (count / headcount) * 100;
  return rate > 0 && rate < 0.005 ? "low" : rate.toFixed(2);
}

/** Writes (or reuses) the dataset's three files in `dir`. */
export async function generateDataset(options: GenerateOptions): Promise<Generated> {
  const { dir, id } = options;
  const csv = join(dir, `${id}.csv`);
  const stampPath = join(dir, `${id}.stamp.json`);
  const stamp = JSON.stringify({ VERSION, periods: options.periods, localAuthorities: options.localAuthorities, seed: options.seed });
  const cached = await readFile(stampPath, "utf8").catch(() => "");
  if (cached) {
    const { key, bytes, rows } = JSON.parse(cached) as { key: string; bytes: number; rows: number };
    const size = await stat(csv).then((s) => s.size, () => -1);
    if (key === stamp && size === bytes) return { dir, id, csv, bytes, rows };
  }
  await mkdir(dir, { recursive: true });
  const random = seededRandom(options.seed);
  const out = createWriteStream(csv);
  let buffer = HEADER.join(",") + "\n";
  let bytes = 0;
  let rows = 0;
  const flush = async () => {
    bytes += Buffer.byteLength(buffer);
    if (!out.write(buffer)) await once(out, "drain");
    buffer = "";
  };
  const allPlaces = places(options.localAuthorities, random);
  const shares = groupShares(random);
  const typeWeights = [1, 0.52, 0.42, 0.04, 0.02];
  const typeRisk = [1, 0.3, 1.8, 1.5, 6];
  const groupRisk = GROUPS.map(() => 0.4 + random() * 1.6);
  const groupCells = GROUPS.map(([topic, group]) => `${csvCell(topic)},${csvCell(group)},dfe`);
  const typeCells = SCHOOL_TYPES.map(csvCell);
  const lastYear = 2023;
  for (let p = 0; p < options.periods; p++) {
    const year = lastYear - options.periods + 1 + p;
    const period = `${year}${String((year + 1) % 100).padStart(2, "0")},Academic year,`;
    const latest = p === options.periods - 1;
    const trend = 1 + 0.03 * (p - options.periods / 2) / Math.max(1, options.periods);
    for (const place of allPlaces) {
      for (let t = 0; t < SCHOOL_TYPES.length; t++) {
        for (let s = 0; s < SEXES.length; s++) {
          const sexWeight = s === 0 ? 1 : s === 1 ? 0.51 : 0.49;
          const sexRisk = s === 0 ? 1 : s === 1 ? 1.4 : 0.6;
          const head = `${period}${place.prefix},${typeCells[t]},${SEXES[s]},`;
          for (let g = 0; g < GROUPS.length; g++) {
            const headcount = Math.round(8_000_000 * place.weight * typeWeights[t]! * sexWeight * shares[g]! * trend * (0.9 + 0.2 * random()));
            const rate = 0.07 * typeRisk[t]! * sexRisk * groupRisk[g]! * (0.8 + 0.4 * random());
            const suspensions = Math.round(headcount * rate);
            const exclusions = Math.round(headcount * rate * 0.012);
            const roll = random();
            let headCell = String(headcount);
            if (latest && roll < 0.02) headCell += " [p]";
            let susCell = String(suspensions);
            let susRate = rateCell(suspensions, headcount);
            if (suspensions > 0 && suspensions < 3) susCell = susRate = "c";
            else if (roll > 0.997) susCell = susRate = "x";
            let exCell = String(exclusions);
            let exRate = rateCell(exclusions, headcount);
            if (exclusions > 0 && exclusions < 3) exCell = exRate = "c";
            else if (t === 3 && roll > 0.9) exCell = exRate = "z";
            buffer += `${head}${groupCells[g]},${headCell},${susCell},${susRate},${exCell},${exRate}\n`;
            rows++;
          }
          if (buffer.length > 1 << 20) await flush();
        }
      }
    }
  }
  await flush();
  out.end();
  await once(out, "finish");
  await writeFile(join(dir, `${id}.meta.csv`), META);
  await writeFile(join(dir, `${id}.json`), JSON.stringify(descriptor(rows), null, 2));
  await writeFile(stampPath, JSON.stringify({ key: stamp, bytes, rows }));
  return { dir, id, csv, bytes, rows };
}
