import type { Table } from "../data/ingest.ts";
import { formatProblem } from "../data/problems.ts";
import { checkDataset } from "./load-site.ts";

/**
 * Helpers for tests of fixture data folders: a table as short literal lines, and a dataset's
 * problems as the build prints them.
 */

/** Each used row as `line | period | place | levels | cells`, a cell being its number with qualifiers or `[reason symbol]`. */
export function tableLines(table: Table): string[] {
  return table.observations.map((o) => {
    const period = table.periods[o.period]!.label;
    const place = table.places[o.place]!;
    const levels = o.levels.map((l, k) => table.filters[k]!.levels[l]!);
    const cells = o.cells.map((c) => (c.kind === "value" ? [String(c.value), ...c.flags].join(" ") : `[${c.reason} ${JSON.stringify(c.symbol)}]`));
    return [o.line, period, `${place.level}: ${place.name}`, ...levels, ...cells].join(" | ");
  });
}

/** A fixture dataset read as the build reads it: its rows as lines, every problem printed, and the row count. */
export async function readFixture(dir: string, id: string) {
  const { loaded, problems } = await checkDataset(dir, id, "data");
  return {
    lines: loaded.table ? tableLines(loaded.table) : null,
    problems: problems.map(formatProblem),
    rows: loaded.table?.rows ?? null,
    unread: loaded.unread,
    table: loaded.table,
  };
}
