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
    // CI asks for a JSON report beside the console output, to print its closing line.
    reporters: process.env.PARLEY_TEST_REPORT ? ["default", "json"] : ["default"],
    outputFile: process.env.PARLEY_TEST_REPORT ? { json: process.env.PARLEY_TEST_REPORT } : undefined,
  },
});
