import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../../src/node/build-site.ts";
import { requireChromium } from "./browser.ts";
import { serve } from "./serve.ts";

/** The sub-path the test site is served under, as on a host that is not at the root. */
export const BASE = "/police-in-schools/";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

/**
 * Builds the site once (the shipped data plus the fixture data folder) into a temporary folder
 * with `SITE_URL` set to where it is then served on loopback, under a sub-path.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  requireChromium();
  const work = await mkdtemp(join(tmpdir(), "browser-tests-"));
  const dataDir = join(work, "data");
  const distDir = join(work, "dist");
  await mkdir(dataDir);
  await cp(resolve("data"), dataDir, { recursive: true });
  await cp(resolve("test/browser/fixtures/data"), dataDir, { recursive: true });
  const server = await serve(distDir, BASE);
  const siteUrl = `${server.origin}${BASE}`;
  await buildSite({ dataDir, outDir: distDir, siteUrl });
  project.provide("siteUrl", siteUrl);
  project.provide("distDir", distDir);
  return async () => {
    await server.close();
    await rm(work, { recursive: true, force: true });
  };
}
