import { messages, type Place } from "./problems.ts";
import { isUnknownSymbol, symbolMeaning } from "./symbols.ts";
import type { Indicator, MissingCell, NumberCell, Problem } from "./types.ts";

/** Lines kept as examples for each finding: enough to find them, few enough to read. */
const EXAMPLES = 5;

/** Where something was seen: how often, and the first few lines. */
class Sightings {
  count = 0;
  readonly lines: number[] = [];
  add(line: number): void {
    this.count++;
    if (this.lines.length < EXAMPLES) this.lines.push(line);
  }
}

/**
 * What one indicator column held on the rows used: how often each symbol stood in place of a
 * number, where blanks were, and numbers a whole-number column should not have.
 */
export class ColumnTally {
  readonly counts: Record<string, number> = Object.create(null);
  private readonly firstLine = new Map<string, number>();
  private readonly blanks = new Sightings();
  private readonly negatives = new Sightings();
  private readonly fractions = new Sightings();
  /** Footnote markers on numbers, by marker. */
  private readonly notes = new Map<string, Sightings>();
  /** A count, as the meta file describes it: no unit and no decimal places. */
  private readonly whole: boolean;
  /** Most decimal places a number had (up to 2), when they are counted: see `countDecimals`. */
  decimals = 0;

  constructor(
    indicator: Indicator,
    described: boolean,
    /** Whether to count decimal places: for indicators a first pass could not see alone (a long table's). */
    private readonly countDecimals = false,
  ) {
    this.whole = described && indicator.unit === "" && indicator.decimals === 0;
  }

  /** Counts a symbol. */
  missing(cell: MissingCell, line: number): void {
    const n = this.counts[cell.symbol];
    if (n === undefined) {
      this.counts[cell.symbol] = 1;
      this.firstLine.set(cell.symbol, line);
    } else this.counts[cell.symbol] = n + 1;
    if (cell.reason === "blank") this.blanks.add(line);
  }

  /** Looks at a number: in a count, negative and fractional numbers are worth a warning. */
  value(value: number, line: number): void {
    if (this.countDecimals && this.decimals < 2 && !Number.isInteger(value)) this.decimals = Math.min(2, String(value).split(".")[1]?.length ?? 0);
    if (!this.whole) return;
    if (value < 0) this.negatives.add(line);
    if (!Number.isInteger(value)) this.fractions.add(line);
  }

  /** Looks at a number read from text: its value, and any footnote marker it carries. */
  number(cell: NumberCell, line: number): void {
    this.value(cell.value, line);
    if (cell.note === undefined) return;
    let seen = this.notes.get(cell.note);
    if (!seen) this.notes.set(cell.note, (seen = new Sightings()));
    seen.add(line);
  }

  /**
   * Warnings about the column as a whole: blanks, older and unknown symbols, footnote markers
   * (and any that no note under the table explains), and numbers a count cannot hold.
   */
  problems(place: Place, noteMarkers: ReadonlySet<string> = new Set()): Problem[] {
    const found: Problem[] = [];
    const at = (line: number) => ({ ...place, line });
    if (this.blanks.count) found.push(messages.blankCells(at(this.blanks.lines[0]!), this.blanks.count, this.blanks.lines));
    for (const [symbol, count] of Object.entries(this.counts)) {
      if (symbol !== "" && symbolMeaning(symbol)?.legacy) {
        found.push(messages.legacySymbol(at(this.firstLine.get(symbol)!), symbol, count));
      } else if (isUnknownSymbol(symbol)) found.push(messages.unknownSymbol(at(this.firstLine.get(symbol)!), symbol, count));
    }
    if (this.notes.size) {
      const markers = [...this.notes].map(([marker, seen]) => ({ marker, count: seen.count, lines: seen.lines }));
      const first = Math.min(...markers.map((m) => m.lines[0]!));
      found.push(messages.footnoteMarkers(at(first), markers, markers.map((m) => m.marker).filter((m) => !noteMarkers.has(m))));
    }
    if (this.negatives.count) found.push(messages.negativeCount(at(this.negatives.lines[0]!), this.negatives.count, this.negatives.lines));
    if (this.fractions.count) found.push(messages.fractionalCount(at(this.fractions.lines[0]!), this.fractions.count, this.fractions.lines));
    return found;
  }
}
