import { parsePeriodText } from "./period-text.ts";
import type { ColumnRoleSetting, ColumnSetting, Descriptor, TwoYearKind, Unit } from "./types.ts";

/**
 * The descriptor's fields that say how to read the data file: column roles and labels, labels
 * for levels, levels renamed between years, and the period and place of a file that has no
 * period or place column. Each field is checked; what cannot be used is reported, never trusted.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const ROLES: ReadonlySet<string> = new Set<ColumnRoleSetting>(["period", "place", "place-code", "level", "filter", "indicator", "indicator-name", "value", "source", "ignore"]);
const TWO_YEARS: ReadonlySet<string> = new Set<TwoYearKind>(["academic-year", "financial-year", "tax-year"]);
const UNITS: ReadonlySet<string> = new Set(["", "%", "pp", "£", "£m", "numberstring"]);

/** One column's setting, or the reason it cannot be used. */
function readSetting(name: string, value: unknown): ColumnSetting | string {
  if (!isRecord(value)) return `columns["${name}"] must be an object.`;
  const { role, period, level, label, unit, decimals, hint, population } = value;
  if (role !== undefined && (typeof role !== "string" || !ROLES.has(role))) return `columns["${name}"].role must be one of ${[...ROLES].join(", ")}.`;
  if (period !== undefined && (typeof period !== "string" || !TWO_YEARS.has(period))) return `columns["${name}"].period must be academic-year, financial-year or tax-year.`;
  if (unit !== undefined && (typeof unit !== "string" || !UNITS.has(unit))) return `columns["${name}"].unit must be blank, %, pp, £, £m or numberstring.`;
  if (decimals !== undefined && !(typeof decimals === "number" && Number.isInteger(decimals) && decimals >= 0)) return `columns["${name}"].decimals must be a whole number from 0.`;
  if (population !== undefined && typeof population !== "boolean") return `columns["${name}"].population must be true or false.`;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const setting: ColumnSetting = {};
  if (role !== undefined) setting.role = role as ColumnRoleSetting;
  if (period !== undefined) setting.period = period as TwoYearKind;
  if (text(level) !== undefined) setting.level = text(level);
  if (text(label) !== undefined) setting.label = text(label);
  if (unit !== undefined) setting.unit = unit as Unit;
  if (typeof decimals === "number") setting.decimals = decimals;
  if (text(hint) !== undefined) setting.hint = text(hint);
  if (population === true) setting.population = true;
  return setting;
}

/** A map of maps of text (`labels`, `rename`): entries that are not text are reported. */
function readTextMaps(field: string, value: unknown, fail: (detail: string) => void): Record<string, Record<string, string>> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return void fail(`Field "${field}" must be an object of columns, each an object of text.`);
  const out: Record<string, Record<string, string>> = Object.create(null);
  for (const [column, map] of Object.entries(value)) {
    if (!isRecord(map)) {
      fail(`${field}["${column}"] must be an object of text.`);
      continue;
    }
    const entries = Object.entries(map).filter(([, v]) => typeof v === "string") as [string, string][];
    if (entries.length !== Object.keys(map).length) fail(`${field}["${column}"] must give text for every entry.`);
    out[column] = Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(entries));
  }
  return out;
}

/** The descriptor's reading fields, with a message for each that cannot be used. */
export function readReadingFields(obj: Json, fail: (detail: string) => void): Pick<Descriptor, "columns" | "labels" | "rename" | "period" | "place"> {
  const out: Pick<Descriptor, "columns" | "labels" | "rename" | "period" | "place"> = {};
  if (obj.columns !== undefined) {
    if (!isRecord(obj.columns)) fail('Field "columns" must be an object of column names, each with its setting.');
    else {
      const columns: Record<string, ColumnSetting> = Object.create(null);
      for (const [name, value] of Object.entries(obj.columns)) {
        const setting = readSetting(name, value);
        if (typeof setting === "string") fail(setting);
        else columns[name] = setting;
      }
      out.columns = columns;
    }
  }
  const labels = readTextMaps("labels", obj.labels, fail);
  if (labels) out.labels = labels;
  const rename = readTextMaps("rename", obj.rename, fail);
  if (rename) out.rename = rename;
  if (obj.period !== undefined) {
    if (typeof obj.period !== "string" || parsePeriodText(obj.period).kind !== "period") fail('Field "period" must be a period such as "2019", "2019/20", "March 2019" or "2019-03-31".');
    else out.period = obj.period;
  }
  if (obj.place !== undefined) {
    const place = obj.place;
    if (!isRecord(place) || typeof place.level !== "string" || typeof place.name !== "string") fail('Field "place" needs a "level" and a "name".');
    else out.place = { level: place.level, name: place.name, ...(typeof place.code === "string" ? { code: place.code } : {}) };
  }
  return out;
}
