import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";

/** Writes one file of the built site, making its folder; a name that would leave the site's folder is refused. */
export async function writeInto(outDir: string, fileName: string, text: string): Promise<void> {
  const target = resolve(outDir, fileName);
  if (!target.startsWith(resolve(outDir) + sep)) throw new Error(`The page or download name "${fileName}" would be written outside the built site; it is not written.`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
}
