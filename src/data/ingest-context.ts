import { labelConcern } from "./label.ts";
import type { ColumnPlan } from "./plan.ts";
import { ProblemLog } from "./problem-log.ts";
import { messages, type Place } from "./problems.ts";

/**
 * What every part of the ingest shares: the file, its plan, the problem log, and where a cell of
 * the row being read sits in the file (for a wide table, each row the adapter makes comes from
 * a different column).
 */
export class IngestContext {
  readonly log = new ProblemLog();
  private origin: readonly number[] | null = null;

  constructor(
    readonly file: string,
    readonly plan: ColumnPlan,
  ) {}

  /** Sets the file's column of each cell of the rows that follow; null: as the plan says. */
  setOrigin(origin: readonly number[] | null): void {
    this.origin = origin;
  }

  /** Where a cell of the current row is: its line, and the file's column number and header. */
  at(line: number, index: number, value: string): Place {
    const column = (this.origin ?? this.plan.columnOf)[index] ?? index;
    return { file: this.file, line, column: column + 1, columnName: this.plan.names[column] ?? this.plan.header[index] ?? "", value };
  }

  /** Text seen for the first time in a label column: a formula or markup is worth a warning. */
  firstSight(text: string, line: number, index: number): void {
    const concern = labelConcern(text);
    if (concern) this.log.add(`label:${concern}`, messages.oddLabel(this.at(line, index, text), concern));
  }
}

/** Hands out a stable index per distinct key: dictionary encoding for periods, places and levels. */
export class Dictionary<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  /** The key's index, or -1 when it is new. */
  find(key: string): number {
    return this.index.get(key) ?? -1;
  }
  add(key: string, item: T): number {
    this.items.push(item);
    this.index.set(key, this.items.length - 1);
    return this.items.length - 1;
  }
}
