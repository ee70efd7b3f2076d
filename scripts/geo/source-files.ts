/**
 * Reads the published files from a folder laid out as `<owner>+<repository>/<path>`, refusing any
 * file whose git blob id is not the one pinned in scripts/geo/sources.ts.
 */

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceBytes } from "./build.ts";
import { SOURCES, sourceLocation } from "./sources.ts";

/** git's blob id for a file's bytes, so a file can be matched to the commit it was read at. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}

/** Every source file's bytes, each checked against its pinned blob id. */
export function readSources(folder: string): SourceBytes {
  const entries = SOURCES.map((file) => {
    const path = join(folder, sourceLocation(file));
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new Error(`Missing ${path}: save ${file.path} from ${file.repository} at commit ${file.commit} there.`);
    }
    const blob = gitBlobId(bytes);
    if (blob !== file.blob) {
      throw new Error(`${path} is not ${file.path} as at ${file.repository}@${file.commit} (blob ${blob}, expected ${file.blob}). Save that version, or update scripts/geo/sources.ts and rebuild.`);
    }
    return [file.id, bytes] as const;
  });
  return Object.fromEntries(entries) as unknown as SourceBytes;
}
