import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../../src/node/build-site.ts";

/** Every file under `dir`, as its path from `dir` and the SHA-256 of its bytes, in path order. */
async function fingerprint(dir: string): Promise<[string, string][]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
  return Promise.all(files.map(async (f) => [f, createHash("sha256").update(await readFile(join(dir, f))).digest("hex")] as [string, string]));
}

describe("the same data builds the same site", () => {
  const dirs: string[] = [];
  let first: [string, string][] = [];
  let second: [string, string][] = [];

  beforeAll(async () => {
    const work = await mkdtemp(join(tmpdir(), "reproducible-"));
    dirs.push(work);
    await buildSite({ dataDir: "data", outDir: join(work, "a") });
    // A second build, of a copy of the data, into another folder, on another day, must write the same bytes.
    await cp("data", join(work, "data"), { recursive: true });
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2031-02-03T04:05:06Z") });
    try {
      await buildSite({ dataDir: join(work, "data"), outDir: join(work, "b") });
    } finally {
      vi.useRealTimers();
    }
    [first, second] = await Promise.all([fingerprint(join(work, "a")), fingerprint(join(work, "b"))]);
    // Two builds of the shipped data's some 440 pages.
  }, 300_000);
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("writes the same files", () => {
    expect(first.length).toBeGreaterThan(20);
    expect(second.map(([f]) => f)).toEqual(first.map(([f]) => f));
  });

  it("writes every file byte for byte the same, on any day", () => {
    const differing = first.filter(([f, hash], i) => second[i]?.[0] !== f || second[i]?.[1] !== hash).map(([f]) => f);
    expect(differing).toEqual([]);
  });
});
