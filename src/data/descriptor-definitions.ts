import type { DefinitionGroup, DefinitionSettings } from "./types.ts";

/**
 * A featured trend's `definitions`: the one to quote, its groups and notes on names. Checked
 * field by field; a malformed one is reported and left out, so the chart is drawn plain.
 */
export function readDefinitions(d: unknown, where: string, fail: (detail: string) => void): DefinitionSettings | null {
  const record = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  const texts = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
  const usage = `${where}.definitions needs "quote" (the definition to quote), "groups" (a list of { "label", "levels", "note" }) and may have "quoteNote" and "notes" (text by definition).`;
  if (!record(d) || typeof d.quote !== "string" || !Array.isArray(d.groups)) return (fail(usage), null);
  const groups: DefinitionGroup[] = [];
  for (const [i, g] of d.groups.entries()) {
    if (!record(g) || typeof g.label !== "string" || !texts(g.levels) || (g.note !== undefined && typeof g.note !== "string")) {
      return (fail(`${where}.definitions.groups[${i}] needs a "label", a list of "levels" and may have a "note".`), null);
    }
    groups.push({ label: g.label, levels: g.levels, ...(typeof g.note === "string" ? { note: g.note } : {}) });
  }
  const notes = d.notes === undefined ? {} : d.notes;
  if (!record(notes) || !Object.values(notes).every((v) => typeof v === "string")) return (fail(`${where}.definitions.notes must give text for each definition it names.`), null);
  if (d.quoteNote !== undefined && typeof d.quoteNote !== "string") return (fail(`${where}.definitions.quoteNote must be text.`), null);
  if (!groups.some((g) => g.levels.includes(d.quote as string))) return (fail(`${where}.definitions.quote "${d.quote}" must be one of its groups' levels.`), null);
  return { quote: d.quote, ...(typeof d.quoteNote === "string" ? { quoteNote: d.quoteNote } : {}), groups, notes: notes as Record<string, string> };
}
