// Pointer work in headless Chromium on the sample graph: hover highlight, ForceAtlas2 start/stop, the play sweep.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openExplorer, type OpenExplorer } from "./harness.ts";

const FIXTURE = new URL("./fixtures/sample-graph.json", import.meta.url).pathname;

interface RendererLike {
  getNodeDisplayData(key: string): { x: number; y: number; color: string } | undefined;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
}

let browser: OpenExplorer["browser"];
let server: OpenExplorer["server"];
let page: OpenExplorer["page"];

const displayColor = (key: string): Promise<string | undefined> =>
  page.evaluate((k) => (window.parley.explorer as { renderer(): RendererLike }).renderer().getNodeDisplayData(k)?.color, key);

describe("explorer interactions (browser)", () => {
  beforeAll(async () => {
    ({ server, browser, page } = await openExplorer(FIXTURE));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("should dim everything but 王毅's neighbours while the pointer is on him", async () => {
    const at = await page.evaluate(() => {
      const r = (window.parley.explorer as { renderer(): RendererLike }).renderer();
      return r.framedGraphToViewport(r.getNodeDisplayData("person:wang-yi")!);
    });
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect.poll(() => displayColor("person:xi-jinping")).toBe("#e6e6e6");
    await expect(displayColor("person:antony-blinken")).resolves.toBe("#1f77b4");
    await page.mouse.move(box.x + 2, box.y + 2);
    await expect.poll(() => displayColor("person:xi-jinping")).toBe("#d62728");
  });

  it("should move nodes with ForceAtlas2 until stopped", async () => {
    const x = (): Promise<number> => page.evaluate(() => (window.parley.explorer as { renderer(): RendererLike }).renderer().getNodeDisplayData("person:wang-yi")!.x);
    const before = await x();
    await page.click("button[data-layout=forceatlas2]");
    await expect(page.locator("button[data-layout=forceatlas2]").textContent()).resolves.toContain("■");
    await expect.poll(x, { timeout: 5000 }).not.toBe(before);
    await page.click("button[data-layout=forceatlas2]");
    await expect(page.locator("button[data-layout=forceatlas2]").textContent()).resolves.toContain("▶");
  });

  it("should sweep the brush month by month with the play button", async () => {
    await page.click("button.play");
    await expect.poll(() => page.locator("input[aria-label=From]").inputValue()).toBe("2023-09-01");
    await expect.poll(() => page.locator("input[aria-label=From]").inputValue(), { timeout: 5000 }).toBe("2023-10-01");
    expect(await page.evaluate(() => window.parley.isEdgeVisible("contact:person:antony-blinken--person:wang-yi"))).toBe(true);
    await page.click("button.play");
    await expect(page.locator("button.play").textContent()).resolves.toContain("Play");
  });
});
