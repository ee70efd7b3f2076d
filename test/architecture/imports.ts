import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/**
 * The import graph of the source: every relative import of every non-test file under `src/`
 * (static, re-exports, `import("…")` with or without a `${…}` part, and `import("…")` types),
 * checked against the runtime layers each folder is allowed to import.
 */

/** A folder under `src/` and the folders its files may import, itself included. */
export const LAYERS: Record<string, readonly string[]> = {
  text: ["text"],
  geo: ["text", "geo"],
  data: ["text", "geo", "data"],
  stats: ["text", "geo", "data", "stats"],
  charts: ["text", "geo", "data", "stats", "charts"],
  site: ["text", "geo", "data", "stats", "charts", "site"],
  client: ["text", "geo", "data", "stats", "charts", "client"],
  node: ["text", "geo", "data", "stats", "charts", "site", "node", "cli"],
  cli: ["text", "geo", "data", "stats", "charts", "site", "node", "cli"],
};

/** One file's relative imports, as written. */
export interface SourceImports {
  /** Path from the project root, with `/`. */
  file: string;
  specifiers: string[];
}

/** Every relative module a file names: imports, re-exports, dynamic imports (a `${…}` part kept as written) and import types. */
export function relativeSpecifiers(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      const arg = node.arguments[0];
      if (ts.isStringLiteralLike(arg)) found.push(arg.text);
      else if (ts.isTemplateExpression(arg)) found.push(arg.getText(source).slice(1, -1));
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) found.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((s) => s.startsWith("."));
}

/** Every non-test `.ts` file under `dir` (paths from `root`) with the relative modules it names. */
export function readSources(root: string, dir = "src"): SourceImports[] {
  const files = (readdirSync(join(root, dir), { recursive: true }) as string[])
    .map((f) => join(dir, f).split(sep).join("/"))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort();
  return files.map((file) => ({ file, specifiers: relativeSpecifiers(file, readFileSync(join(root, file), "utf8")) }));
}

/** The files a specifier names, from the file that names it: one, or each a `${…}` part may stand for. */
export function targets(file: string, specifier: string, files: readonly string[]): string[] {
  const base = relative(".", resolve(dirname(file), specifier.replace(/\$\{[^}]*\}/g, "\u0000"))).split(sep).join("/");
  if (!base.includes("\u0000")) return [base];
  const pattern = new RegExp(`^${base.split("\u0000").map((p) => p.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("[^/]+")}$`);
  return files.filter((f) => pattern.test(f));
}

/** The layer a path under `src/` belongs to: its first folder. */
export function layerOf(path: string): string {
  return path.split("/")[1] ?? "";
}

/** An import the layer rules forbid. */
export interface Forbidden {
  file: string;
  imports: string;
  rule: string;
}

/** Every import from a folder into one its layer may not import (or into a folder with no layer). */
export function forbiddenImports(sources: readonly SourceImports[]): Forbidden[] {
  const files = sources.map((s) => s.file);
  return sources.flatMap(({ file, specifiers }) => {
    const from = layerOf(file);
    const allowed = LAYERS[from];
    return specifiers.flatMap((specifier) =>
      targets(file, specifier, files).flatMap((target) => {
        const to = layerOf(target);
        if (allowed?.includes(to)) return [];
        return [{ file, imports: target, rule: allowed ? `src/${from}/ may import only ${allowed.map((l) => `src/${l}/`).join(", ")}` : `src/${from}/ is not a layer` }];
      }),
    );
  });
}

/** Each cycle of files importing one another, as the files in it (strongly connected components of more than one file, or a file importing itself). */
export function importCycles(sources: readonly SourceImports[]): string[][] {
  const files = sources.map((s) => s.file);
  const edges = new Map(sources.map(({ file, specifiers }) => [file, [...new Set(specifiers.flatMap((s) => targets(file, s, files)))].filter((t) => files.includes(t))]));
  // Tarjan's algorithm.
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!order.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) !== order.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || edges.get(v)!.includes(v)) cycles.push(component.sort());
  };
  for (const file of files) if (!order.has(file)) connect(file);
  return cycles;
}
