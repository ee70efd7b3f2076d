import { messages } from "./problems.ts";
import type { Problem } from "./types.ts";

/** Messages of one kind beyond this many are summed up, so a broken large file stays readable. */
const MAX_PER_KIND = 20;

/** A problem log that keeps the first few of each kind and counts the rest. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  private readonly kinds = new Map<string, { first: Problem; count: number; lines: number[] }>();

  /** Records a problem, keyed by its kind and column, keeping at most a few of each. */
  add(kind: string, p: Problem): void {
    const key = `${kind}|${p.columnName ?? ""}`;
    const seen = this.kinds.get(key);
    if (!seen) {
      this.kinds.set(key, { first: p, count: 1, lines: [] });
      this.problems.push(p);
      return;
    }
    seen.count++;
    if (seen.count <= MAX_PER_KIND) this.problems.push(p);
    else if (seen.lines.length < 5 && p.line !== undefined) seen.lines.push(p.line);
  }

  /** Problems as recorded, with a closing line for each kind that went past the limit. */
  all(): Problem[] {
    const extra: Problem[] = [];
    for (const { first, count, lines } of this.kinds.values()) {
      if (count > MAX_PER_KIND) extra.push(messages.moreLikeThis(first, count - MAX_PER_KIND, lines));
    }
    return [...this.problems, ...extra];
  }
}
