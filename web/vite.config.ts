// Vite's configuration for the playground (npm run web): a static site in web/dist, the
// simulator in a module Web Worker. Relative asset paths (base "./") let the build be served
// from any folder of any static host.
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 8000,
    rolldownOptions: {
      // web-tree-sitter's Emscripten glue evaluates its own code and, under Node only, imports
      // "module" and "fs/promises": neither concerns the page.
      onLog(level, log, handler) {
        if (log.code === "EVAL" || /externalized for browser compatibility/.test(log.message)) return;
        handler(level, log);
      },
    },
  },
  worker: { format: "es" },
});
