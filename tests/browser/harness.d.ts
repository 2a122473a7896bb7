import { type BrowserContext } from "playwright-core";
import { type RunningServer } from "../../apps/cli/src/commands/serve.ts";
/** Chromium as Debian installs it; never a downloaded browser. */
export declare const CHROMIUM = "/usr/bin/chromium";
/** Flags for a quiet, offline, headless run. */
export declare const CHROMIUM_ARGS: string[];
/** Where tests leave screenshots and downloads (gitignored). */
export declare const ARTIFACTS: string;
/** A browser context with a fresh profile; `close` also removes the profile. */
export declare function launchBrowser(): Promise<{
    context: BrowserContext;
    close(): Promise<void>;
}>;
/** Serves `graphJson` as a build on a free port; the explorer is built on demand. */
export declare function serveGraph(graphJson: string): Promise<RunningServer & {
    outDir: string;
}>;
/** Counts the pixels of a PNG close to each color (decoded by the page's own image decoder). */
export declare function countColors(page: import("playwright-core").Page, png: Buffer, colors: string[], tolerance?: number): Promise<number[]>;
