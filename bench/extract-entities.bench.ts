// Entity extraction throughput beside raw nodejieba.tag on the same sentences, in the same run.
//
//   node apps/cli/bin/run-ts.mjs bench/extract-entities.bench.ts [--mb 50] [--dir folder] [--rounds 3]
//
// Reads the corpus (bench/corpus.ts: the seeds repeated to ~50 MB) with the ingest module, then times
// (1) nodejieba.tag on every sentence, (2) recognizeEntities on every document, alternately, and keeps
// the best round of each. MB are UTF-8 bytes of the sentences' text. Target: entity extraction at least
// half as fast as raw tagging.
import nodejieba from "nodejieba";
import { ensureCorpus } from "./corpus.ts";
import { loadDocuments, splitSentences } from "../packages/extract/src/ingest/index.ts";
import { loadLexicon } from "../packages/extract/src/lexicon/index.ts";
import { isEnglishPersonName, recognizeEntities, useLexicon } from "../packages/extract/src/entities/index.ts";
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
isEnglishPersonName("Jake Sullivan"); // compromise builds its lexicon on first use: once per process
const compromiseMs = performance.now() - t;

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

/** Wall and CPU seconds of a run (CPU time is steadier on a busy machine). */
function time(run: () => void): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

/** The best of several rounds, alternating the two runs so both see the same machine load. */
const rounds = Number(opt("--rounds") ?? 3);
const best = (a: { wall: number; cpu: number }, b: { wall: number; cpu: number }) => ({ wall: Math.min(a.wall, b.wall), cpu: Math.min(a.cpu, b.cpu) });
let tag = { wall: Infinity, cpu: Infinity };
let ent = { wall: Infinity, cpu: Infinity };
let mentions = 0;
for (let r = 0; r < rounds; r++) {
  tag = best(tag, time(() => {
    for (const { sentences } of docs) for (const s of sentences) if (s.simplified) nodejieba.tag(s.simplified);
  }));
  mentions = 0;
  ent = best(ent, time(() => {
    for (const { doc, sentences } of docs) for (const e of recognizeEntities(doc, sentences, lexicon)) mentions += e.mentions.length;
  }));
}
const rate = (x: { wall: number; cpu: number }) => `${(mb / x.wall).toFixed(2)} MB/s wall (${x.wall.toFixed(1)} s), ${(mb / x.cpu).toFixed(2)} MB/s CPU (${x.cpu.toFixed(1)} s)`;

console.log(`lexicon: ${lexicon.entries.length} entries loaded in ${lexiconMs.toFixed(0)} ms; jieba dictionary + lexicon in ${jiebaMs.toFixed(0)} ms; compromise in ${compromiseMs.toFixed(0)} ms`);
console.log(`corpus: ${docs.length} documents, ${mb.toFixed(1)} MB of sentence text (ingest ${ingestS.toFixed(1)} s, not timed below)`);
console.log(`raw nodejieba.tag:  ${rate(tag)}`);
console.log(`entity extraction:  ${rate(ent)}, ${mentions} mentions`);
console.log(`entity extraction / raw tagging: ${((tag.wall / ent.wall) * 100).toFixed(0)}% wall, ${((tag.cpu / ent.cpu) * 100).toFixed(0)}% CPU (target >= 50%)`);
