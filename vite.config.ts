import { defineConfig } from "vite";
import { clientEntry, dashboard } from "./src/build/plugin.ts";

/** The whole site: the client entry is bundled, and the dashboard plugin writes every page. */
export default defineConfig({
  base: "./",
  appType: "mpa",
  plugins: [dashboard({ dataDir: "data" })],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      input: { main: clientEntry },
    },
  },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
});
