import { formatPlain } from "../text/number.ts";
import type { Kept } from "../data/row-store.ts";

/** Names joined as a reader would write them: `A`, `A and B`, `A, B and C`. */
function spoken(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * What a dataset page says when its file was too large to draw from every row: which rows its
 * charts and tables use, so its counts stay true. Empty when every row is used.
 */
export function keptNote(kept: Kept): string {
  if (kept.rule === "all") return "";
  const parts = ["the rows at or next to the totals, one breakdown at a time"];
  if (kept.latestOnly.length) parts.push(`each place's latest period only at ${spoken(kept.latestOnly)} level`);
  if (kept.droppedLevels.length) parts.push(`none at ${spoken(kept.droppedLevels)} level`);
  if (kept.truncated) parts.push("and of those only the first, as there were too many to hold");
  return `The charts and tables use ${formatPlain(kept.rows)} of these rows: ${parts.join("; ")}. The download has every row.`;
}
