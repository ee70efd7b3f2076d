import { closeSync, openSync, writeSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, posix, resolve, sep } from "node:path";

/**
 * Where the build's pages and downloads go, passed into the build as its one effect: to disk by
 * default, or into memory for a test, so a build can be checked without touching the disk.
 */

/** A file being written in pieces, for files too large to hold whole. */
export interface SiteStream {
  write(text: string): void;
  close(): Promise<void>;
}

/** Writes the files of the built site; every name is a path inside it, e.g. `datasets/x/index.html`. */
export interface SiteWriter {
  /** Writes a whole file: text as UTF-8, or bytes as they are (a zip, a picture). */
  write(fileName: string, content: string | Uint8Array): Promise<void>;
  /** Opens a file to write in pieces. */
  open(fileName: string): Promise<SiteStream>;
  /** Copies a file from disk into the site as it is. */
  copy(from: string, fileName: string): Promise<void>;
}

/** A file name inside the site, normalised; a name that would leave the site is refused. */
export function sitePath(fileName: string): string {
  const normal = posix.normalize(fileName.split(sep).join("/"));
  if (normal.startsWith("../") || normal === ".." || normal.startsWith("/") || normal === ".") {
    throw new Error(`The page or download name "${fileName}" would be written outside the built site; it is not written.`);
  }
  return normal;
}

/** The writer to a folder on disk, making each file's folders as needed. */
export function diskWriter(outDir: string): SiteWriter {
  const target = async (fileName: string): Promise<string> => {
    const path = resolve(outDir, sitePath(fileName));
    await mkdir(dirname(path), { recursive: true });
    return path;
  };
  return {
    write: async (fileName, content) => writeFile(await target(fileName), content),
    open: async (fileName) => {
      const fd = openSync(await target(fileName), "w");
      return { write: (text) => void writeSync(fd, text), close: async () => closeSync(fd) };
    },
    copy: async (from, fileName) => copyFile(from, await target(fileName)),
  };
}

/** A writer that keeps every file in memory, by its name in the site: for tests. */
export function memoryWriter(): SiteWriter & { files: Map<string, string>; bytes: Map<string, Uint8Array> } {
  const files = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();
  return {
    files,
    bytes,
    write: async (fileName, content) => void (typeof content === "string" ? files.set(sitePath(fileName), content) : bytes.set(sitePath(fileName), content)),
    open: async (fileName) => {
      const name = sitePath(fileName);
      const pieces: string[] = [];
      return { write: (text) => void pieces.push(text), close: async () => void files.set(name, pieces.join("")) };
    },
    copy: async (from, fileName) => void files.set(sitePath(fileName), await readFile(from, "utf8")),
  };
}
