import { unzipSync } from "fflate";

/**
 * The alternative provision file is published as `….csv.gz` but is a ZIP archive holding one CSV:
 * its one member, checked by name, exactly as stored.
 */
export function onlyMember(archive: Uint8Array, expected: string): Uint8Array {
  if (archive[0] !== 0x50 || archive[1] !== 0x4b) throw new Error(`Expected a ZIP archive (starting "PK") holding ${expected}; found another kind of file`);
  const members = unzipSync(archive);
  const names = Object.keys(members);
  if (names.length !== 1 || names[0] !== expected) throw new Error(`Expected one member, ${expected}, in the archive; found ${names.join(", ") || "none"}`);
  return members[expected]!;
}
