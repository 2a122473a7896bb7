// Extraction quality on every annotated set: builds each with the CLI, scores it with the shared scorer,
// prints one row per set and the pooled (micro-averaged) events F1 of the tuned and the sealed sets.
//   node apps/cli/bin/run-ts.mjs bench/quality.bench.ts [set ...]     (npm run bench:quality)
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HAVE_SCORER, SCORER, SEEDS_GOLD, scoreBuild, type Score } from "../tests/scoring.ts";

/** An annotated set: where its articles are, its gold, and whether the extractor was tuned on it. */
interface QualitySet {
  name: string;
  inputs: string;
  gold: string;
  sealed: boolean;
}

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** A set in tests/NAME with its gold tests/NAME/NAME.gold.json. */
function testSet(name: string, sealed: boolean): QualitySet {
  return { name, inputs: root(`tests/${name}`), gold: root(`tests/${name}/${name}.gold.json`), sealed };
}

/** Tuned sets: their misses were read by the people who wrote the rules, and the confidence model learns from them (fresh22-24, fresh27 and fresh30, the validation sets, were scored but never read). Sealed sets: scored, never read (fresh39-45 written at the start of round nine, fresh46-52 at its end). */
const SETS: QualitySet[] = [
  { name: "seeds", inputs: root("seeds"), gold: SEEDS_GOLD, sealed: false },
  ...["dev", "holdout", "blind", "final", ...Array.from({ length: 38 }, (_, i) => `fresh${i + 1}`)].map((name) => testSet(name, false)),
  ...Array.from({ length: 14 }, (_, i) => `fresh${i + 39}`).map((name) => testSet(name, true)),
];

/** Micro-averaged events figures over several scores. */
function pooled(scores: Score[]): { matched: number; predicted: number; required: number; precision: number; recall: number; f1: number } {
  const matched = scores.reduce((n, s) => n + s.events.matched, 0);
  // The scorer's precision leaves out predictions that match only optional gold events.
  const predicted = scores.reduce((n, s) => n + s.events.predicted - s.events.ignoredOptional, 0);
  const required = scores.reduce((n, s) => n + s.events.required, 0);
  const precision = predicted ? matched / predicted : 1;
  const recall = required ? matched / required : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { matched, predicted, required, precision, recall, f1 };
}

const round = (x: number): string => x.toFixed(3);

if (!HAVE_SCORER) {
  console.error(`parley: the scorer ${SCORER} is absent (it lives in ../shared/eval beside the repository)`);
  process.exit(2);
}
const wanted = process.argv.slice(2);
const chosen = SETS.filter((s) => existsSync(s.gold) && (wanted.length === 0 || wanted.includes(s.name)));
const rows: { set: QualitySet; score: Score }[] = [];
console.log("set      events F1 (P / R)        matched/required  dup neg  people F1  date    place   status");
for (const set of chosen) {
  const run = scoreBuild([set.inputs], set.gold);
  run.cleanup();
  const { events: e, attributes: a, people: p } = run.score;
  rows.push({ set, score: run.score });
  console.log(
    `${set.name.padEnd(8)} ${round(e.f1)} (${round(e.precision)} / ${round(e.recall)})  ${`${e.matched}/${e.required}`.padStart(8)}          ${String(e.duplicates).padStart(3)} ${String(e.negationErrors).padStart(3)}  ${round(p.f1)}      ${a.dateExact.padEnd(7)} ${a.place.padEnd(7)} ${a.status}`,
  );
}
for (const sealed of [false, true]) {
  const group = rows.filter((r) => r.set.sealed === sealed);
  if (group.length === 0) continue;
  const p = pooled(group.map((r) => r.score));
  console.log(`pooled ${sealed ? "sealed" : "tuned "} (${group.map((r) => r.set.name).join(", ")}): events F1 ${round(p.f1)} (P ${round(p.precision)} R ${round(p.recall)}; ${p.matched} matched of ${p.required} required, ${p.predicted} predicted, optional matches left out)`);
}
