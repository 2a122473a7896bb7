// Shared by bench/train-confidence.ts and tests/confidence.test.ts: labels a timeline's events against a
// gold annotation the way ../shared/eval/score.mjs matches them (same name folding, kinds, date overlap,
// visit places, greedy order), so that the confidence model learns exactly what the scorer counts. Both
// check the counts against the scorer's own.

/** What the scorer makes of one predicted event. */
export type Outcome = "matched" | "optional" | "duplicate" | "negation-error" | "negative" | "false";

/** The gold file's shape, as far as matching reads it. */
export interface Gold {
  people?: { name: string; aliases?: string[]; optional?: boolean }[];
  events?: GoldEvent[];
  negatives?: GoldEvent[];
}
interface GoldEvent {
  id: string;
  type: string;
  participants?: string[];
  optionalParticipants?: string[];
  start?: string | null;
  end?: string | null;
  window?: [string, string];
  place?: string[];
  optional?: boolean;
}
/** The timeline's shape, as far as matching reads it. */
export interface Predicted {
  entities: { id: string; type: string; name?: string; nameEn?: string | null; aliases?: string[] }[];
  events: { type: string; participants: string[]; place: string | null; start: string | null; end: string | null; status: string }[];
}

const norm = (s: unknown): string =>
  String(s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u00b7\u2027\u30fb\u2022\u2219\u22c5\u0387\-‐‑–—_.]/g, "");

function interval(start?: string | null, end?: string | null): [string, string] | null {
  const parts = (s?: string | null) => (s ? String(s).match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/) : null);
  const lo = (s?: string | null) => {
    const m = parts(s);
    return m ? `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}` : null;
  };
  const hi = (s?: string | null) => {
    const m = parts(s);
    if (!m) return null;
    if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
    if (m[2]) return `${m[1]}-${m[2]}-${String(new Date(Date.UTC(+m[1]!, +m[2], 0)).getUTCDate()).padStart(2, "0")}`;
    return `${m[1]}-12-31`;
  };
  const a = lo(start) ?? lo(end);
  const b = hi(end) ?? hi(start);
  return a && b ? [a, b] : null;
}

const typeClass = (t: string): string => {
  const s = String(t ?? "").toLowerCase();
  if (/visit|trip|travel|访/.test(s)) return "visit";
  if (/call|phone|video|电话|视频/.test(s)) return "call";
  if (/meet|talk|summit|会|negotiat|dialog/.test(s)) return "meeting";
  return s;
};
const isNot = (s: string): boolean => /cancel|not|denied|never|absent|negat|未|没/.test(String(s ?? "").toLowerCase());

/**
 * The scorer's outcome for every predicted event, in the timeline's order.
 * @example labelEvents(timeline, gold).filter((o) => o === "matched").length // the scorer's matched count
 */
export function labelEvents(pred: Predicted, gold: Gold): Outcome[] {
  const aliasToGold = new Map<string, string>();
  for (const p of gold.people ?? []) for (const a of [p.name, ...(p.aliases ?? [])]) aliasToGold.set(norm(a), p.name);
  const entities = new Map(pred.entities.map((e) => [e.id, e]));
  const stringsOf = (e: Predicted["entities"][number] | undefined): string[] =>
    e ? [e.name, e.nameEn, ...(e.aliases ?? [])].filter((x): x is string => typeof x === "string") : [];
  const entityGold = new Map<string, string | null>();
  for (const e of pred.entities) {
    const hit = stringsOf(e).map((s) => aliasToGold.get(norm(s))).find(Boolean);
    entityGold.set(e.id, hit ?? null);
  }
  const isPerson = (id: string) => {
    const e = entities.get(id);
    return e ? /person|people|人/i.test(e.type) : true;
  };
  const withWindow = (g: GoldEvent) => ({ ...g, win: g.window ? ([g.window[0], g.window[1]] as [string, string]) : interval(g.start, g.end) });
  const goldEvents = (gold.events ?? []).map(withWindow);
  const fits = (ev: Predicted["events"][number], g: ReturnType<typeof withWindow>): boolean => {
    if (typeClass(ev.type) !== typeClass(g.type)) return false;
    const names = new Set(ev.participants.map((id) => entityGold.get(id) ?? aliasToGold.get(norm(id)) ?? null).filter(Boolean));
    const allowed = new Set([...(g.participants ?? []), ...(g.optionalParticipants ?? [])]);
    for (const need of g.participants ?? []) if (!names.has(need)) return false;
    for (const id of ev.participants) {
      const name = entityGold.get(id) ?? aliasToGold.get(norm(id)) ?? null;
      if (name && !allowed.has(name)) return false;
      if (!name && isPerson(id)) return false;
    }
    if (g.win) {
      const iv = interval(ev.start, ev.end);
      if (!iv || !(iv[0] <= g.win[1] && g.win[0] <= iv[1])) return false;
    }
    if (g.type === "visit" && g.place) {
      const want = new Set(g.place.map(norm));
      const got = ev.place == null ? [] : (entities.has(ev.place) ? stringsOf(entities.get(ev.place)) : [ev.place]).map(norm);
      if (got.length && !got.some((x) => want.has(x))) return false;
    }
    return true;
  };
  const span = (g: { win: [string, string] | null }) => (g.win ? Date.parse(g.win[1]) - Date.parse(g.win[0]) : Infinity);
  const order = [...goldEvents].sort((a, b) => (a.optional ? 1 : 0) - (b.optional ? 1 : 0) || span(a) - span(b));
  const negatives = (gold.negatives ?? []).map((g) => ({ ...g, win: interval(g.start, g.end) }));
  const taken = new Set<string>();
  return pred.events.map((ev): Outcome => {
    const cands = order.filter((g) => fits(ev, g));
    const free = cands.find((g) => !taken.has(g.id));
    if (free) {
      taken.add(free.id);
      return free.optional ? "optional" : "matched";
    }
    if (cands.length) return "duplicate";
    const neg = negatives.find((g) => fits(ev, g));
    if (neg) return isNot(ev.status) ? "negative" : "negation-error";
    return "false";
  });
}

/** Whether the scorer counts the outcome against precision. */
export const isWrong = (o: Outcome): boolean => o === "false" || o === "duplicate" || o === "negation-error";
