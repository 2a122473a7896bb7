// `parley query`: asks a built graph.json about contacts, events, paths, entities; tables or --json.
import {
  contacts,
  event,
  events,
  findEntity,
  formatTable,
  path,
  timeline,
  UnknownEntityError,
  type EventFilter,
  type EventSummary,
  type FindOptions,
} from "@parley/graph/query";
import { foldTraditional, type EventStatus, type EventType, type ParleyGraph } from "@parley/graph";
import { readGraph } from "@parley/graph/node";
import { parse, UsageError } from "../args.ts";

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

options:
  --graph FILE       the graph to ask (default: out/graph.json)
  --json             JSON for programs instead of a table
  -h, --help         this help

examples:
  parley query contacts 王毅
  parley query events --with 布林肯 --from 2023-10-01
  parley query path 习近平 纽森

exit status: 0 answered, 1 unknown name or unreadable graph, 2 usage error.`;

const TYPES: EventType[] = ["meeting", "summit", "call", "visit"];
const STATUSES: EventStatus[] = ["happened", "planned", "possible", "not-happened"];
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

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

/** "康达 (Daniel Kritenbrink)": the entity a name resolved to, for the line above a table. */
function who(graph: ParleyGraph, name: string, options: Partial<FindOptions>): string {
  const hit = findEntity(graph, name, options).entity;
  return hit ? (hit.labelEn ? `${hit.label} (${hit.labelEn})` : hit.label) : name;
}

interface Answer {
  data: unknown;
  table: () => string;
}

interface Question {
  arity: number;
  wants: string;
  run: (graph: ParleyGraph, args: string[], filter: EventFilter, options: Partial<FindOptions>) => Answer;
}

const QUESTIONS: Record<string, Question> = {
  contacts: {
    arity: 1,
    wants: "one name",
    run: (graph, [name], filter, options) => {
      const status = filter.status === undefined ? undefined : ([] as EventStatus[]).concat(filter.status);
      const data = contacts(graph, name!, status ? { status } : {}, options);
      return {
        data,
        table: () =>
          // Say whom the name meant: 布林克 may resolve to 克里滕布林克 (Daniel Kritenbrink).
          `${who(graph, name!, options)}: ${data.length} counterpart${data.length === 1 ? "" : "s"}\n\n` +
          formatTable(
            ["counterpart", "english", "country", "events", "happened", "first", "last"],
            data.map((c) => [c.label, c.labelEn ?? "", c.country ?? "", String(c.count), String(c.happened), c.first ?? "", c.last ?? ""]),
          ),
      };
    },
  },
  events: { arity: 0, wants: "no arguments, only filters", run: (graph, _a, filter, options) => eventTable(events(graph, filter, options)) },
  timeline: { arity: 0, wants: "no arguments, only filters", run: (graph, _a, filter, options) => eventTable(timeline(graph, filter, options)) },
  path: {
    arity: 2,
    wants: "two names",
    run: (graph, [a, b], _f, options) => {
      const data = path(graph, a!, b!, options);
      return {
        data,
        table: () =>
          data
            ? formatTable(["#", "person", "english", "via events"], data.map((s, i) => [String(i), s.label, s.labelEn ?? "", s.via.join(" ")]))
            : `parley: no chain of contacts links ${a} and ${b}`,
      };
    },
  },
  entity: {
    arity: 1,
    wants: "one name",
    run: (graph, [name], _f, options) => {
      const found = findEntity(graph, name!, options);
      if (!found.entity) throw new UnknownEntityError(name!, found.suggestions);
      const data = found.candidates.map((c) => {
        const { x: _x, y: _y, size: _s, color: _c, ...attributes } = graph.getNodeAttributes(c.id);
        return { id: c.id, ...attributes };
      });
      return {
        data: data.length === 1 ? data[0] : data,
        table: () =>
          data
            .map((a) =>
              formatTable(
                ["field", "value"],
                [
                  ["id", a.id],
                  ["kind", a.kind],
                  ["name", a.label],
                  ["english", a.labelEn ?? ""],
                  ["aliases", a.aliases.join(", ")],
                  ["country", a.country ?? ""],
                  ["roles", a.roles.join("; ")],
                  ["mentions", String(a.mentions)],
                ],
              ),
            )
            .join("\n\n"),
      };
    },
  },
  event: {
    arity: 1,
    wants: "one event id (see `parley query events`)",
    run: (graph, [id]) => {
      const data = event(graph, id!);
      if (!data) throw new Error(`parley: no event ${id} in the graph; list ids with \`parley query events --json\``);
      return {
        data,
        table: () =>
          [
            `${data.label}  [${data.type}, ${data.status}]  ${data.id}`,
            `participants: ${data.participants.map((p) => p.label).join(", ")}${data.place ? `   place: ${data.place.label}` : ""}`,
            "",
            formatTable(
              ["outlet", "document", "claims", "status", "quote"],
              data.sources.map((s) => [s.outlet ?? "", s.title ?? s.document, dates(s.from, s.to), s.status, s.quote]),
            ),
          ].join("\n"),
      };
    },
  },
};

function eventTable(data: EventSummary[]): Answer {
  return {
    data,
    table: () =>
      formatTable(
        ["date", "type", "status", "participants", "place", "sources", "id"],
        data.map((e) => [dates(e.start, e.end), e.type, e.status, e.participants.map((p) => p.label).join("、"), e.place?.label ?? "", String(e.sources.length), e.id]),
      ),
  };
}

function dates(start: string | null, end: string | null): string {
  if (!start) return "undated";
  return end && end !== start ? `${start}..${end}` : start;
}

function label(s: { label: string; labelEn: string | null }): string {
  return s.labelEn ? `${s.label} (${s.labelEn})` : s.label;
}

function toFilter(v: Record<string, string | boolean | undefined>): EventFilter {
  const f: EventFilter = {};
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  if (str("with")) f.participant = str("with")!;
  if (str("counterpart")) f.counterpart = str("counterpart")!;
  if (str("place")) f.place = str("place")!;
  for (const k of ["from", "to"] as const) {
    const d = str(k);
    if (d === undefined) continue;
    if (!DATE.test(d)) throw new UsageError(`--${k} wants YYYY, YYYY-MM or YYYY-MM-DD, not "${d}"`);
    f[k] = d;
  }
  const type = str("type");
  if (type !== undefined) {
    const list = type.split(",") as EventType[];
    if (!list.every((t) => TYPES.includes(t))) throw new UsageError(`--type wants ${TYPES.join(", ")}, not "${type}"`);
    f.type = list;
  }
  const status = str("status");
  if (status !== undefined) {
    const list = status.split(",") as EventStatus[];
    if (!list.every((s) => STATUSES.includes(s))) throw new UsageError(`--status wants ${STATUSES.join(", ")}, not "${status}"`);
    f.status = list;
  }
  return f;
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
