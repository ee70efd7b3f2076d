import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kindOf } from "../../src/charts/registry.ts";
import { buildSite } from "../../src/node/build-site.ts";
import { memoryWriter } from "../../src/node/site-writer.ts";
import type { View } from "../../src/stats/view-types.ts";
import { pageText } from "./page-text.ts";

/** A file that writes its symbols in brackets, as published tables do: each is shown bracketed once, never twice and never bare. */

let files: Map<string, string>;
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "site-"));
  const writer = memoryWriter();
  await buildSite({ dataDir: "test/site/fixtures/bracketed", outDir, writer: () => writer });
  files = writer.files;
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

/** The views of a page, from its data islands, as the browser reads them. */
function views(page: string): View[] {
  return [...page.matchAll(/<script type="application\/json" data-view="[^"]*">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as View);
}

describe("symbols written in brackets", () => {
  it("show bracketed once in the page's tables and symbol keys", () => {
    const page = files.get("datasets/officers/index.html")!;
    const text = pageText(page);
    expect(text).toContain("2015/16 Officers suppressed [c]");
    expect(text).toContain("Boys rounds to zero [low]");
    expect(text).toContain("[c] : confidential: suppressed to protect people. Never counted as zero.");
    expect(page).not.toMatch(/\[\[|\]\]/);
  });

  it("show bracketed once in each chart's CSV, its value and its key", () => {
    const csvs = [...files].filter(([name]) => name.startsWith("downloads/views/") && name.endsWith(".csv"));
    expect(csvs.length).toBeGreaterThan(0);
    const all = csvs.map(([, text]) => text).join("");
    expect(all).toContain("[c],suppressed");
    expect(all).not.toMatch(/\[\[|\]\]|,c,/);
    const readmes = [...files].filter(([name]) => name.startsWith("downloads/views/") && name.endsWith("-readme.txt")).map(([, text]) => text).join("");
    expect(readmes).toContain("- [c]: confidential: suppressed to protect people; never counted as zero");
  });

  it("show bracketed once in a tooltip", () => {
    const trend = views(files.get("datasets/officers/index.html")!).find((v) => v.kind === "trend")!;
    const info = kindOf(trend).tooltip(trend, { series: (trend.kind === "trend" && trend.series[0]!.key) || "", period: "201516|Academic year" });
    expect(info?.lines[0]).toBe("Officers: no figure, suppressed ([c]: confidential: suppressed to protect people). Never counted as zero.");
  });
});
