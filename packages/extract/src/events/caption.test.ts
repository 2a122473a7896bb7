// Table test of captions and headings dated by the body's report of the same contact (王毅（右）与布林肯会谈前握手).
import { describe, expect, it } from "vitest";
import type { Document, EventMention, EventStatus, EventType, Paragraph } from "../model.ts";
import { datePictureEvents } from "./caption.ts";

type Kind = Paragraph["kind"];
/** One mention: paragraph kind, type, people, date or null, status. */
type Spec = [Kind, EventType, string[], string | null, EventStatus];

function run(specs: Spec[]): (string | null)[] {
  const paragraphs = specs.map(([kind], index) => ({ index, kind, text: "", simplified: "", sourceStart: 0, sourceEnd: 0, map: { text: [0], source: [0] } }));
  const doc = { id: "d", paragraphs } as unknown as Document;
  const out: EventMention[] = specs.map(([, type, participants, from, status], paragraph) => ({
    id: `d:e${paragraph}`, document: "d", type, participants, place: null, from, to: from, precision: from ? "day" : null,
    status, trigger: "", quote: "", paragraph, start: 0, end: 0, rule: from ? "x;date:clause" : "x;date:none",
  }));
  datePictureEvents(doc, out);
  return out.map((m) => m.from);
}

const ROWS: [string, Spec[], (string | null)[]][] = [
  ["a caption of two people before their talks / the body's dated talks", [["caption", "meeting", ["雷蒙多", "王文涛"], null, "happened"], ["text", "meeting", ["雷蒙多", "王文涛"], "2023-08-28", "happened"]], ["2023-08-28", "2023-08-28"]],
  ["a heading of a meeting / the body's dated meeting, people in either order", [["heading", "meeting", ["朔尔茨", "习近平"], null, "happened"], ["text", "meeting", ["习近平", "朔尔茨"], "2024-04-16", "happened"]], ["2024-04-16", "2024-04-16"]],
  ["the first dated body report wins", [["caption", "call", ["拜登", "习近平"], null, "happened"], ["text", "call", ["拜登", "习近平"], "2024-04-02", "happened"], ["text", "call", ["拜登", "习近平"], "2023-11-15", "happened"]], ["2024-04-02", "2024-04-02", "2023-11-15"]],
  ["another kind lends nothing", [["caption", "call", ["拜登", "习近平"], null, "happened"], ["text", "meeting", ["拜登", "习近平"], "2023-11-15", "happened"]], [null, "2023-11-15"]],
  ["other people lend nothing", [["heading", "meeting", ["王毅", "布林肯"], null, "happened"], ["text", "meeting", ["王毅", "沙利文"], "2023-09-16", "happened"]], [null, "2023-09-16"]],
  ["a body plan lends nothing", [["heading", "visit", ["布林肯"], null, "happened"], ["text", "visit", ["布林肯"], "2023-06-18", "planned"]], [null, "2023-06-18"]],
  ["a heading plan stays undated", [["heading", "visit", ["布林肯"], null, "planned"], ["text", "visit", ["布林肯"], "2023-06-18", "happened"]], [null, "2023-06-18"]],
  ["an undated body sentence is not a caption", [["text", "meeting", ["王毅", "布林肯"], null, "happened"], ["text", "meeting", ["王毅", "布林肯"], "2023-10-26", "happened"]], [null, "2023-10-26"]],
  ["a dated caption keeps its date", [["caption", "meeting", ["王毅", "布林肯"], "2023-10-27", "happened"], ["text", "meeting", ["王毅", "布林肯"], "2023-10-26", "happened"]], ["2023-10-27", "2023-10-26"]],
  ["a caption with no body report stays undated", [["caption", "meeting", ["习近平", "普京"], null, "happened"]], [null]],
];

describe("caption", () => {
  it.each(ROWS)("should date %s", (_name, specs, want) => {
    expect(run(specs)).toEqual(want);
  });
});
