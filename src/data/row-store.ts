import { LEVEL_ORDER } from "./columns.ts";

/**
 * The rows a table holds for its charts and tables, bounded so memory stays flat whatever the
 * file's size. Every row is still read, checked and counted; only the rows held are limited.
 *
 * - Up to `limit` rows, every row is held.
 * - Past it, only rows at or next to the totals are held: rows where at most one filter that has
 *   a Total level is at another level (a topic and its groups count as one), and rows a featured
 *   view names. These are the rows the pages draw: trends at the totals, one breakdown at a
 *   time, comparisons of groups, at every place.
 * - If those are still too many, places below the widest level keep only their latest period
 *   (all their pages show); then the narrowest levels are let go, so the widest stays whole; if
 *   the widest alone is too many, only its first rows are held.
 */

/** How the held rows were chosen, so a page can say which rows its charts draw from. */
export interface Kept {
  /** Rows held; equal to the rows used when every row is held. */
  rows: number;
  /** `all`: every used row; `totals`: the rows at or next to the totals. */
  rule: "all" | "totals";
  /** Geographic levels whose places hold only their latest period. */
  latestOnly: string[];
  /** Geographic levels none of whose rows are held. */
  droppedLevels: string[];
  /** Set when the widest level held had more rows than fit, so only its first rows are held. */
  truncated: boolean;
}

/** A featured view's fixed filter levels and the filter it splits by, as filter indices (-1 for none). */
export interface Pinned {
  where: Map<number, string>;
  by: number;
}

/** What the store needs to know about the file's filters. */
export interface StoreOptions {
  limit: number;
  /** Per filter: whether its levels count towards a row's distance from the totals. */
  counted: boolean[];
  pinned: Pinned[];
  /** Geographic levels a featured view draws, kept whole like the widest. */
  wholeLevels?: readonly string[];
}

/** Rows held at most: a national or regional file whole, and memory flat for any file. */
export const KEEP_LIMIT = 50_000;

/** Where a level sits from widest (0) to narrowest; levels not in the standard come last. */
function rank(level: string): number {
  const i = LEVEL_ORDER.indexOf(level);
  return i < 0 ? LEVEL_ORDER.length : i;
}

/** A bounded store of rows, each with its filters' level indices, held in the order offered. */
export class RowStore<T extends { levels: number[] }> {
  private held: T[] = [];
  private ranks: number[] = [];
  private places: number[] = [];
  private starts: string[] = [];
  private readonly levelOfRank = new Map<number, string>();
  private rule: Kept["rule"] = "all";
  /** Ranks whose places hold only their latest period, and each place's latest period start. */
  private readonly latestOnly = new Set<number>();
  private readonly latest: string[] = [];
  /** Rows held per place in its latest period, and rows held that a later period has made stale. */
  private readonly inLatest: number[] = [];
  private stale = 0;
  /** Rows at a rank above this are no longer held. */
  private narrowest = Infinity;
  private truncated = false;
  private readonly dropped: string[] = [];
  /** Per filter: the text of each level index, which of them is its Total, and whether it has one. */
  private readonly texts: string[][];
  private readonly isTotal: boolean[][];
  private readonly hasTotal: boolean[];
  private readonly whole: Set<number>;
  private readonly ranksByLevel = new Map<string, number>();

  constructor(private readonly options: StoreOptions) {
    this.texts = options.counted.map(() => []);
    this.isTotal = options.counted.map(() => []);
    this.hasTotal = options.counted.map(() => false);
    this.whole = new Set((options.wholeLevels ?? []).map(rank));
  }

  /** Tells the store a filter's new level and the index the table gives it. */
  level(filter: number, index: number, text: string): void {
    const total = /^total$/i.test(text);
    this.texts[filter]![index] = text;
    this.isTotal[filter]![index] = total;
    if (total) this.hasTotal[filter] = true;
  }

  /** Whether a filter's level is its total, or the filter is drawn level by level (no Total, or not counted). */
  private atTotal(k: number, level: number): boolean {
    return !this.options.counted[k] || !this.hasTotal[k] || this.isTotal[k]![level] === true;
  }

  /** True when at most one counted filter is away from its Total, or a featured view names the row. */
  private nearTotals(levels: number[]): boolean {
    let away = 0;
    for (let k = 0; k < levels.length; k++) if (!this.atTotal(k, levels[k]!) && ++away > 1) return this.pinned(levels);
    return true;
  }

  /** Loops, not callbacks: this runs for most rows of a large file. */
  private pinned(levels: number[]): boolean {
    const pinned = this.options.pinned;
    for (let i = 0; i < pinned.length; i++) if (this.pins(pinned[i]!, levels)) return true;
    return false;
  }

  private pins(p: Pinned, levels: number[]): boolean {
    for (let k = 0; k < levels.length; k++) {
      const level = levels[k]!;
      const fixed = p.where.get(k);
      if (fixed !== undefined ? this.texts[k]![level] !== fixed : k !== p.by && !this.atTotal(k, level)) return false;
    }
    return true;
  }

  /**
   * Whether a used row with these filter levels, at this geographic level, place and period
   * (its start, ISO, so it sorts), would be held; notes the place's latest period.
   */
  accepts(levels: number[], level: string, place: number, start: string): boolean {
    const r = this.rankOf(level);
    const latest = this.latest[place];
    if (latest === undefined || start > latest) {
      this.latest[place] = start;
      this.stale += this.inLatest[place] ?? 0;
      this.inLatest[place] = 0;
    }
    if (this.truncated) return false;
    if (r > this.narrowest) return false;
    if (this.latestOnly.has(r) && start < this.latest[place]!) return false;
    return this.rule === "all" || this.nearTotals(levels);
  }

  /** Holds a row the store accepts. */
  add(row: T, level: string, place: number, start: string): void {
    const r = this.rankOf(level);
    if (!this.levelOfRank.has(r)) this.levelOfRank.set(r, level);
    this.held.push(row);
    this.ranks.push(r);
    this.places.push(place);
    this.starts.push(start);
    if (this.latestOnly.has(r)) this.inLatest[place] = (this.inLatest[place] ?? 0) + 1;
    if (this.held.length > this.options.limit) this.shrink();
    // Stale rows are let go once they are a quarter of those held, so memory follows the rows that count.
    else if (this.latestOnly.size && this.stale > Math.max(1000, this.held.length / 4)) this.dropStale();
  }

  /** A level's rank, looked up once per level: a level's text keeps its hash, where a search of the order compares text. */
  private rankOf(level: string): number {
    let r = this.ranksByLevel.get(level);
    if (r === undefined) this.ranksByLevel.set(level, (r = rank(level)));
    return r;
  }

  private dropStale(): void {
    this.keep((_, i) => !this.isStale(i));
    this.stale = 0;
  }

  /**
   * Brings the store back under its limit, with room to spare so it is not back here a row later:
   * the totals rule, then latest periods below the widest level, then level by level.
   */
  private shrink(): void {
    const room = Math.floor(this.options.limit * 0.9);
    if (this.rule === "all") {
      this.rule = "totals";
      this.keep((row) => this.nearTotals(row.levels));
    }
    // Rows superseded by a later period at a latest-only level go first.
    if (this.latestOnly.size) this.dropStale();
    if (this.held.length <= room) return;
    const widest = Math.min(...this.ranks);
    for (const r of new Set(this.ranks)) if (r !== widest && !this.whole.has(r)) this.latestOnly.add(r);
    this.dropStale();
    while (this.held.length > room) {
      const narrowest = Math.max(...this.ranks);
      if (narrowest === widest) {
        this.held.length = this.ranks.length = this.places.length = this.starts.length = this.options.limit;
        this.truncated = true;
        return;
      }
      this.dropped.push(this.levelOfRank.get(narrowest)!);
      this.narrowest = narrowest - 1;
      this.keep((_, i) => this.ranks[i]! < narrowest);
    }
  }

  /** A held row at a latest-only level from before its place's latest period. */
  private isStale(i: number): boolean {
    return this.latestOnly.has(this.ranks[i]!) && this.starts[i]! < this.latest[this.places[i]!]!;
  }

  /** Keeps the rows that pass, in order, moved down in place: a large file's store does this often, over up to its limit of rows. */
  private keep(test: (row: T, i: number) => boolean): void {
    const { held, ranks, places, starts } = this;
    let n = 0;
    for (let i = 0; i < held.length; i++) {
      // Row i is tested before anything is moved into its place: moves go to places before it.
      if (!test(held[i]!, i)) continue;
      held[n] = held[i]!;
      ranks[n] = ranks[i]!;
      places[n] = places[i]!;
      starts[n] = starts[i]!;
      n++;
    }
    held.length = ranks.length = places.length = starts.length = n;
  }

  /** Lets go of every row at the given geographic levels. */
  dropLevels(levels: ReadonlySet<string>): void {
    const ranks = new Set([...levels].map(rank));
    this.keep((_, i) => !ranks.has(this.ranks[i]!));
  }

  /** Every row held, in the order offered. */
  rows(): T[] {
    if (this.latestOnly.size) this.dropStale();
    return this.held;
  }

  /** How the rows held were chosen. */
  kept(): Kept {
    const latestOnly = [...this.latestOnly].filter((r) => r <= this.narrowest).sort((a, b) => a - b);
    return {
      rows: this.rows().length,
      rule: this.rule,
      latestOnly: latestOnly.map((r) => this.levelOfRank.get(r)!),
      droppedLevels: [...this.dropped],
      truncated: this.truncated,
    };
  }
}
