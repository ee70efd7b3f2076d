import type { Flag, Reason } from "./types.ts";

/** One row of the symbol key: shown on the about page, in table footnotes and in downloads. */
export interface SymbolMeaning {
  symbol: string;
  reason: Reason;
  meaning: string;
  legacy: boolean;
}

/** Every symbol a cell may hold instead of a number, with what it means (GSS first, then older DfE files). */
export const SYMBOLS: readonly SymbolMeaning[] = [
  { symbol: "c", reason: "suppressed", meaning: "confidential: suppressed to protect people", legacy: false },
  { symbol: "x", reason: "not-available", meaning: "not available", legacy: false },
  { symbol: "z", reason: "not-applicable", meaning: "not applicable", legacy: false },
  { symbol: "low", reason: "rounds-to-zero", meaning: "a low figure that rounds to zero but is not zero", legacy: false },
  { symbol: "k", reason: "rounds-to-zero", meaning: "a low figure that rounds to zero but is not zero", legacy: false },
  { symbol: "u", reason: "low-reliability", meaning: "low reliability", legacy: false },
  { symbol: ":", reason: "not-available", meaning: "not available (older files)", legacy: true },
  { symbol: "~", reason: "rounds-to-zero", meaning: "rounds to zero (older files)", legacy: true },
  { symbol: ".", reason: "no-rate", meaning: "no rate: the denominator is zero (older files)", legacy: true },
  { symbol: "..", reason: "not-available", meaning: "not available (older files)", legacy: true },
  { symbol: "*", reason: "suppressed", meaning: "suppressed (older files)", legacy: true },
  { symbol: "-", reason: "not-available", meaning: "a dash: no figure given (spreadsheets; never read as zero)", legacy: true },
  { symbol: "–", reason: "not-available", meaning: "a dash: no figure given (spreadsheets; never read as zero)", legacy: true },
  { symbol: "—", reason: "not-available", meaning: "a dash: no figure given (spreadsheets; never read as zero)", legacy: true },
  { symbol: "n/a", reason: "not-applicable", meaning: "not applicable (spreadsheets)", legacy: true },
  { symbol: "N/A", reason: "not-applicable", meaning: "not applicable (spreadsheets)", legacy: true },
  { symbol: "", reason: "blank", meaning: "blank: the file gives no value", legacy: true },
];

const bySymbol = new Map(SYMBOLS.map((s) => [s.symbol, s]));

/** The meaning of a bare symbol, or undefined when the text is not one. */
export function symbolMeaning(symbol: string): SymbolMeaning | undefined {
  return bySymbol.get(symbol);
}

/** A bare symbol as tables, keys, tooltips and downloads write it: `[c]`, or nothing for a blank cell. */
export function symbolLabel(symbol: string): string {
  return symbol === "" ? "" : `[${symbol}]`;
}

/** A symbol the standard does not name, kept as written and read as not available (see `unknownSymbol`). */
export function isUnknownSymbol(symbol: string): boolean {
  return symbol !== "" && !bySymbol.has(symbol);
}

/** What a cell's symbol means in words: its own meaning when known, else its reason's words. */
export function symbolWords(symbol: string, reason: Reason): string {
  return symbolMeaning(symbol)?.meaning ?? REASON_LABEL[reason];
}

/** Short words for each reason, used wherever a value would stand. */
export const REASON_LABEL: Record<Reason, string> = {
  suppressed: "suppressed",
  "not-available": "not available",
  "not-applicable": "not applicable",
  "rounds-to-zero": "rounds to zero",
  "low-reliability": "low reliability",
  "no-rate": "no rate",
  blank: "blank",
};

/** The GSS letter that may follow a number, and the qualifier it adds. */
export const FLAG_LETTERS: Record<string, Flag> = {
  e: "estimated",
  p: "provisional",
  r: "revised",
  u: "low-reliability",
};

/** Words for each qualifier, for legends, tables and tooltips. */
export const FLAG_LABEL: Record<Flag, string> = {
  estimated: "estimate",
  provisional: "provisional",
  revised: "revised",
  "low-reliability": "unconfirmed or low reliability",
};
