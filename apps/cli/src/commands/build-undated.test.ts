// `parley build` on a small corpus with undated articles: they are dated by the articles that report the same events.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const BIN = resolve(import.meta.dirname, "../../bin/parley.mjs");
const dir = mkdtempSync(join(tmpdir(), "parley-undated-"));

const FILES: Record<string, string> = {
  // dated, simplified: the Kazan meetings
  "a_kazan.md": "---\ntitle: 习近平在喀山会见莫迪\ndate: 2024-10-24\n---\n\n中国国家主席习近平10月23日在喀山会见印度总理莫迪。\n\n10月22日，习近平在喀山同俄罗斯总统普京举行会谈。\n",
  // dated, traditional: the state visit of 2017
  "b_visit.md": "---\ntitle: 習近平與川普會談\ndate: 2017-11-10\n---\n\n習近平11月9日在人民大會堂同美國總統川普舉行會談。\n\n國務院總理李克強11月9日下午會見川普。\n",
  // undated: a year written in background and another; the weekday fits 2019 and 2024
  "u_kazan.txt": "习近平与莫迪喀山会晤\n\n两人上一次正式会晤是在2019年10月。2022年，两国关系持续紧张。\n\n习近平10月23日在喀山会见莫迪。10月22日，习近平同普京举行会谈。\n",
  // undated, traditional, no month at all: only 昨天（9日）
  "u_visit.txt": "習近平會見川普\n\n1949年以來，他是首位在故宮受到款待的外國元首。\n\n習近平昨天（9日）在人民大會堂同川普舉行會談。國務院總理李克強昨天下午也會見了川普。\n",
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parley build (undated articles)", () => {
  it("should date undated articles by the dated articles that report the same events, in both scripts", () => {
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    const out = join(dir, "out");
    const r = spawnSync(process.execPath, [BIN, "build", dir, "--out", out, "--quiet"], { encoding: "utf8", timeout: 170_000 });
    expect(r.status, r.stderr).toBe(0);
    const timeline = JSON.parse(readFileSync(join(out, "timeline.json"), "utf8")) as {
      documents: { id: string; published: string | null; dateline?: { date: string; inferred: boolean } }[];
      events: { participants: string[]; start: string | null; sources: { document: string }[] }[];
    };
    const dateline = (id: string) => timeline.documents.find((d) => d.id === id)?.dateline;
    expect(timeline.documents.find((d) => d.id === "u_kazan")?.published).toBeNull();
    expect(dateline("u_kazan")?.date.slice(0, 4)).toBe("2024");
    expect(dateline("u_kazan")?.inferred).toBe(true);
    expect(dateline("u_visit")?.date).toBe("2017-11-10");
    // The undated articles' meetings join the dated ones instead of making events of their own.
    const kazan = timeline.events.filter((e) => e.participants.includes("person:narendra-modi") && e.start?.startsWith("2024-10-23"));
    expect(kazan).toHaveLength(1);
    expect([...new Set(kazan[0]?.sources.map((s) => s.document))].sort()).toEqual(["a_kazan", "u_kazan"]);
    const talks = timeline.events.filter((e) => e.participants.includes("person:li-keqiang"));
    expect(talks.map((e) => e.start)).toEqual(["2017-11-09"]);
  });
});
