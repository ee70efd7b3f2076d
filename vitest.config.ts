import { defineConfig } from "vitest/config";

/** Tests run without the site's Vite config, so a test never depends on the build plugin loading. */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
