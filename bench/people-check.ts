// Quick check of people recognition: seeds (or a folder) → minimal timeline.json → shared/eval/score.mjs.
//
//   node apps/cli/bin/run-ts.mjs bench/people-check.ts [folder] [--gold gold.json] [--explain] [--list]
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDocuments, splitSentences } from "../packages/extract/src/ingest/index.ts";
import { loadLexicon } from "../packages/extract/src/lexicon/index.ts";
import { explainMentions, recognizeEntities } from "../packages/extract/src/entities/index.ts";
import type { DocEntity } from "../packages/extract/src/model.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const folder = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--gold")) ?? join(root, "seeds");
const gold = opt("--gold") ?? join(root, "..", "shared", "eval", "seeds.gold.json");

const lexicon = loadLexicon(process.env.LEXDIR ? { builtinDir: process.env.LEXDIR } : {});
const documents: { id: string; path: string; title: string | null; published: string | null }[] = [];
const entities = new Map<string, { id: string; type: string; name: string; nameEn: string | null; aliases: Set<string>; documents: Set<string> }>();
for await (const r of loadDocuments([folder])) {
  if (r.kind !== "document") continue;
  const d = r.document;
  documents.push({ id: d.id, path: d.path, title: d.title, published: d.published });
  const sentences = d.paragraphs.flatMap((p) => splitSentences(p));
  const found: DocEntity[] = recognizeEntities(d, sentences, lexicon);
  if (args.includes("--explain")) for (const l of explainMentions(found)) console.log(l);
  for (const e of found) {
    const id = e.id.startsWith("local:") ? `local:${e.name}` : e.id;
    const g = entities.get(id) ?? { id, type: e.type, name: e.name, nameEn: e.nameEn, aliases: new Set<string>(), documents: new Set<string>() };
    e.aliases.forEach((a) => g.aliases.add(a));
    g.documents.add(d.id);
    entities.set(id, g);
  }
}
if (args.includes("--list")) {
  for (const e of entities.values()) if (e.type === "person") console.log(`${e.id}\t${e.name}\t${e.nameEn ?? ""}\t${[...e.documents].map((d) => d.slice(0, 3)).join(",")}`);
}
const timeline = {
  documents,
  entities: [...entities.values()].map((e) => ({ ...e, aliases: [...e.aliases], documents: [...e.documents] })),
  events: [],
};
const out = join(mkdtempSync(join(tmpdir(), "parley-people-")), "timeline.json");
writeFileSync(out, JSON.stringify(timeline, null, 1));
const report = execFileSync("node", [join(root, "..", "shared", "eval", "score.mjs"), "--gold", gold, "--pred", out], { encoding: "utf8" });
console.log(report.split("\n").filter((l) => /people|entities that merge|^  /.test(l) && !/missed events|event/.test(l)).join("\n"));
