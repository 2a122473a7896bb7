// The questions `parley query` answers: each with its arity, what it wants, and its table and JSON.
import { contacts, event, events, findEntity, formatTable, path, timeline, UnknownEntityError, type EventFilter, type EventSummary, type FindOptions } from "@parley/graph/query";
import type { EventStatus, ParleyGraph } from "@parley/graph";

/** "康达 (Daniel Kritenbrink)": the entity a name resolved to, for the line above a table. */
function who(graph: ParleyGraph, name: string, options: Partial<FindOptions>): string {
  const hit = findEntity(graph, name, options).entity;
  return hit ? label(hit) : name;
}

/** An answer: the data for --json and its table. */
export interface Answer {
  data: unknown;
  table: () => string;
}

/** A question: how many arguments it takes, what to say when they are wrong, and how to answer. */
export interface Question {
  arity: number;
  wants: string;
  run: (graph: ParleyGraph, args: string[], filter: EventFilter, options: Partial<FindOptions>) => Answer;
}

/** Every question by its name. */
export const QUESTIONS: Record<string, Question> = {
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
        ["date", "type", "status", "participants", "place", "sources", "conf", "id"],
        data.map((e) => [dates(e.start, e.end), e.type, e.status, e.participants.map((p) => p.label).join("、"), e.place?.label ?? "", String(e.sources.length), e.confidence === null ? "" : e.confidence.toFixed(2), e.id]),
      ),
  };
}

function dates(start: string | null, end: string | null): string {
  if (!start) return "undated";
  return end && end !== start ? `${start}..${end}` : start;
}

/** "康达 (Daniel Kritenbrink)": a label with its English name. */
export function label(s: { label: string; labelEn: string | null }): string {
  return s.labelEn ? `${s.label} (${s.labelEn})` : s.label;
}

