import { describe, expect, it } from "vitest";
import { Utf8Scan, wholeUtf8Length } from "./utf8.ts";

/** The first bad sequence in `bytes` fed in the given pieces, or null. */
function scan(...pieces: number[][]) {
  const s = new Utf8Scan();
  for (const piece of pieces) {
    const found = s.feed(Uint8Array.from(piece));
    if (found) return found;
  }
  return s.end();
}

const text = (t: string) => [...Buffer.from(t, "utf8")];

describe("Utf8Scan", () => {
  it("passes UTF-8 text, multi-byte characters split across pieces included", () => {
    const pound = text("£12 and 😀\n");
    expect(scan(pound)).toBeNull();
    expect(scan(pound.slice(0, 1), pound.slice(1, 6), pound.slice(6))).toBeNull();
  });

  it("names the line and byte of a Windows-1252 pound sign", () => {
    expect(scan([...text("a,b\n1,2\n3,"), 0xa3, 0x34, 0x0a])).toEqual({ line: 3, bytes: "0xA3", nul: false, windows1252: "£" });
  });

  it("reports a NUL byte", () => {
    expect(scan(text("a\nb\u0000"))).toEqual({ line: 2, bytes: "0x00", nul: true });
  });

  it("rejects overlong forms, surrogates, and bytes that never start a character", () => {
    expect(scan([0xc0, 0xaf])).toEqual({ line: 1, bytes: "0xC0", nul: false, windows1252: "À" });
    expect(scan([0xe0, 0x80, 0xaf])).toEqual({ line: 1, bytes: "0xE0", nul: false, windows1252: "à" });
    expect(scan([0xed, 0xa0, 0x80])).toEqual({ line: 1, bytes: "0xED", nul: false, windows1252: "í" });
    expect(scan([0xff])).toEqual({ line: 1, bytes: "0xFF", nul: false, windows1252: "ÿ" });
    expect(scan([0x81])).toEqual({ line: 1, bytes: "0x81", nul: false });
  });

  it("rejects a character cut short at the end of the file", () => {
    expect(scan([0x61, 0x0a, 0xe2, 0x82])).toEqual({ line: 2, bytes: "0xE2 0x82", nul: false, windows1252: "â" });
  });
});

describe("wholeUtf8Length", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const cut = (text: string, drop: number) => bytes(text).subarray(0, bytes(text).length - drop);

  it("keeps every byte of text that ends on a whole character", () => {
    expect(["", "abc", "é", "a€", "😀", "Ålesund, 😀"].map((t) => wholeUtf8Length(bytes(t)))).toEqual([0, 3, 2, 4, 4, 14]);
  });

  it("holds back the first bytes of a character cut by the end of a read", () => {
    expect([cut("aé", 1), cut("a€", 1), cut("a€", 2), cut("a😀", 1), cut("a😀", 2), cut("a😀", 3)].map(wholeUtf8Length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("leaves bytes that are not UTF-8 to the decoder", () => {
    expect(wholeUtf8Length(new Uint8Array([0x61, 0x80, 0x80, 0x80]))).toBe(4);
    expect(wholeUtf8Length(new Uint8Array([0xc3, 0xa9, 0xa9]))).toBe(3);
  });
});
