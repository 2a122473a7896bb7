// Shared setup of the browser tests and the benchmark: Debian's chromium through playwright-core, and a served build.
import { chromium, type BrowserContext } from "playwright-core";
import { existsSync, mkdtempSync, mkdirSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, type RunningServer } from "../../apps/cli/src/commands/serve.ts";

/** Chromium as Debian installs it; never a downloaded browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a quiet, offline, headless run. */
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Where tests leave screenshots and downloads (gitignored). */
export const ARTIFACTS = new URL("../.artifacts/", import.meta.url).pathname;

/** A browser context with a fresh profile; `close` also removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`parley tests: ${CHROMIUM} is missing; install Debian's browser: apt-get install -y chromium fonts-wqy-microhei`);
  const profile = mkdtempSync(join(tmpdir(), "parley-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves `graphJson` as a build on a free port; the explorer is built on demand. */
export async function serveGraph(graphJson: string): Promise<RunningServer & { outDir: string }> {
  const outDir = mkdtempSync(join(tmpdir(), "parley-out-"));
  copyFileSync(graphJson, join(outDir, "graph.json"));
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer({ outDir, port: 0, host: "127.0.0.1", log: () => undefined });
  return { ...server, outDir };
}

/** A served graph, a browser and a page with the explorer loaded and ready. */
export interface OpenExplorer {
  server: Awaited<ReturnType<typeof serveGraph>>;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
  page: import("playwright-core").Page;
}

/** Serves `graphJson`, launches Chromium and opens the explorer, waiting until it is ready. */
export async function openExplorer(graphJson: string): Promise<OpenExplorer> {
  const server = await serveGraph(graphJson);
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.waitForSelector("#app[data-status=ready]");
  return { server, browser, page };
}

/** Counts the pixels of a PNG close to each color (decoded by the page's own image decoder). */
export async function countColors(page: import("playwright-core").Page, png: Buffer, colors: string[], tolerance = 24): Promise<number[]> {
  return page.evaluate(async ({ data, colors, tolerance }) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const rgb = colors.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
    const counts = colors.map(() => 0);
    for (let i = 0; i < px.length; i += 4) {
      rgb.forEach(([r, g, b], k) => {
        if (Math.abs(px[i]! - r!) <= tolerance && Math.abs(px[i + 1]! - g!) <= tolerance && Math.abs(px[i + 2]! - b!) <= tolerance) counts[k]!++;
      });
    }
    return counts;
  }, { data: png.toString("base64"), colors, tolerance });
}
