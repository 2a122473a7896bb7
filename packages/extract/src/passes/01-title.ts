// Pass 1: the headline is text too. 王毅与拜登会晤 in a title is evidence of the meeting.
import type { Paragraph } from "../model.ts";
import type { Pass } from "./types.ts";
import { toSimplified } from "../ingest/index.ts";

const squash = (s: string) => s.replace(/\s+/g, "");

/** Puts the title first as a heading paragraph, unless the body already opens with it. */
export const titlePass: Pass = {
  name: "title",
  run(state) {
    const { document } = state;
    const title = document.title?.trim();
    if (!title) return;
    const first = document.paragraphs[0];
    if (first && squash(first.text) === squash(title)) return;
    const heading: Paragraph = {
      index: 0,
      kind: "heading",
      text: title,
      simplified: toSimplified(title),
      sourceStart: 0,
      sourceEnd: 0,
      map: { text: [0], source: [0] },
    };
    document.paragraphs = [heading, ...document.paragraphs.map((p, i) => ({ ...p, index: i + 1 }))];
  },
};
