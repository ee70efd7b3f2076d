import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";

/** The path of a file of the built site, with its folder made; a name that would leave the site's folder is refused. */
export async function siteFile(outDir: string, fileName: string): Promise<string> {
  const target = resolve(outDir, fileName);
  if (!target.startsWith(resolve(outDir) + sep)) throw new Error(`The page or download name "${fileName}" would be written outside the built site; it is not written.`);
  await mkdir(dirname(target), { recursive: true });
  return target;
}

/** Writes one file of the built site. */
export async function writeInto(outDir: string, fileName: string, text: string): Promise<void> {
  await writeFile(await siteFile(outDir, fileName), text);
}
