// Spells: when a node or edge exists on Gephi's timeline, from the dates of the events behind it.
// Anything tied to an undated event (or to no event) gets no spells, so it is always visible.
import type { ParleyGraph } from "../graph/to-graph.ts";
import type { EdgeAttributes, NodeAttributes, NodeKind } from "../model.ts";
import { intervalOf, isoDay, type DayInterval } from "../time/days.ts";

/** A closed interval of dates (YYYY-MM-DD). */
export interface Spell {
  start: string;
  end: string;
}

/** Computes spells from event nodes; caches each event's interval. */
export class SpellIndex {
  private readonly cache = new Map<string, DayInterval | null>();
  private readonly xmlCache = new Map<string, string>();

  constructor(private readonly graph: ParleyGraph) {}

  /** The interval of an event node (null when undated or not an event). */
  eventInterval(event: string): DayInterval | null {
    let iv = this.cache.get(event);
    if (iv === undefined) {
      const a = this.graph.hasNode(event) ? this.graph.getNodeAttributes(event) : null;
      iv = a && a.kind === "event" ? intervalOf(a.start, a.end) : null;
      this.cache.set(event, iv);
    }
    return iv;
  }

  /** Spells of a node: its own dates for an event; its events' for people, organizations and places. */
  node(node: string, attr: NodeAttributes): Spell[] {
    if (attr.kind === "event") return spellsOf([this.eventInterval(node)]);
    if (attr.kind === "document") return [];
    const intervals: (DayInterval | null)[] = [];
    // People and organizations point at their events; events point at their places.
    if (attr.kind === "place") {
      this.graph.forEachInEdge(node, (_e, ea, source) => {
        if (ea.kind === "held-at") intervals.push(this.eventInterval(source));
      });
    } else {
      this.graph.forEachOutEdge(node, (_e, ea, _s, target) => {
        if (ea.kind === "participates-in") intervals.push(this.eventInterval(target));
      });
    }
    return spellsOf(intervals);
  }

  /** Spells of an edge: its events' dates (contact edges) or its event's (the others). */
  edge(attr: EdgeAttributes, source: string, target: string, sourceKind: NodeKind): Spell[] {
    if (attr.kind === "contact") return spellsOf((attr.events ?? []).map((e) => this.eventInterval(e)));
    return spellsOf([this.eventInterval(sourceKind === "event" ? source : target)]);
  }

  /** The <spells> element of an edge; cached per event for the common one-event edges. */
  edgeXml(attr: EdgeAttributes, source: string, target: string, sourceKind: NodeKind): string {
    const events = attr.kind === "contact" ? (attr.events ?? []) : [sourceKind === "event" ? source : target];
    if (events.length !== 1) return spellsXml(this.edge(attr, source, target, sourceKind));
    const event = events[0]!;
    let xml = this.xmlCache.get(event);
    if (xml === undefined) {
      xml = spellsXml(spellsOf([this.eventInterval(event)]));
      this.xmlCache.set(event, xml);
    }
    return xml;
  }
}

/** The <spells> element of a list of spells ("" when there are none). */
export function spellsXml(spells: Spell[]): string {
  if (spells.length === 0) return "";
  let s = "        <spells>\n";
  for (const sp of spells) s += `          <spell start="${sp.start}" end="${sp.end}"/>\n`;
  return `${s}        </spells>\n`;
}

/** Merged spells of intervals; none when the list is empty or any interval is unknown. */
export function spellsOf(intervals: (DayInterval | null)[]): Spell[] {
  if (intervals.length === 0 || intervals.some((iv) => iv === null)) return [];
  const sorted = (intervals as DayInterval[]).slice().sort((a, b) => a.lo - b.lo);
  const out: DayInterval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv.lo <= last.hi + 1) last.hi = Math.max(last.hi, iv.hi);
    else out.push({ ...iv });
  }
  return out.map((iv) => ({ start: isoDay(iv.lo), end: isoDay(iv.hi) }));
}
