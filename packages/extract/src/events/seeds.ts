// Prints the events the whole pipeline finds in a folder of articles (default: the seeds), one line each.
//   node apps/cli/bin/run-ts.mjs packages/extract/src/events/seeds.ts [folder] [--explain]
import { fileURLToPath } from "node:url";
import type { EventMention, Extraction } from "../model.ts";
import { loadDocuments } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";

/** The seed articles of the repository. */
export const SEEDS_DIR = fileURLToPath(new URL("../../../../seeds", import.meta.url));

/** Runs the pipeline over every article of a folder. */
export async function extractFolder(dir: string, explain = false): Promise<Extraction[]> {
  const lexicon = loadLexicon();
  const out: Extraction[] = [];
  for await (const r of loadDocuments([dir])) {
    if ("document" in r && r.document) out.push(extractDocument(r.document, { lexicon, explain }));
  }
  return out;
}

/** One line per event: type, participants and place by name, dates, status, rule, quote. */
export function describeEvent(x: Extraction, e: EventMention): string {
  const name = (id: string | null) => (id ? (x.entities.find((n) => n.id === id)?.name ?? id) : "-");
  const when = e.from ? (e.to && e.to !== e.from ? `${e.from}..${e.to}` : e.from) : "?";
  return `${e.type} [${e.participants.map(name).join(", ")}] @${name(e.place)} ${when} ${e.status}${e.reportedBy ? ` (${e.reportedBy})` : ""} ${e.rule} «${e.quote.slice(0, 60)}»`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--")) ?? SEEDS_DIR;
  for (const x of await extractFolder(dir, args.includes("--explain"))) {
    console.log(`# ${x.document.id} ${x.document.published ?? x.document.dateline?.date ?? ""} ${x.document.title ?? ""}`);
    for (const e of x.events) console.log(`  ${describeEvent(x, e)}`);
  }
}
