// Talks of delegations told by who led them: 俄方代表团由梅丁斯基率领，成员包括…；乌克兰代表团则由乌梅洛夫领军.
import type { EventMention, Mention, Sentence } from "../model.ts";
import { namedByOne, personsIn, placeAt, pushGroupEvent, severalSides, type GroupDocument } from "./group-document.ts";
import { WHOSE_GAP } from "./group-whose.ts";

/** A side led by someone (simplified): 美方代表团由A率领, 中方则由B率团, 俄方由C代表出席, 以D为首的代表团. */
const LED = /(?:代表团|方|团队|谈判团|团)(?:则|同样|也|亦)?(?:由|以)[^，。；]*?(?:率领|率团|领军|牵头|带队|领衔|领队|挂帅|出席|参加|为首)/;
/** A side by its members: 乌方代表团包括A和B, 美方代表团成员有C. */
const MEMBERS_NEW = /(?:代表团|方)(?:则|的)?(?:成员)?(?:包括|有)/;
/** The members of the side just named: 成员包括A及B, 团员有C. */
const MEMBERS_MORE = /^(?:其|该团)?(?:成员|团员|随员)(?:则)?(?:包括|有)/;
/** A side by whom it sent: 美国则派出A和B出席. */
const SENT = /(?:方|国|代表团)(?:则|也|亦)?派(?:出|遣)/;
/** Someone coming along with the side just named: …李成钢随行. */
const ALONG = /(?:随行|陪同)$/;
/** Talks held (simplified): 举行了会谈, 进行首轮谈判, 磋商在…举行. */
const TALKS = /(?:举行|进行|展开|开展|召开|开始)(?:了)?[^，。；]{0,24}?(?:会谈|谈判|磋商|对话|会晤)|(?:会谈|谈判|磋商)[^，。；]{0,20}?(?:举行|进行)|(?:会谈|谈判)(?:后|期间)/;
/** A plan cue. */
const PLANNED = /将|预计|预定|拟|即将|计划|准备/;

/** A clause of a sentence in paragraph offsets. */
interface Clause {
  from: number;
  to: number;
  text: string;
}

/** The clauses of a sentence, split at ，and ；. */
function clauses(s: Sentence): Clause[] {
  const text = s.simplified || s.text;
  const out: Clause[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !/[，；]/.test(text[i]!)) continue;
    if (/[^\s。！？]/.test(text.slice(from, i))) out.push({ from: s.start + from, to: s.start + i, text: text.slice(from, i) });
    from = i + 1;
  }
  return out;
}

/** How a clause names a side: a new side, more of the side before, or not at all. */
function sideOf(c: Clause): "new" | "more" | undefined {
  if (MEMBERS_MORE.test(c.text) || ALONG.test(c.text.replace(/[。！？]$/, ""))) return "more";
  if (LED.test(c.text) || MEMBERS_NEW.test(c.text) || SENT.test(c.text)) return "new";
  return undefined;
}

/** The persons of a clause, without those named only as whose aide another is (普京助理乌沙科夫). */
function clausePersons(g: GroupDocument, s: Sentence, c: Clause): Mention[] {
  const ps = personsIn(g, s.paragraph, c.from, c.to);
  return ps.filter((p, i) => !(ps[i + 1] && WHOSE_GAP.test(c.text.slice(p.end - c.from, ps[i + 1]!.start - c.from))));
}

/** The part of `text` (offset `base`) up to the verb of the talks: where their date and place are written. */
function talksClause(text: string, base: number): { from: number; to: number } | undefined {
  const m = TALKS.exec(text);
  // Up to the verb: 16日在伊斯坦堡举行2022年3月以来首度谈判 is dated 16日, not 2022年3月.
  return m ? { from: base, to: base + m.index + 2 } : undefined;
}

/** The sentence holding the talks: this one's clauses before the sides, else one of the three before (one paragraph back at most). */
function talksHeld(g: GroupDocument, i: number, first: Clause): { s: Sentence; from: number; to: number } | undefined {
  const s = g.sentences[i]!;
  const here = talksClause((s.simplified || s.text).slice(0, first.from - s.start), s.start);
  if (here) return { s, ...here };
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const q = g.sentences[j]!;
    if (q.paragraph < s.paragraph - 1) break;
    const there = talksClause(q.simplified || q.text, q.start);
    if (there) return { s: q, ...there };
  }
  return undefined;
}

/**
 * Adds one meeting of all the people named as leading or making up two or more delegations (美方代表团由鲁比奥
 * 率领，成员包括沃尔兹和威特科夫；俄方则由拉夫罗夫和乌沙科夫出席), held as the talks the sentence or one of the
 * three before tells (美俄高级官员18日在利雅得举行了会谈): its date and place. Events of those sentences naming
 * only some of them are the talks: the first widened, the others dropped. People of one country make no talks.
 */
export function delegationTalks(g: GroupDocument, out: EventMention[]): void {
  for (let i = 0; i < g.sentences.length; i++) {
    const s = g.sentences[i]!;
    if (!/由|包括|派出|派遣/.test(s.simplified || s.text)) continue;
    let sides = 0;
    let first: Clause | undefined;
    const people: Mention[] = [];
    // The sides may run on into the next sentences of the paragraph (…率领；俄方则由…出席: split at ；).
    for (let j = i, open = true; open && j < g.sentences.length && g.sentences[j]!.paragraph === s.paragraph; j++) {
      const q = g.sentences[j]!;
      for (const c of clauses(q)) {
        const kind = sideOf(c);
        if (!kind || (kind === "more" && sides === 0)) {
          if (sides > 0 || j > i) {
            open = false;
            break;
          }
          continue;
        }
        const ps = clausePersons(g, q, c);
        if (kind === "new") {
          if (ps.length === 0) {
            open = false;
            break;
          }
          sides++;
          first ??= c;
        }
        people.push(...ps);
      }
      if (sides === 0) break;
    }
    const ids = [...new Set(people.map((p) => p.entity))];
    if (sides < 2 || ids.length < 2 || !first || !severalSides(g, ids)) continue;
    const held = talksHeld(g, i, first);
    if (!held) continue;
    const near = (e: EventMention): boolean => e.type !== "visit" && ((e.paragraph === s.paragraph && e.start === s.start) || (e.paragraph === held.s.paragraph && e.start === held.s.start));
    const twins = out.filter((e) => near(e) && e.participants.every((id) => ids.includes(id)));
    if (twins.length > 0) {
      twins[0]!.participants = ids;
      for (const t of twins.slice(1)) out.splice(out.indexOf(t), 1);
      continue;
    }
    if (namedByOne(out, ids)) continue;
    const heldText = (held.s.simplified || held.s.text).slice(held.from - held.s.start, held.to - held.s.start);
    // The date nearest the talks (a dateline 【2025年03月12日讯】 may open the sentence).
    const time = g.times.within(held.s.paragraph, held.from, held.to).filter((t) => t.from !== null).at(-1);
    const setting = { place: placeAt(g, held.s, held.from, held.to), time };
    const trigger = heldText.match(TALKS)?.[0].slice(-2) ?? "会谈";
    pushGroupEvent(g, held.s, { type: "meeting", participants: ids, clause: { from: held.from, to: held.to }, planned: PLANNED.test(heldText), trigger, rule: "group-delegations", setting }, out);
  }
}
