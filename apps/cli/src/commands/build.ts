// `parley build`: read articles, extract, merge across articles, write timeline.json, graph.json, graph.gexf.
import { resolve } from "node:path";
import { loadDocuments, loadLexicon, extractDocument, LexiconError, type Document, type Extraction, type Lexicon } from "@parley/extract";
import { crossDate, dateByTerms, dateByWorld, DatedEvents } from "@parley/extract";
import { DEFAULT_CONFIDENCE_MODEL } from "@parley/graph";
import { writeOutputs } from "@parley/graph/node";
import { confidenceFloor, parse, UsageError } from "../args.ts";
import { Progress } from "../ui/progress.ts";
import { summarize } from "../ui/summary.ts";
import { CorpusYears } from "./corpus-years.ts";

/** Undated articles held back until the dated ones are read; past this much text they are read at once. */
export const MAX_DEFERRED_BYTES = 64e6;

/** The size of a document's source text in bytes. */
function documentBytes(document: Document): number {
  return document.paragraphs.reduce((n, p) => n + p.sourceEnd - p.sourceStart, 0);
}

/** Runs `parley build`; returns 0 when every file was read, 1 when some were skipped. */
export async function runBuild(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: "string", short: "o", default: "out" },
    lexicon: { type: "string", short: "l", multiple: true, default: [] },
    "max-size": { type: "string", default: "20" },
    explain: { type: "boolean", default: false },
    "min-confidence": { type: "string" },
    quiet: { type: "boolean", short: "q", default: false },
  });
  if (positionals.length === 0) throw new UsageError("name at least one file or folder to read");
  const floor = values["min-confidence"];
  const minConfidence = floor === undefined ? DEFAULT_CONFIDENCE_MODEL.threshold : confidenceFloor(floor);
  const maxMb = Number(values["max-size"]);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-size wants a number of MB, not "${values["max-size"]}"`);

  const started = Date.now();
  let lexicon: Lexicon;
  try {
    lexicon = loadLexicon({ extra: values.lexicon });
  } catch (err) {
    // A bad --lexicon file is the user's to fix: say which and why, and read nothing.
    if (err instanceof LexiconError) throw new UsageError(err.message.replace(/^parley: /, ""));
    throw err;
  }
  const progress = new Progress();
  const skipped: { path: string; reason: string }[] = [];
  let read = 0;
  let bytes = 0;

  // Documents stream through one at a time: only their extractions (without the text) reach the graph.
  // Articles that state no date wait until the dated ones are read (up to MAX_DEFERRED_BYTES of them), so that
  // the corpus's middle year can stand in for a year their text does not write.
  const years = new CorpusYears();
  // The dated articles' events: an undated article is dated by the ones it reports too (see crossDate).
  const dated = new DatedEvents();
  function extractOne(document: Document): Extraction | null {
    try {
      const options = { lexicon, explain: values.explain, yearHint: years.hint() };
      let extraction = extractDocument(document, options);
      if (document.published) dated.add(extraction);
      else {
        const ceiling = years.latest();
        const reextract = (dateline: { date: string; basis: string }) => extractDocument(document, { ...options, dateline });
        const crossed = crossDate(extraction, dated, reextract, { ceiling: ceiling === null ? null : ceiling + 1 });
        // Nothing in the corpus confirms it: office days and summits the world knows may date it, then the
        // terms of the titles it gives people may still move a weak year.
        // A cross-dated article still keeps to the days the world allows (就职不到一个月 after a known day).
        const placed = dateByWorld(crossed.extraction, lexicon, reextract);
        extraction = crossed.basis ? placed : dateByTerms(placed, lexicon, reextract);
      }
      read++;
      bytes += documentBytes(document);
      if (values.explain) printExplanation(extraction);
      if (!values.quiet) progress.update(read, bytes, document.path);
      return { ...extraction, document: { ...document, paragraphs: [] } };
    } catch (err) {
      const reason = `extraction failed: ${(err as Error).message}`;
      skipped.push({ path: document.path, reason });
      progress.log(`parley: skipped ${document.path}: ${reason}`);
      return null;
    }
  }
  async function* extractions(): AsyncGenerator<Extraction> {
    const undated: Document[] = [];
    let undatedBytes = 0;
    for await (const item of loadDocuments(positionals, { maxBytes: maxMb * 1e6 })) {
      if (item.kind === "skipped") {
        skipped.push({ path: item.path, reason: item.reason });
        if (!values.quiet) progress.log(`parley: skipped ${item.path}: ${item.reason}`);
        continue;
      }
      const { document } = item;
      if (!values.quiet) for (const w of item.warnings) progress.log(`parley: ${document.path}: ${w}`);
      years.add(document.published);
      if (!document.published && undatedBytes < MAX_DEFERRED_BYTES) {
        undated.push(document);
        undatedBytes += documentBytes(document);
        continue;
      }
      const extraction = extractOne(document);
      if (extraction) yield extraction;
    }
    for (const document of undated.splice(0)) {
      const extraction = extractOne(document);
      if (extraction) yield extraction;
    }
    progress.done();
  }

  const outDir = resolve(values.out);
  const written = await writeOutputs(extractions(), outDir, { skipped, lexicon: values.lexicon, timeline: { minConfidence } });
  console.error(summarize({ read, skipped, written, outDir: values.out, ms: Date.now() - started }));
  return skipped.length ? 1 : 0;
}

function printExplanation(extraction: Extraction): void {
  const id = extraction.document.id;
  for (const e of extraction.entities) {
    for (const m of e.mentions) console.error(`explain ${id} ${e.type} ${m.surface} → ${e.id} [${m.rule}]`);
  }
  for (const ev of extraction.events) {
    console.error(`explain ${id} ${ev.type} ${ev.participants.join("+")} ${ev.from ?? "?"} ${ev.status} [${ev.rule}] ${ev.quote}`);
  }
}
