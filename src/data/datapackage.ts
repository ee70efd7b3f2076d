/**
 * A Frictionless Data Package (`datapackage.json`) describing several files at once: the
 * resource whose path is a dataset's file is that dataset's descriptor, over the package's own
 * title, description, licences and sources. A resource's table schema gives its columns' labels
 * and hints, and says which hold numbers and which dates.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The resource of a package that is the dataset `id`: its path is `<id>.csv` (in any folder) or its name is `id`. */
function resourceFor(pkg: Json, id: string): Json | null {
  const resources = Array.isArray(pkg.resources) ? pkg.resources.filter(isRecord) : [];
  const named = (r: Json) => typeof r.path === "string" && r.path.replace(/^.*\//, "") === `${id}.csv`;
  return resources.find(named) ?? resources.find((r) => r.name === id) ?? null;
}

/** Frictionless field types that hold numbers, and those that hold periods. */
const NUMBER_TYPES = new Set(["number", "integer"]);
const PERIOD_TYPES = new Set(["date", "year", "yearmonth", "datetime"]);

/** The descriptor's `columns` from a table schema's fields: labels, hints, and roles for numbers and periods. */
function columnsFromSchema(schema: unknown): Json | undefined {
  if (!isRecord(schema) || !Array.isArray(schema.fields)) return undefined;
  const columns: Json = {};
  for (const field of schema.fields.filter(isRecord)) {
    if (typeof field.name !== "string") continue;
    const type = typeof field.type === "string" ? field.type : "";
    columns[field.name] = {
      ...(typeof field.title === "string" ? { label: field.title } : {}),
      ...(typeof field.description === "string" ? { hint: field.description } : {}),
      ...(NUMBER_TYPES.has(type) ? { role: "indicator" } : PERIOD_TYPES.has(type) ? { role: "period" } : {}),
    };
  }
  return columns;
}

/** The descriptor for dataset `id` from a package: the resource's fields over the package's; null when no resource is the dataset. */
export function descriptorFromPackage(pkg: unknown, id: string): Json | null {
  if (!isRecord(pkg)) return null;
  const resource = resourceFor(pkg, id);
  if (!resource) return null;
  const inherited: Json = {};
  for (const key of ["title", "description", "licenses", "sources", "publisher", "released", "notes"]) {
    if (pkg[key] !== undefined) inherited[key] = pkg[key];
  }
  const { name: _name, path: _path, schema, profile: _profile, format: _format, mediatype: _mediatype, encoding: _encoding, ...own } = resource;
  const fromSchema = columnsFromSchema(schema);
  const columns = fromSchema || isRecord(own.columns) ? { ...(fromSchema ?? {}), ...(isRecord(own.columns) ? own.columns : {}) } : undefined;
  return { ...inherited, ...own, ...(columns ? { columns } : {}) };
}
