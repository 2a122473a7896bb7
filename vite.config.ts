// Root Vite/Vitest config: the test runner for every workspace, and the web app's build via apps/web.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.tsbuild/**"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // nodejieba is a native addon: forks isolate it more reliably than worker threads.
    pool: "forks",
  },
});
