import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadDocuments } from "./load.ts";
import { splitSentences } from "./sentences.ts";
import { toSourceOffset } from "./offsets.ts";
import type { Document } from "../model.ts";

const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
const goldPath = fileURLToPath(new URL("../../../../../shared/eval/seeds.gold.json", import.meta.url));

interface GoldDocument {
  file: string;
  title: string;
  published: string | null;
}

async function loadSeeds(): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const r of loadDocuments([seeds])) if (r.kind === "document") docs.push(r.document);
  return docs;
}

describe("seeds", () => {
  it("should read every seed's title and published date as the hand annotation has them", async () => {
    const gold = (JSON.parse(readFileSync(goldPath, "utf8")) as { documents: GoldDocument[] }).documents;
    const docs = await loadSeeds();
    expect(docs).toHaveLength(gold.length);
    for (const g of gold) {
      const doc = docs.find((d) => d.path.endsWith(g.file));
      expect(doc, g.file).toBeDefined();
      expect(doc!.title, g.file).toBe(g.title);
      expect(doc!.published?.slice(0, 10) ?? null, g.file).toBe(g.published);
    }
  });

  it("should map every paragraph and sentence back into the source file", async () => {
    for (const doc of await loadSeeds()) {
      const source = readFileSync(doc.path, "utf8");
      expect(doc.paragraphs.length, doc.id).toBeGreaterThanOrEqual(5);
      for (const p of doc.paragraphs) {
        for (const s of splitSentences(p)) {
          const c = s.text[0]!;
          if (!/[&<>"]/.test(c)) expect(source[toSourceOffset(p, s.start)], `${doc.id} ${s.text}`).toBe(c);
        }
        expect(p.text).not.toMatch(/获取更多RSS|分享 :|版权声明|feedx/);
      }
    }
  });
});
