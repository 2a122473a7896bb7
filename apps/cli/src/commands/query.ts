// `parley query`: asks a built graph.json about contacts, events, paths, entities; tables or --json.
import { UnknownEntityError, type FindOptions } from "@parley/graph/query";
import { foldTraditional } from "@parley/graph";
import { readGraph } from "@parley/graph/node";
import { parse, UsageError } from "../args.ts";
import { toFilter } from "./query-filter.ts";
import { label, QUESTIONS } from "./query-questions.ts";

/** Usage of `parley query`. */
export const QUERY_USAGE = `usage: parley query <question> [arguments] [--graph FILE] [--json]

questions:
  contacts NAME                 who NAME shared events with, how often, first and last dates
  events [filters]              events, oldest first
  timeline [filters]            the same, every event by default
  path NAME NAME                the shortest chain of contacts between two people
  entity NAME                   an entity by any name (simplified, traditional, English, pinyin)
  event ID                      one event with its sources and quotes

filters:
  --with NAME        a participant          --counterpart NAME   a second participant
  --place NAME       held in it (or inside) --type T             meeting, summit, call, visit
  --status S         happened, planned, possible, not-happened
  --from DATE        YYYY[-MM[-DD]]         --to DATE
  --min-confidence P only events the model rated at least P (0-1)

options:
  --graph FILE       the graph to ask (default: out/graph.json)
  --json             JSON for programs instead of a table
  -h, --help         this help

examples:
  parley query contacts 王毅
  parley query events --with 布林肯 --from 2023-10-01
  parley query path 习近平 纽森

exit status: 0 answered, 1 unknown name or unreadable graph, 2 usage error.`;

/** Where the command writes (tests pass their own). */
export interface QueryIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

const CONSOLE: QueryIO = { out: (t) => console.log(t), err: (t) => console.error(t) };

/** Runs `parley query`; returns 0 when answered, 1 for an unknown name or graph, 2 for a usage error. */
export async function runQuery(argv: string[], io: QueryIO = CONSOLE): Promise<number> {
  let graphFile = "out/graph.json";
  try {
    const { values, positionals } = parse(argv, {
      graph: { type: "string", default: "out/graph.json" },
      json: { type: "boolean", default: false },
      with: { type: "string" },
      counterpart: { type: "string" },
      place: { type: "string" },
      type: { type: "string" },
      status: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      "min-confidence": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.out(QUERY_USAGE);
      return 0;
    }
    graphFile = values.graph;
    const [question, ...args] = positionals;
    const filter = toFilter(values);
    const need = (n: number, what: string) => {
      if (args.length !== n) throw new UsageError(`${question} wants ${what}`);
    };
    if (!question) throw new UsageError("name a question: contacts, events, timeline, path, entity or event");
    const ask = QUESTIONS[question];
    if (!ask) throw new UsageError(`unknown question "${question}"`);
    need(ask.arity, ask.wants);
    const graph = await readGraph(graphFile);
    const options = await findOptions();
    const answer = ask.run(graph, args, filter, options);
    io.out(values.json ? JSON.stringify(answer.data, null, 2) : answer.table());
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`parley query: ${err.message}\n\n${QUERY_USAGE}`);
      return 2;
    }
    if (err instanceof UnknownEntityError) {
      const hint = err.suggestions.length ? ` Did you mean: ${err.suggestions.map((s) => label(s)).join(", ")}?` : "";
      io.err(`parley: no one called ${err.query} in ${graphFile}.${hint}`);
      return 1;
    }
    io.err((err as Error).message);
    return 1;
  }
}


/** Name lookup with OpenCC's full traditional→simplified table and pinyin, when installed. */
async function findOptions(): Promise<Partial<FindOptions>> {
  const options: Partial<FindOptions> = {};
  try {
    const OpenCC = await import("opencc-js");
    const convert = OpenCC.Converter({ from: "hk", to: "cn" });
    options.normalize = (s) => foldTraditional(convert(s));
  } catch {
    // The built-in fold covers common name characters.
  }
  try {
    const { pinyin } = await import("pinyin-pro");
    options.romanize = (s) => pinyin(s, { toneType: "none", type: "array" }).join("");
  } catch {
    // Without pinyin-pro, English names still match.
  }
  return options;
}
