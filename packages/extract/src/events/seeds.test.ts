// End to end on the seed articles: the whole pipeline (ingest, entities, times) then extractEvents.
import { beforeAll, describe, expect, it } from "vitest";
import type { Extraction } from "../model.ts";
import { describeEvent, extractFolder, SEEDS_DIR } from "./seeds.ts";

let lines: Map<string, string[]>;

beforeAll(async () => {
  const xs: Extraction[] = await extractFolder(SEEDS_DIR);
  lines = new Map(xs.map((x) => [x.document.id.slice(0, 3), x.events.map((e) => describeEvent(x, e))]));
}, 60_000);

const has = (doc: string, pattern: RegExp): boolean => (lines.get(doc) ?? []).some((l) => pattern.test(l));

describe("events on the seeds", () => {
  it.each([
    ["001", /^meeting \[王毅, 布林肯\] @- 2023-10-26 happened/],
    ["001", /^meeting \[王毅, 沙利文\] @- 2023-10-27 happened/],
    ["002", /^meeting \[布林肯, 王毅\] @华盛顿 2023-10-26 happened/],
    ["003", /^meeting \[普京, 习近平\] @北京 2023-10-01\.\.2023-10-31 planned/],
    ["003", /^visit \[王毅\] @纽约 \S+ not-happened/],
    ["004", /^visit \[王毅\] @纽约 2023-09-01\.\.2023-09-30 not-happened/],
    ["004", /^meeting \[康达, 孙卫东\] @华盛顿 2023-09-28 happened/],
    ["004", /^meeting \[布林肯, 韩正\] @- 2023-09-01\.\.2023-09-30 happened/],
    ["000", /^visit \[克里\] @中国 \? happened/],
  ])("should find in %s: %s", (doc, pattern) => {
    expect(has(doc, pattern), (lines.get(doc) ?? []).join("\n")).toBe(true);
  });

  it("should never report the visit to New York that did not happen as happened", () => {
    const all = [...lines.values()].flat();
    expect(all.filter((l) => /^visit \[王毅\] @纽约/.test(l) && !/not-happened/.test(l))).toEqual([]);
  });
});
