import type { DefinitionSettings } from "../data/types.ts";
import type { TrendView } from "./view-types.ts";

/**
 * A trend by definition read as its descriptor says: its series in the order of their groups,
 * the one to quote emphasised (drawn heavier, its values labelled, the rest muted), and notes
 * under the chart that say which to quote, which definitions a reader can compare, and what
 * near-identical names mean. No series is joined to another or dropped.
 */
export function withDefinitions(view: TrendView, settings: DefinitionSettings): { view: TrendView; unknown: string[] } {
  const keys = new Set(view.series.map((s) => s.key));
  const order = settings.groups.flatMap((g) => g.levels);
  const unknown = [...new Set([...order, ...Object.keys(settings.notes)])].filter((level) => !keys.has(level));
  const rank = (key: string): number => (order.includes(key) ? order.indexOf(key) : order.length);
  const series = [...view.series].sort((a, b) => rank(a.key) - rank(b.key));
  const quoted = (level: string): string => `“${level}”`;
  const notes = [
    `The series to quote is ${quoted(settings.quote)}, drawn heavier with its figures labelled; the other definitions are drawn lighter, with their figures in the table.${settings.quoteNote ? ` ${settings.quoteNote}` : ""}`,
    ...settings.groups.map((g) => `${g.label}: ${g.levels.map(quoted).join("; ")}.${g.note ? ` ${g.note}` : ""}`),
    ...Object.entries(settings.notes).map(([level, note]) => `${quoted(level)}: ${note}`),
  ];
  return { view: { ...view, series, emphasis: settings.quote, notes: [...notes, ...view.notes] }, unknown };
}
