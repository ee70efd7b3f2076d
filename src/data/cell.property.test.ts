import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCell, plainNumber } from "./cell.ts";
import { SYMBOLS } from "./symbols.ts";

const ERROR_CODES = ["percent-sign", "decimal-comma", "bad-thousands", "not-a-number", "not-finite"];
const REASONS = new Set(SYMBOLS.map((s) => s.reason));

/** Any text a cell could hold: arbitrary strings, and strings built from the characters numbers are made of. */
const cellText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(..."0123456789.,-+eE%[]epru cxzk: ~*".split("")), maxLength: 20 }),
);

describe("parseCell, for any text", () => {
  it("gives a finite number, a known reason or a named error, and never throws", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const result = parseCell(text);
        const cell = result.kind === "repaired" ? result.cell : result;
        if (cell.kind === "value") return Number.isFinite(cell.value);
        if (cell.kind === "missing") return REASONS.has(cell.reason);
        return ERROR_CODES.includes(cell.code);
      }),
      { numRuns: 5000 },
    );
  });

  it("never reads a symbol as a number, and never makes a number from a cell with no digit", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const result = parseCell(text);
        if (result.kind !== "value" && result.kind !== "repaired") return true;
        return /\d/.test(text);
      }),
      { numRuns: 5000 },
    );
  });

  it("ignores spaces around the text", () => {
    fc.assert(
      fc.property(cellText, fc.string({ unit: fc.constantFrom(" ", "\t"), maxLength: 3 }), (text, pad) => {
        const result = parseCell(`${pad}${text}${pad}`);
        expect(result).toEqual(parseCell(text.trim()));
      }),
    );
  });
});

describe("parseCell round trips", () => {
  it("reads back every finite number as JavaScript writes it", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseCell(String(n))).toEqual({ kind: "value", value: n === 0 ? 0 : n, flags: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back a number with a qualifier letter, bare, spaced or bracketed", () => {
    const flags = { e: "estimated", p: "provisional", r: "revised", u: "low-reliability" } as const;
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom("e", "p", "r", "u"), fc.constantFrom("%s%f", "%s %f", "%s [%f]"), (n, f, form) => {
        const text = form.replace("%s", String(n)).replace("%f", f);
        expect(parseCell(text)).toEqual({ kind: "value", value: n, flags: [flags[f]] });
      }),
    );
  });

  it("repairs any whole number written with thousands separators to the number itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseCell(n.toLocaleString("en-GB"))).toEqual({ kind: "repaired", repair: "thousands-separator", cell: { kind: "value", value: n, flags: [] } });
      }),
    );
  });

  it("reads every symbol, bare or in brackets, as its reason with the symbol stored bare", () => {
    for (const { symbol, reason } of SYMBOLS) {
      expect(parseCell(symbol)).toEqual({ kind: "missing", reason, symbol });
      if (/^[a-z]+$/.test(symbol)) expect(parseCell(`[${symbol}]`)).toEqual({ kind: "missing", reason, symbol });
    }
  });
});

describe("plainNumber, for any digits with at most one point", () => {
  const plain = fc.tuple(fc.string({ unit: fc.constantFrom(..."0123456789".split("")), maxLength: 20 }), fc.option(fc.string({ unit: fc.constantFrom(..."0123456789".split("")), maxLength: 24 })));

  it("gives exactly the number JavaScript reads from the text", () => {
    fc.assert(
      fc.property(plain, ([whole, decimals]) => {
        const text = decimals === null ? whole : `${whole}.${decimals}`;
        if (!/\d/.test(text)) return Number.isNaN(plainNumber(text));
        return Object.is(plainNumber(text), Number(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("is exact at the edges of what a double holds", () => {
    const texts = ["0.1", "0.3", "2.675", "999999999999999", "999999999999999.9", "9007199254740993", "0.000000000000000000000123", "123456789.123456", "1.7976931348623157"];
    expect(texts.map(plainNumber)).toEqual([0.1, 0.3, 2.675, 999999999999999, 999999999999999.9, 9007199254740992, 1.23e-22, 123456789.123456, 1.7976931348623157]);
  });
});
