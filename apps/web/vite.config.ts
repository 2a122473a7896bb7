// Vite config of the explorer: relative asset paths, so `parley serve` (or any static host) can serve dist/ anywhere.
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
