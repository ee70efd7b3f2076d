import { strToU8, Zip, ZipDeflate } from "fflate";

/**
 * A zip archive made as its entries are written, so a large dataset is compressed piece by piece
 * rather than held twice. Every entry carries the same date, so a build makes the same bytes.
 */

/** The date stamped on every entry: fixed, so rebuilding the same data gives the same archive. */
const ENTRY_DATE = new Date("2020-01-01T00:00:00Z");

/** One entry being written: text handed on in pieces, then closed. */
export interface ZipEntry {
  write(text: string): void;
  close(): void;
}

/** A zip being built; entries are written one after another, and `bytes()` gives the archive. */
export class ZipBuilder {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private failure: Error | null = null;
  private finished = false;

  constructor() {
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure = error;
      else this.chunks.push(chunk);
      if (final) this.finished = true;
    });
  }

  /** Starts an entry; the one before it must be closed first. */
  entry(name: string): ZipEntry {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = ENTRY_DATE;
    this.zip.add(file);
    return { write: (text) => file.push(strToU8(text)), close: () => file.push(new Uint8Array(0), true) };
  }

  /** Writes a whole entry. */
  add(name: string, text: string): void {
    const entry = this.entry(name);
    entry.write(text);
    entry.close();
  }

  /** The finished archive. */
  bytes(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    if (!this.finished) throw new Error("The zip archive was not finished: an entry was left open.");
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
