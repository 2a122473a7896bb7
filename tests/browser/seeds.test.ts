// The explorer on the real seeds build (`parley build seeds`): what a reader of the five articles should see.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ARTIFACTS, countColors, openExplorer, type OpenExplorer } from "./harness.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const SCHEMA = join(ROOT, "../shared/gexf-1.3/gexf.rng");
const QUOTE = "周四（10月26日）下午，美国国务卿安东尼‧布林肯（Antony Blinken）在华盛顿接待中共最高外交官王毅。";

interface Serialized {
  nodes: { key: string; attributes: { kind: string; start?: string | null } }[];
  edges: { key: string; source: string; target: string; attributes: { kind: string } }[];
}

let browser: OpenExplorer["browser"];
let server: OpenExplorer["server"];
let page: OpenExplorer["page"];
let graph: Serialized;

const contact = (a: string, b: string): string =>
  graph.edges.find((e) => e.attributes.kind === "contact" && [e.source, e.target].sort().join() === [a, b].sort().join())?.key ?? `missing ${a}–${b}`;

describe("explorer on the seeds build (browser)", () => {
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "parley-seeds-"));
    execFileSync(process.execPath, [join(ROOT, "apps/cli/bin/parley.mjs"), "build", join(ROOT, "seeds"), "--out", out], { cwd: ROOT, stdio: "pipe" });
    graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as Serialized;
    ({ server, browser, page } = await openExplorer(join(out, "graph.json")));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("should draw Chinese and American officials in their colors", async () => {
    await page.waitForTimeout(300);
    const png = await page.locator("#graph").screenshot({ path: join(ARTIFACTS, "seeds-graph.png") });
    const [cn, us] = await countColors(page, png, ["#d62728", "#1f77b4"]);
    expect(cn).toBeGreaterThan(50);
    expect(us).toBeGreaterThan(50);
  });

  it("should list 布林肯's 2023-10-26 meeting with 王毅 in Washington and its quote", async () => {
    await page.fill("input[type=search]", "布林肯");
    await page.waitForSelector(".suggestions li");
    await page.press("input[type=search]", "Enter");
    const meeting = page.locator(".entity-panel li.event", { hasText: "2023-10-26" }).filter({ hasText: "会见 meeting" });
    await expect(meeting.count()).resolves.toBe(1);
    const text = await meeting.textContent();
    expect(text).toContain("王毅 Wang Yi");
    expect(text).toContain("华盛顿");
    expect(text).toContain(QUOTE);
    expect(text).toMatch(/置信度 \d+%/);
    await page.screenshot({ path: join(ARTIFACTS, "seeds-blinken.png") });
  });

  it("should keep the Malta meeting and hide the October ones in September 2023", async () => {
    await page.evaluate(() => window.parley.setRange("2023-09-01", "2023-09-30"));
    const keys = [contact("person:wang-yi", "person:jake-sullivan"), contact("person:wang-yi", "person:antony-blinken"), contact("person:wang-yi", "person:joe-biden")];
    expect(await page.evaluate((k) => k.map((key) => window.parley.isEdgeVisible(key)), keys)).toEqual([true, false, false]);
    await page.click(".entity-panel .close");
    await page.check("input[name=view][value=knowledge]");
    const events = graph.nodes.filter((n) => n.attributes.kind === "event" && /^2023-(09-16|10-2[67])/.test(n.attributes.start ?? ""));
    const shown = await page.evaluate((k) => k.map((key) => window.parley.isNodeVisible(key)), events.map((e) => e.key));
    expect(events.map((e, i) => [e.attributes.start!.slice(0, 7), shown[i]])).toEqual(events.map((e) => [e.attributes.start!.slice(0, 7), e.attributes.start!.startsWith("2023-09")]));
    await page.screenshot({ path: join(ARTIFACTS, "seeds-september-knowledge.png") });
    await page.check("input[name=view][value=contact]");
  });

  it("should export a GEXF file valid against GEXF 1.3", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export=gexf]")]);
    const file = join(ARTIFACTS, "seeds-view.gexf");
    await download.saveAs(file);
    execFileSync("xmllint", ["--noout", "--relaxng", SCHEMA, file], { stdio: "pipe" });
    await page.evaluate(() => window.parley.setRange(null, null));
  });

  it("should show 王毅's contacts around him (the README screenshot)", async () => {
    await page.reload();
    await page.waitForSelector("#app[data-status=ready]");
    await page.waitForSelector("#app[data-search=full]");
    await page.fill("input[type=search]", "wangyi");
    await page.waitForSelector(".suggestions li");
    await page.press("input[type=search]", "Enter");
    await expect(page.locator(".entity-panel h2").textContent()).resolves.toBe("王毅 Wang Yi");
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(ARTIFACTS, "seeds-wang-yi.png") });
  });
});
