// Entity extraction throughput beside raw nodejieba.tag on the same sentences, in the same run.
//
//   node apps/cli/bin/run-ts.mjs bench/extract-entities.bench.ts [--mb 50] [--dir folder]
//
// Reads the corpus (bench/corpus.ts: the seeds repeated to ~50 MB) with the ingest module, then times
// (1) nodejieba.tag on every sentence, (2) recognizeEntities on every document. MB are UTF-8 bytes of the
// sentences' text. Target: entity extraction at least half as fast as raw tagging.
import nodejieba from "nodejieba";
import { ensureCorpus } from "./corpus.ts";
import { loadDocuments, splitSentences } from "../packages/extract/src/ingest/index.ts";
import { loadLexicon } from "../packages/extract/src/lexicon/index.ts";
import { recognizeEntities, useLexicon } from "../packages/extract/src/entities/index.ts";
import type { Document, Sentence } from "../packages/extract/src/model.ts";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const limitBytes = Number(opt("--mb") ?? 50) * 1024 * 1024;
const dir = opt("--dir") ?? (await ensureCorpus());

let t = performance.now();
const lexicon = loadLexicon();
const lexiconMs = performance.now() - t;
t = performance.now();
useLexicon(lexicon);
const jiebaMs = performance.now() - t;

t = performance.now();
const docs: { doc: Document; sentences: Sentence[] }[] = [];
let bytes = 0;
for await (const r of loadDocuments([dir])) {
  if (r.kind !== "document") continue;
  const sentences = r.document.paragraphs.flatMap((p) => splitSentences(p));
  docs.push({ doc: r.document, sentences });
  for (const s of sentences) bytes += Buffer.byteLength(s.simplified);
  if (bytes >= limitBytes) break;
}
const ingestS = (performance.now() - t) / 1000;
const mb = bytes / 1e6;

t = performance.now();
for (const { sentences } of docs) for (const s of sentences) if (s.simplified) nodejieba.tag(s.simplified);
const tagS = (performance.now() - t) / 1000;

t = performance.now();
let mentions = 0;
for (const { doc, sentences } of docs) for (const e of recognizeEntities(doc, sentences, lexicon)) mentions += e.mentions.length;
const entS = (performance.now() - t) / 1000;

console.log(`lexicon: ${lexicon.entries.length} entries loaded in ${lexiconMs.toFixed(0)} ms; jieba dictionary + lexicon in ${jiebaMs.toFixed(0)} ms`);
console.log(`corpus: ${docs.length} documents, ${mb.toFixed(1)} MB of sentence text (ingest ${ingestS.toFixed(1)} s, not timed below)`);
console.log(`raw nodejieba.tag:  ${(mb / tagS).toFixed(2)} MB/s (${tagS.toFixed(1)} s)`);
console.log(`entity extraction:  ${(mb / entS).toFixed(2)} MB/s (${entS.toFixed(1)} s, ${mentions} mentions) = ${((tagS / entS) * 100).toFixed(0)}% of raw tagging`);
