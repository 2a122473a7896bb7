// The explorer in headless Chromium on the sample graph: rendering, search, timeline brush, untrusted text, exports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, countColors, openExplorer, type OpenExplorer } from "./harness.ts";

const FIXTURE = new URL("./fixtures/sample-graph.json", import.meta.url).pathname;
const SCHEMA = new URL("../../../shared/gexf-1.3/gexf.rng", import.meta.url).pathname;
const CN = "#d62728";
const US = "#1f77b4";
const BLINKEN_EDGE = "contact:person:antony-blinken--person:wang-yi";
const SULLIVAN_EDGE = "contact:person:jake-sullivan--person:wang-yi";
const BIDEN_EDGE = "contact:person:joe-biden--person:wang-yi";

let browser: OpenExplorer["browser"];
let server: OpenExplorer["server"];
let page: OpenExplorer["page"];

async function openPerson(query: string): Promise<void> {
  await page.fill("input[type=search]", "");
  await page.fill("input[type=search]", query);
  await page.waitForSelector(".suggestions li");
  await page.press("input[type=search]", "Enter");
  await page.waitForSelector(".entity-panel:not([hidden]) h2");
}

describe("explorer (browser)", () => {
  beforeAll(async () => {
    ({ server, browser, page } = await openExplorer(FIXTURE));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("should render the contact network with country colors", async () => {
    await page.waitForTimeout(300);
    const png = await page.locator("#graph").screenshot({ path: join(ARTIFACTS, "graph.png") });
    const [cn, us] = await countColors(page, png, [CN, US]);
    expect(cn).toBeGreaterThan(50);
    expect(us).toBeGreaterThan(50);
    await expect(page.locator(".legend li").allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining("United States")]));
  });

  it("should open 布林肯's panel with the 2023-10-26 meeting with 王毅 in Washington and its quote", async () => {
    await openPerson("布林肯");
    const panel = page.locator(".entity-panel");
    await expect(panel.locator("h2").textContent()).resolves.toBe("布林肯 Antony Blinken");
    const meeting = panel.locator("li.event", { hasText: "2023-10-26" });
    await expect(meeting.count()).resolves.toBe(1);
    const text = await meeting.textContent();
    expect(text).toContain("王毅 Wang Yi");
    expect(text).toContain("华盛顿 Washington");
    expect(text).toContain("周四（10月26日）下午，美国国务卿安东尼‧布林肯（Antony Blinken）在华盛顿接待中共最高外交官王毅。");
    const link = meeting.locator("a").first();
    await expect(link.getAttribute("target")).resolves.toBe("_blank");
    await expect(link.getAttribute("rel")).resolves.toContain("noopener");
    await page.screenshot({ path: join(ARTIFACTS, "panel-blinken.png") });
  });

  it.each([["蘇利文", "沙利文 Jake Sullivan"], ["sullivan", "沙利文 Jake Sullivan"], ["wangyi", "王毅 Wang Yi"], ["習近平", "习近平 Xi Jinping"]])(
    "should suggest %s as %s", async (query, label) => {
      await page.waitForSelector("#app[data-search=full]");
      await page.fill("input[type=search]", query);
      await expect(page.locator(".suggestions li .suggestion-label").first().textContent()).resolves.toBe(label);
      await page.fill("input[type=search]", "");
    });

  it("should keep the Malta meeting and hide the October ones when the brush covers September 2023", async () => {
    await openPerson("王毅");
    const bar = await page.locator("rect.bar[data-month='2023-09']").boundingBox();
    expect(bar).not.toBeNull();
    await page.mouse.move(bar!.x + 1, bar!.y + bar!.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar!.x + bar!.width / 2, bar!.y + bar!.height / 2, { steps: 4 });
    await page.mouse.move(bar!.x + bar!.width, bar!.y + bar!.height / 2, { steps: 4 });
    await page.mouse.up();
    const visible = await page.evaluate(([a, b, c]) => [a, b, c].map((k) => window.parley.isEdgeVisible(k!)), [SULLIVAN_EDGE, BLINKEN_EDGE, BIDEN_EDGE]);
    expect(visible).toEqual([true, false, false]);
    await expect(page.locator("input[aria-label=From]").inputValue()).resolves.toMatch(/^2023-09-0[12]$/);
    await expect(page.locator(".entity-panel li.event:not(.outside)").allTextContents()).resolves.toEqual([expect.stringContaining("马耳他 Malta")]);
    await page.screenshot({ path: join(ARTIFACTS, "brush-september.png") });
    await page.check("input[name=view][value=knowledge]");
    const events = await page.evaluate(() => ["event:wang-yi-jake-sullivan-2023-09-16", "event:wang-yi-antony-blinken-2023-10-26", "event:wang-yi-jake-sullivan-2023-10-27"].map((k) => window.parley.isNodeVisible(k)));
    expect(events).toEqual([true, false, false]);
    await page.check("input[name=view][value=contact]");
  });

  it("should hide planned events when the status filter says so", async () => {
    await page.click("button:has-text('全部 All dates')");
    await page.uncheck("input[name=status][value=planned]");
    expect(await page.evaluate(() => window.parley.isEdgeVisible("contact:person:joe-biden--person:xi-jinping"))).toBe(false);
    await page.check("input[name=status][value=planned]");
    expect(await page.evaluate(() => window.parley.isEdgeVisible("contact:person:joe-biden--person:xi-jinping"))).toBe(true);
  });

  it("should show the malicious article's markup as text", async () => {
    await openPerson("普京");
    const panel = page.locator(".entity-panel");
    await expect(panel.textContent()).resolves.toContain("<script>window.__xss=1</script>");
    await expect(panel.textContent()).resolves.toContain('<img src=x onerror="window.__xss=1">');
    await expect(panel.locator("script, img").count()).resolves.toBe(0);
    await expect(panel.locator("a[href^='javascript']").count()).resolves.toBe(0);
    await page.check("input[name=view][value=knowledge]");
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: join(ARTIFACTS, "malicious.png") });
    await page.check("input[name=view][value=contact]");
  });

  it("should export the visible view as GEXF that validates against GEXF 1.3", async () => {
    await page.evaluate(() => window.parley.setRange("2023-09-01", "2023-09-30"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export=gexf]")]);
    const file = join(ARTIFACTS, "view.gexf");
    await download.saveAs(file);
    const xml = readFileSync(file, "utf8");
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain("person:jake-sullivan");
    expect(xml).not.toContain("person:antony-blinken");
    execFileSync("xmllint", ["--noout", "--relaxng", SCHEMA, file], { stdio: "pipe" });
    await page.evaluate(() => window.parley.setRange(null, null));
  });

  it("should export the view as PNG", async () => {
    await page.click(".entity-panel .close");
    await page.evaluate(() => window.parley.setRange(null, null));
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export=png]")]);
    const file = join(ARTIFACTS, "view.png");
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const [cn] = await countColors(page, png, [CN]);
    expect(cn).toBeGreaterThan(50);
  });

  it("should open a GEXF file and refuse a file that is no graph", async () => {
    await page.setInputFiles("input[type=file]", join(ARTIFACTS, "view.gexf"));
    await page.waitForSelector("#app[data-status=ready]");
    expect(await page.evaluate(() => window.parley.counts().nodes)).toBeGreaterThan(1);
    const notes = join(ARTIFACTS, "notes.txt");
    writeFileSync(notes, "王毅在26日与27日两天分别与布林肯、沙利文会晤\n");
    await page.setInputFiles("input[type=file]", notes);
    await page.waitForSelector("#app[data-status=error]");
    await expect(page.locator(".status-message").textContent()).resolves.toContain("neither a graph.json");
  });
});
