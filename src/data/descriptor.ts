import { safeUrl } from "../text/html.ts";
import { labelFromName } from "./columns.ts";
import { readReadingFields } from "./descriptor-columns.ts";
import { readDefinitions } from "./descriptor-definitions.ts";
import { readSharesSpec } from "./shares-spec.ts";
import { messages } from "./problems.ts";
import type { Annotation, AreaSettings, DefinitionSettings, Descriptor, FeaturedView, MeasureSpec, Problem, Source } from "./types.ts";

/** Checks a parsed `<id>.json` descriptor field by field; unusable fields are reported, never trusted. */
export function readDescriptor(file: string, json: unknown, id: string): { descriptor: Descriptor; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (detail: string) => problems.push(messages.descriptorField({ file }, detail));
  const obj = isRecord(json) ? json : (fail("The descriptor is not a JSON object."), {});
  const text = (key: string, fallback = ""): string => {
    const value = obj[key];
    if (value === undefined) return fallback;
    if (typeof value !== "string") return (fail(`Field "${key}" must be text.`), fallback);
    return value;
  };
  const list = (key: string): unknown[] => {
    const value = obj[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) return (fail(`Field "${key}" must be a list.`), []);
    return value;
  };

  const sources: Source[] = [];
  list("sources").forEach((s, i) => {
    const source = readSource(s, i, file, problems);
    if (source) sources.push(source);
  });
  const reading = readReadingFields(obj, fail);
  const annotations: Annotation[] = [];
  list("annotations").forEach((a, i) => {
    if (!isRecord(a) || typeof a.date !== "string" || typeof a.label !== "string" || !/^\d{4}-\d{2}(-\d{2})?$/.test(a.date)) {
      return void fail(`annotations[${i}] needs a "date" (YYYY-MM or YYYY-MM-DD) and a "label".`);
    }
    annotations.push({ date: a.date, label: a.label, sources: stringList(a.sources) });
  });
  const featured = list("featured").flatMap((f, i) => readFeatured(f, i, fail));
  const areas = obj.areas === undefined ? null : readAreas(obj.areas, fail);
  const measures = list("measures").flatMap((m, i) => {
    const spec = readMeasure(m);
    if (typeof spec === "string") fail(`measures[${i}]: ${spec}.`);
    else if (!spec) fail(`measures[${i}] needs an "id", a "label" and, by "type": rate (numerator, denominator, per), published-rate (rate, per) or shares (outcome, population).`);
    return spec && typeof spec !== "string" ? [spec] : [];
  });
  const reference = isRecord(obj.reference)
    ? Object.fromEntries(Object.entries(obj.reference).filter((e): e is [string, string] => typeof e[1] === "string"))
    : {};
  const licenses = list("licenses").flatMap((l, i) => {
    // Frictionless gives a licence a name, a title or both.
    if (isRecord(l) && typeof l.name !== "string" && typeof l.title === "string") l = { ...l, name: l.title };
    if (!isRecord(l) || typeof l.name !== "string") return [];
    const path = typeof l.path === "string" && l.path !== "" ? safeUrl(l.path) : null;
    if (typeof l.path === "string" && l.path !== "" && !path) problems.push(messages.unsafeLink({ file, columnName: `licenses[${i}].path`, value: l.path }));
    return [{ name: l.name, ...(path ? { path } : {}) }];
  });

  return {
    descriptor: {
      title: text("title", labelFromName(id.replace(/-/g, "_"))),
      description: text("description"),
      publisher: text("publisher"),
      released: text("released"),
      licenses,
      sources,
      notes: stringList(obj.notes),
      annotations,
      featured,
      ...(areas ? { areas } : {}),
      ...(obj.forces !== undefined ? { forces: readForces(obj.forces, fail) } : {}),
      sourceColumn: text("sourceColumn", "source_id"),
      measures,
      reference,
      ...reading,
    },
    problems,
  };
}

/** Police force area codes the file's figures are published for; each must be an E23 or W15 code. */
function readForces(f: unknown, fail: (detail: string) => void): string[] {
  if (!Array.isArray(f) || !f.every((x) => typeof x === "string" && /^(E23|W15)\d{6}$/.test(x))) {
    fail(`Field "forces" must be a list of police force area codes such as "E23000001".`);
    return [];
  }
  return f as string[];
}

/** What local area pages take from the file, or nothing (with the reason) when it is not lists of column names. */
function readAreas(a: unknown, fail: (detail: string) => void): AreaSettings | null {
  const names = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "string");
  if (!isRecord(a) || !names(a.indicators) || (a.breakdowns !== undefined && !names(a.breakdowns)) || (a.map !== undefined && !names(a.map))) {
    fail(`Field "areas" needs "indicators" (a list of indicator column names), and may have "breakdowns" (filter column names) and "map" (indicator column names).`);
    return null;
  }
  return { indicators: a.indicators as string[], breakdowns: (a.breakdowns as string[] | undefined) ?? [], map: (a.map as string[] | undefined) ?? [] };
}

/** One featured view, or nothing (with the reason) when it cannot be used. */
function readFeatured(f: unknown, i: number, fail: (detail: string) => void): FeaturedView[] {
  if (!isRecord(f) || typeof f.id !== "string" || typeof f.indicator !== "string" || (f.type !== "trend" && f.type !== "breakdown")) {
    fail(`featured[${i}] needs an "id", a "type" (trend or breakdown) and an "indicator".`);
    return [];
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(f.id)) {
    fail(`featured[${i}].id "${f.id}" must be lower-case letters, digits and dashes.`);
    return [];
  }
  return [
    {
      id: f.id,
      type: f.type,
      indicator: f.indicator,
      ...(typeof f.title === "string" ? { title: f.title } : {}),
      ...(typeof f.subtitle === "string" ? { subtitle: f.subtitle } : {}),
      ...(typeof f.by === "string" ? { by: f.by } : {}),
      ...(isRecord(f.where) ? { where: Object.fromEntries(Object.entries(f.where).map(([k, v]) => [k, String(v)])) } : {}),
      ...(typeof f.period === "string" ? { period: f.period } : {}),
      ...(typeof f.level === "string" ? { level: f.level } : {}),
      home: typeof f.home === "number" ? f.home : f.home === true,
      ...definitionsOf(f, i, fail),
    },
  ];
}

/** A featured trend's definitions, when it gives them and they can be read. */
function definitionsOf(f: Record<string, unknown>, i: number, fail: (detail: string) => void): { definitions?: DefinitionSettings } {
  if (f.definitions === undefined) return {};
  const definitions = readDefinitions(f.definitions, `featured[${i}]`, fail);
  return definitions ? { definitions } : {};
}

/**
 * One source. A Frictionless source has a title and a path but no id: it is given one
 * (`source-1`, by its place in the list), which no row cites, and it is listed on the page.
 */
function readSource(s: unknown, i: number, file: string, problems: Problem[]): Source | null {
  if (!isRecord(s) || typeof s.title !== "string" || (s.id !== undefined && typeof s.id !== "string")) {
    problems.push(messages.descriptorField({ file }, `sources[${i}] needs a "title" (and, for rows to cite it, an "id").`));
    return null;
  }
  const id = typeof s.id === "string" ? s.id : `source-${i + 1}`;
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  // A link that is not http(s) is an error, and is dropped: the source itself stays, so rows citing it still resolve.
  const link = (value: unknown, field: string): string => {
    const text = str(value);
    if (text === "") return "";
    const safe = safeUrl(text);
    if (!safe) problems.push(messages.unsafeLink({ file, columnName: `sources[${i}].${field}`, value: text }));
    return safe ?? "";
  };
  const path = link(s.path, "path");
  const secondary = isRecord(s.secondary) ? s.secondary : null;
  const secondaryPath = secondary ? link(secondary.path, "secondary.path") : "";
  return {
    id,
    title: s.title,
    publisher: str(s.publisher),
    date: str(s.date),
    path,
    locator: str(s.locator),
    ...(secondary
      ? {
          secondary: {
            title: str(secondary.title),
            publisher: str(secondary.publisher),
            date: str(secondary.date),
            path: secondaryPath,
          },
        }
      : {}),
    ...(s.unconfirmed === true ? { unconfirmed: true } : {}),
  };
}

/** A measure as written; text says what is wrong with one whose type is known. */
function readMeasure(m: unknown): MeasureSpec | string | null {
  if (!isRecord(m) || typeof m.id !== "string" || typeof m.label !== "string") return null;
  const str = (key: string) => (typeof m[key] === "string" ? (m[key] as string) : null);
  const per = typeof m.per === "number" && m.per > 0 ? m.per : 100;
  if (m.type === "rate" && str("numerator") && str("denominator")) {
    return { id: m.id, type: "rate", label: m.label, numerator: str("numerator")!, denominator: str("denominator")!, per, ...(str("published") ? { published: str("published")! } : {}) };
  }
  if (m.type === "published-rate" && str("rate")) return { id: m.id, type: "published-rate", label: m.label, rate: str("rate")!, per };
  if (m.type === "shares") return readSharesSpec(m);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
