// Explorer benchmark: a seeded synthetic graph of 20k nodes and 100k edges in headless Chromium.
// Prints load + first render time (target < 3 s) and timeline brush update times (target < 100 ms).
// Run: node apps/cli/bin/run-ts.mjs bench/web.bench.ts [--runs 5] [--nodes 20000] [--edges 100000] [--verbose] [--profile]
import { mkdtempSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, serveGraph } from "../tests/browser/harness.ts";

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const NODES = arg("nodes", 20_000);
const EDGES = arg("edges", 100_000);

/** Mulberry32: a small seeded generator, so every run measures the same graph. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthetic(): object {
  const rnd = random(42);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]!;
  const countries = ["CN", "US", "RU", "TW", "JP", "GB", "FR", "DE", "KR", "IN"];
  const eventCount = Math.floor(NODES / 4);
  const people = NODES - eventCount;
  const nodes: object[] = [];
  const edges: object[] = [];
  const day = (): string => new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3650) * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < people; i++) {
    nodes.push({ key: `p${i}`, attributes: { kind: "person", label: `人物${i}`, labelEn: `Person ${i}`, aliases: [], country: pick(countries), roles: [], mentions: 1, x: rnd() * 1000, y: rnd() * 1000, size: 3, color: "#999" } });
  }
  const dates: string[] = [];
  for (let i = 0; i < eventCount; i++) {
    const d = day();
    dates.push(d);
    nodes.push({ key: `e${i}`, attributes: { kind: "event", label: `事件${i}`, labelEn: null, aliases: [], country: null, roles: [], mentions: 1, x: rnd() * 1000, y: rnd() * 1000, size: 3, color: "#999", eventType: pick(["meeting", "call", "visit"]), status: pick(["happened", "planned"]), start: d, end: d, sources: [] } });
    const a = Math.floor(rnd() * people);
    const b = (a + 1 + Math.floor(rnd() * (people - 1))) % people;
    for (const p of [a, b]) edges.push({ key: `pi${i}-${p}`, source: `p${p}`, target: `e${i}`, attributes: { kind: "participates-in", weight: 1 } });
  }
  const seen = new Set<string>();
  while (edges.length < EDGES) {
    const a = Math.floor(rnd() * people);
    const b = Math.floor(rnd() * people);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const e = Math.floor(rnd() * eventCount);
    edges.push({ key: `c${key}`, source: `p${a}`, target: `p${b}`, undirected: true, attributes: { kind: "contact", weight: 1, events: [`e${e}`], first: dates[e], last: dates[e] } });
  }
  return { attributes: {}, options: { type: "mixed", multi: false, allowSelfLoops: false }, nodes, edges };
}

/** Prints the 15 functions with the most self time in a CPU profile. */
function printProfile(profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] }): void {
  const self = new Map<number, number>();
  profile.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  const byFunction = new Map<string, number>();
  for (const n of profile.nodes) {
    const name = `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + (self.get(n.id) ?? 0));
  }
  for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
}

const RUNS = arg("runs", 5);

/** Median, p95 and max of a list of timings. */
function stats(list: number[]): { median: number; p95: number; max: number } {
  const sorted = [...list].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!, max: sorted[sorted.length - 1]! };
}
const fmt = (x: number): string => x.toFixed(1);
const PHASES = ["fetched", "parsed", "model", "rendered", "first-render"];

const dir = mkdtempSync(join(tmpdir(), "parley-bench-"));
const file = join(dir, "graph.json");
writeFileSync(file, JSON.stringify(synthetic()));
const server = await serveGraph(file);
const browser = await launchBrowser();
const loads: number[] = [];
const phases: Record<string, number>[] = [];
const drag: number[] = [];
const jumps: number[] = [];
const select: number[] = [];
let counts = { nodes: 0, edges: 0, visibleNodes: 0, visibleEdges: 0 };
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.context.newPage();
    page.on("pageerror", (e) => console.error("page error:", e.message));
    // Every run fetches the graph again (the server says no-cache), through the page's own preload.
    const cdp = await browser.context.newCDPSession(page);
    // --profile: print the functions that took the most time while loading (first run only).
    const profiling = run === 0 && process.argv.includes("--profile");
    if (profiling) await cdp.send("Profiler.enable"), await cdp.send("Profiler.start");
    await page.goto(server.url);
    await page.waitForSelector("#app[data-status=ready]", { timeout: 60_000 }).catch(async (error: Error) => {
      const state = await page.evaluate(() => [window.parley?.status(), document.querySelector(".status-message")?.textContent, performance.getEntriesByType("mark").map((m) => `${m.name}@${Math.round(m.startTime)}`)]);
      throw new Error(`parley bench: the explorer never got ready: ${JSON.stringify(state)}; ${error.message}`);
    });
    if (profiling) printProfile((await cdp.send("Profiler.stop")).profile);
    const marks = await page.evaluate((names) => Object.fromEntries(names.map((m) => [m, Math.round(performance.getEntriesByName(`parley:${m}`)[0]?.startTime ?? Number.NaN)])), PHASES);
    phases.push(marks);
    loads.push(marks["first-render"]!);
    counts = await page.evaluate(() => window.parley.counts());
    const day = (d: number): string => new Date(Date.UTC(2019, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    const setRange = (from: string | null, to: string | null): Promise<number> => page.evaluate(([a, b]) => window.parley.setRange(a!, b!), [from, to]);
    // A drag: a one-year brush moved a week at a time, then its end pulled out a week at a time (what pointermove does).
    await setRange(day(0), day(364));
    const steps: number[] = [];
    for (let step = 1; step <= 20; step++) steps.push(await setRange(day(step * 7), day(364 + step * 7)));
    for (let step = 1; step <= 20; step++) steps.push(await setRange(day(140), day(504 + step * 7)));
    drag.push(...steps);
    if (process.argv.includes("--verbose")) console.log(`run ${run + 1}: phases ${JSON.stringify(marks)}; drag steps (ms): ${steps.map((t) => t.toFixed(0)).join(" ")}`);
    // Jumps: the whole span to one month and back (most edges flip at once).
    for (let round = 0; round < 3; round++) jumps.push(await setRange("2015-01-01", "2024-12-31"), await setRange("2018-03-01", "2018-03-31"));
    await setRange(null, null);
    // Opening a person's panel highlights their neighbours: the same repaint a hover does.
    for (const key of ["p1", "p2", "p3", null]) {
      select.push(await page.evaluate((k) => {
        const t = performance.now();
        (window.parley.explorer as { open(key: string | null): void }).open(k);
        return performance.now() - t;
      }, key));
    }
    await page.close();
  }
  const l = stats(loads);
  const d = stats(drag);
  const j = stats(jumps);
  const s = stats(select);
  const phase = Object.fromEntries(PHASES.map((p) => [p, stats(phases.map((m) => m[p]!)).median]));
  console.log(`graph: ${counts.nodes} nodes, ${counts.edges} edges (${counts.visibleNodes} nodes / ${counts.visibleEdges} edges visible at first); ${RUNS} runs; load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(`phases, median ms after navigation start: ${JSON.stringify(phase)}`);
  console.log(`load + first render: median ${l.median.toFixed(0)} ms, p95 ${l.p95.toFixed(0)} ms after navigation start (all: ${loads.map((t) => t.toFixed(0)).join(" ")}) — target < 3000 ms: ${l.median < 3000 ? "PASS" : "FAIL"}`);
  console.log(`brush update while dragging (filter + repaint, ${drag.length} steps): median ${fmt(d.median)} ms, p95 ${fmt(d.p95)} ms, max ${fmt(d.max)} ms — target < 100 ms: ${d.p95 < 100 ? "PASS" : "FAIL"}`);
  console.log(`brush jump whole span <-> one month (${jumps.length}): median ${fmt(j.median)} ms, p95 ${fmt(j.p95)} ms, max ${fmt(j.max)} ms (most of the 100k edges repainted)`);
  console.log(`open a person's panel + highlight neighbours (${select.length}): median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms`);
  process.exitCode = l.median < 3000 && d.p95 < 100 ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
