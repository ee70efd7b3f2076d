import type { KeepOptions } from "../data/ingest.ts";
import type { Descriptor } from "../data/types.ts";
import { GROUP_COLUMNS, TOPIC_COLUMNS } from "./breakdowns.ts";

/**
 * What a large file's table must hold for its page, told to the reader before the rows come:
 * a topic's groups vary with the topic (one breakdown, not two), and each featured view's fixed
 * filter levels and geographic level are kept whatever they are.
 */
export function drawnRows(descriptor: Descriptor, filterColumns: readonly string[]): KeepOptions {
  const topicLayout = filterColumns.some((c) => TOPIC_COLUMNS.includes(c));
  return {
    uncounted: topicLayout ? filterColumns.filter((c) => GROUP_COLUMNS.includes(c)) : [],
    pinned: (descriptor.featured ?? []).map((f) => ({ where: f.where ?? {}, ...(f.by ? { by: f.by } : {}) })),
    wholeLevels: (descriptor.featured ?? []).flatMap((f) => (f.level && f.level !== "all" ? [f.level] : [])),
  };
}
