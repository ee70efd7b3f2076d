import { describe, expect, it } from "vitest";
import { detectEncoding, sniffUtf16, streamCsv, type StreamReport } from "./read-csv.ts";

const DIR = "test/fixtures/csv";

/** Every row of a fixture with the line it starts on, and what the stream reported. */
async function read(name: string): Promise<{ rows: [number, string[]][]; report: StreamReport }> {
  const rows: [number, string[]][] = [];
  const report = await streamCsv(`${DIR}/${name}`, (cells, line) => rows.push([line, cells]));
  return { rows, report };
}

describe("streamCsv", () => {
  it("drops a byte-order mark before the first header", async () => {
    const { rows, report } = await read("bom.csv");
    expect(rows).toEqual([
      [1, ["time_period", "officers"]],
      [2, ["2017", "295"]],
    ]);
    expect(report).toEqual({ bytes: 33, encoding: "utf-8", encodingFrom: "default", syntaxErrors: [], badBytes: null, readError: null });
  });

  it("reads CRLF line ends without leaving a carriage return in the last cell", async () => {
    const { rows } = await read("crlf.csv");
    expect(rows).toEqual([
      [1, ["time_period", "officers"]],
      [2, ["2017", "295"]],
      [3, ["2018", "300"]],
    ]);
  });

  it("unquotes every field of an all-quoted file, byte-order mark and header included", async () => {
    const { rows } = await read("all-quoted.csv");
    expect(rows).toEqual([
      [1, ["time_period", "time_identifier", "officers"]],
      [2, ["2017", "Calendar year", "295"]],
      [3, ["2018", "Calendar year", "c"]],
    ]);
  });

  it("keeps commas inside quoted cells, thousands separators too", async () => {
    const { rows } = await read("quoted-commas.csv");
    expect(rows).toEqual([
      [1, ["school_phase", "officers"]],
      [2, ["Primary, infant and junior", "749,750"]],
      [3, ["Secondary", "12"]],
    ]);
  });

  it("keeps line breaks inside quoted cells and numbers the lines after them as the file does", async () => {
    const { rows } = await read("quoted-newline.csv");
    expect(rows).toEqual([
      [1, ["label", "officers"]],
      [2, ["line one\nline two", "1"]],
      [4, ["plain", "2"]],
      [5, ["crlf\r\ninside", "3"]],
      [7, ["last", "4"]],
    ]);
  });

  it("skips blank lines but counts them, and reads a last line with no line end", async () => {
    const { rows } = await read("blank-lines.csv");
    expect(rows).toEqual([
      [1, ["a", "b"]],
      [3, ["1", "2"]],
      [6, ["3", "4"]],
    ]);
  });

  it("decodes UTF-16 files by their byte-order mark, little- and big-endian", async () => {
    for (const name of ["utf16le.csv", "utf16be.csv"]) {
      const { rows, report } = await read(name);
      expect(rows).toEqual([
        [1, ["time_period", "officers"]],
        [2, ["2017", "295"]],
      ]);
      expect(report.encoding).toBe(name === "utf16le.csv" ? "utf-16le" : "utf-16be");
    }
  });

  it("reports an unterminated quote on the line where the quoted cell starts", async () => {
    const { rows, report } = await read("unterminated-quote.csv");
    expect(rows).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
      [3, ["3", "four\n5,6\n"]],
    ]);
    expect(report.syntaxErrors).toEqual([{ line: 3, detail: "Quoted field unterminated" }]);
  });

  it("reads a file whose first byte past ASCII is not UTF-8 as Windows-1252, as a spreadsheet saves it", async () => {
    const { rows, report } = await read("latin1.csv");
    expect(rows).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
      [3, ["3", "£4"]],
      [4, ["5", "6"]],
    ]);
    expect(report).toMatchObject({ encoding: "windows-1252", encodingFrom: "bytes", badBytes: null });
  });

  it("stops at a byte that is not UTF-8 after UTF-8 text, and says which line holds it and what it would be in Windows-1252", async () => {
    const { report } = await read("mixed-encoding.csv");
    expect(report.badBytes).toEqual({ line: 3, bytes: "0xA3", nul: false, windows1252: "£" });
  });

  it("reads UTF-16 without its byte-order mark by the zero bytes beside its characters", async () => {
    const { rows, report } = await read("utf16le-no-bom.csv");
    expect(rows).toEqual([
      [1, ["time_period", "officers"]],
      [2, ["2017", "295"]],
    ]);
    expect(report).toMatchObject({ encoding: "utf-16le", encodingFrom: "bytes", badBytes: null });
  });

  it("stops at a NUL byte: binary, or UTF-16 without its mark", async () => {
    const { report } = await read("nul.csv");
    expect(report.badBytes).toEqual({ line: 3, bytes: "0x00", nul: true });
  });

  it("says a folder cannot be read instead of failing", async () => {
    const { rows, report } = await read("");
    expect(rows).toEqual([]);
    expect(report.readError).toBe("EISDIR");
  });

  it("gives the line of a syntax error in a later chunk of a large file", async () => {
    const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "csv-"));
    const lines = ["a,b"];
    for (let i = 2; i <= 200_000; i++) lines.push(i === 190_000 ? `${i},"x"y` : `${i},a value long enough to span chunks`);
    await writeFile(join(dir, "big.csv"), lines.join("\n"));
    const report = await streamCsv(join(dir, "big.csv"), () => {});
    await rm(dir, { recursive: true });
    expect(report.bytes).toBeGreaterThan(3 << 20);
    expect(report.syntaxErrors).toEqual([
      { line: 190_000, detail: "Trailing quote on quoted field is malformed" },
      { line: 190_000, detail: "Quoted field unterminated" },
    ]);
  });

  it("numbers every row of a large file by its line, quoted line breaks included, with LF and CRLF ends", async () => {
    const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "csv-"));
    for (const end of ["\n", "\r\n"]) {
      const lines = ["id,label"];
      // Row 30,000 holds a quoted line break, so the lines after it move on; a lone CR inside a cell is not a line end.
      for (let i = 1; i <= 90_000; i++) lines.push(i === 30_000 ? `${i},"two${end}lines"` : i === 60_000 ? `${i},"cr\rinside"` : `${i},"plain, quoted"`);
      await writeFile(join(dir, "lines.csv"), lines.join(end) + end);
      const found = new Map<string, number>();
      await streamCsv(join(dir, "lines.csv"), (cells, line) => found.set(cells[0]!, line));
      expect(["1", "29000", "30000", "30001", "60001", "90000"].map((id) => found.get(id))).toEqual([2, 29_001, 30_001, 30_003, 60_003, 90_002]);
    }
    await rm(dir, { recursive: true });
  });

  it("reads every character of a large UTF-8 file whole, wherever a read cuts it, and drops only the first byte-order mark", async () => {
    const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "csv-"));
    // Rows of 1 to 4 byte characters, 27 bytes each with the line end, so the reads cut characters of every length.
    const lines = ["id,place"];
    for (let i = 1; i <= 20_000; i++) lines.push(`${String(i).padStart(5, "0")},Ynys Môn €😀\ufeff`);
    await writeFile(join(dir, "utf8.csv"), `\ufeff${lines.join("\n")}\n`);
    const rows: string[][] = [];
    const report = await streamCsv(join(dir, "utf8.csv"), (cells) => rows.push(cells));
    await rm(dir, { recursive: true });
    expect(report).toMatchObject({ encoding: "utf-8", badBytes: null, readError: null });
    expect(rows.length).toBe(20_001);
    expect(rows[0]).toEqual(["id", "place"]);
    expect(rows.filter((r, i) => i > 0 && r[1] !== "Ynys Môn €😀\ufeff")).toEqual([]);
  });
});

describe("sniffUtf16", () => {
  it("tells UTF-16 without a mark by which side its zero bytes fall, and nothing else", () => {
    const le = Array.from(new TextEncoder().encode("year,officers")).flatMap((b) => [b, 0]);
    expect(sniffUtf16(Uint8Array.from(le))).toBe("utf-16le");
    expect(sniffUtf16(Uint8Array.from(le).subarray(1))).toBe("utf-16be");
    expect(sniffUtf16(new TextEncoder().encode("year,officers"))).toBeNull();
    expect(sniffUtf16(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d))).toBeNull();
  });
});

describe("detectEncoding", () => {
  it("reads UTF-16 marks and defaults to UTF-8", () => {
    expect(detectEncoding(Uint8Array.of(0xff, 0xfe, 0x41))).toBe("utf-16le");
    expect(detectEncoding(Uint8Array.of(0xfe, 0xff, 0x00))).toBe("utf-16be");
    expect(detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf))).toBe("utf-8");
    expect(detectEncoding(Uint8Array.of())).toBe("utf-8");
  });
});
