import { defineConfig } from "vitest/config";

/**
 * Browser tests: the site is built once into a temporary folder and served on loopback by
 * `global-setup.ts`; each file drives the system Chromium through playwright-core.
 */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.e2e.ts"],
    globalSetup: ["test/browser/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
