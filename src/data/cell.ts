import { FLAG_LETTERS, symbolMeaning } from "./symbols.ts";
import type { Cell, Flag, MissingCell, NumberCell, Reason } from "./types.ts";

/** Why a cell could not be read, named so messages and tests can rely on it. */
export type CellErrorCode =
  | "percent-sign"
  | "decimal-comma"
  | "bad-thousands"
  | "not-a-number"
  | "not-finite";

/** A cell that is neither a number nor a known symbol. */
export interface CellError {
  kind: "error";
  code: CellErrorCode;
}

/** A number read with a repair (thousands separators in older files): usable, but worth a warning. */
export interface RepairedCell {
  kind: "repaired";
  cell: Cell;
  repair: "thousands-separator";
}

/** The outcome of reading one indicator cell. */
export type CellResult = Cell | CellError | RepairedCell;

const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const THOUSANDS = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const FLAGGED = /^(.*?\S)\s*(?:\[([epru])\]|([epru]))$/i;
/** No published number is longer; longer text is not one, and is not worth a regular expression's time. */
const LONGEST_NUMBER = 64;
const BRACKETED_SYMBOL = /^\[([a-z]+)\]$/;
/** A footnote marker after a number, as spreadsheets write them: `13[1]`, `13 [note 1]`, `52 (a)`, `270*`, `12†`. */
const NOTE_MARK = /^(\S*\d.*?)\s*(?:\[(?:note\s*)?(\d{1,2})\]|\((\d{1,2}|[a-z])\)|(\*{1,3}|†|‡))$/i;

/** Shared by every unqualified number, so a million cells do not make a million empty lists. */
const NO_FLAGS: Flag[] = Object.freeze([]) as unknown as Flag[];

/** Powers of ten a double holds exactly. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Digits whose integer a double holds exactly (below 2^53). */
const EXACT_DIGITS = 15;

/**
 * The value of a cell that is only digits with at most one decimal point (most cells of a large
 * file), read without a regular expression; NaN for anything else, which `parseCell` then reads.
 * Up to 15 digits, the digits as an integer over a power of ten is exact and one division rounds
 * it as `Number` does, so the text is not read twice.
 */
export function plainNumber(raw: string): number {
  const n = raw.length;
  if (n === 0 || n > LONGEST_NUMBER) return NaN;
  let digits = 0;
  let points = 0;
  let whole = 0;
  let decimals = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      whole = whole * 10 + (c - 48);
      decimals += points;
    } else if (c === 46 && points++ === 0) continue;
    else return NaN;
  }
  if (digits === 0) return NaN;
  return digits > EXACT_DIGITS ? Number(raw) : whole / EXACT_POWERS_OF_TEN[decimals]!;
}

/** A number with no qualifiers, as `parseCell` gives it. */
export function numberCell(value: number): NumberCell {
  return { kind: "value", value: value === 0 ? 0 : value, flags: NO_FLAGS };
}

/** Reads one indicator cell as a number or a named reason; symbols are never zero. */
export function parseCell(raw: string): CellResult {
  const plain = plainNumber(raw);
  if (plain === plain) return numberCell(plain);
  const text = raw.trim();
  if (text.length > LONGEST_NUMBER) return { kind: "error", code: "not-a-number" };
  // Most cells are plain numbers or a symbol seen before: both are answered without building anything.
  if (PLAIN_NUMBER.test(text)) return readNumber(text, NO_FLAGS);
  const seen = MISSING.get(text);
  if (seen) return seen;
  // Stored bare: `[c]` as published tables write it and `c` as EES files do are one symbol.
  const bare = BRACKETED_SYMBOL.exec(text)?.[1] ?? text;
  const symbol = symbolMeaning(bare);
  if (symbol) return missing(text, bare, symbol.reason);

  let flags: Flag[] = NO_FLAGS;
  let body = text;
  // A footnote marker comes last: `13[1]` is 13, linked to note 1.
  const marked = NOTE_MARK.exec(body);
  if (marked) body = marked[1]!;
  // Qualifiers are read from the end: `312 [p] [e]` is provisional, then estimated.
  for (let m = FLAGGED.exec(body); m && flags.length < 4; m = FLAGGED.exec(body)) {
    const flag = FLAG_LETTERS[(m[2] ?? m[3] ?? "").toLowerCase()]!;
    flags = [flag, ...flags];
    body = m[1]!;
  }
  const result = readNumber(body, flags);
  return marked ? withNote(result, (marked[2] ?? marked[3] ?? marked[4])!.toLowerCase()) : result;
}

/** A number read with its footnote marker kept; anything else as it was. */
function withNote(result: CellResult, note: string): CellResult {
  if (result.kind === "value") return { ...result, note };
  if (result.kind === "repaired" && result.cell.kind === "value") return { ...result, cell: { ...result.cell, note } };
  return result;
}

/**
 * One or two letters that are not a symbol the standard names (`a` in an EES test file): EES
 * imports such a cell as written, so it is kept, read as not available, with a warning; never a number.
 */
export function unknownSymbol(raw: string): MissingCell | null {
  const text = raw.trim();
  if (!/^[a-z]{1,2}$/i.test(text) || symbolMeaning(text)) return null;
  return missing(text, text, "not-available");
}

/** One shared, frozen cell per symbol as written: there are only a few, and files repeat them on most rows. */
const MISSING = new Map<string, MissingCell>();

function missing(written: string, symbol: string, reason: Reason): MissingCell {
  let cell = MISSING.get(written);
  if (!cell) MISSING.set(written, (cell = Object.freeze({ kind: "missing", reason, symbol }) as MissingCell));
  return cell;
}

function readNumber(body: string, flags: Flag[]): CellResult {
  if (PLAIN_NUMBER.test(body)) {
    const value = Number(body);
    if (!Number.isFinite(value)) return { kind: "error", code: "not-finite" };
    return { kind: "value", value: value === 0 ? 0 : value, flags };
  }
  if (THOUSANDS.test(body)) {
    const value = Number(body.replaceAll(",", ""));
    return { kind: "repaired", repair: "thousands-separator", cell: { kind: "value", value, flags } };
  }
  if (/^[-+]?\d[\d.,]*\s*%$/.test(body)) return { kind: "error", code: "percent-sign" };
  if (/^[-+]?\d+,\d+$/.test(body)) return { kind: "error", code: "decimal-comma" };
  if (/^[-+]?\d[\d,]*(\.\d+)?$/.test(body)) return { kind: "error", code: "bad-thousands" };
  return { kind: "error", code: "not-a-number" };
}

/** True when the text would read as a number or a symbol: how indicators are told from filters without a meta file. */
export function isIndicatorText(raw: string): boolean {
  const result = parseCell(raw);
  return result.kind !== "error";
}
