// Group meetings held over video: a call of all, and no visit of those who attended from home.
import type { EventMention, Sentence } from "../model.ts";

/** 以视像方式举行, 视频会晤, 改以视频形式进行, 视讯会议 (simplified): an occasion held over video. */
const VIDEO_HELD = /(?:视频|视像|视讯|线上|云端|远程)(?:连线)?(?:的)?(?:方式|形式)?(?:举行|进行|召开|会晤|会谈|峰会|会议|会见|出席|参加)/;
/** 视像会见, 视频方式会晤 right before a meeting trigger. */
const VIDEO_RIGHT_BEFORE = /(?:视频|视像|视讯|线上|云端)(?:连线)?(?:方式|形式)?$/;
/** 以视像方式出席, 通过视频参加: attending over video, right before an attending trigger. */
const VIDEO_ATTEND = /(?:视频|视像|视讯|线上|远程)(?:连线)?(?:的)?(?:方式|形式)?$/;
/** A sentence holding an occasion of its own, in person: 在东京举行第二次四国外长会议. */
const OWN_OCCASION = /(?:举行|召开|举办)(?:了)?[^，。；]{0,16}?(?:会议|峰会|会晤|会谈|对话|磋商)/;
/** Attending triggers of a visit. */
const ATTEND = /^(?:出席|参加|與會|与会|參加)$/;

/** The simplified text of the trigger's sentence before the trigger (its first occurrence). */
function beforeTrigger(e: EventMention, simplified: string): string {
  const at = e.quote.indexOf(e.trigger);
  return at < 0 ? "" : simplified.slice(Math.max(0, at - 12), at);
}

/**
 * Over video: a meeting whose trigger is written as one (视像会见米歇尔和冯德莱恩) is a call; a meeting of three
 * or more whose sentence, or an earlier sentence of its paragraph, says the occasion was held over video
 * (第22次中欧领导人会晤于6月22日以视像方式举行。李克强…与米歇尔、冯德莱恩共同主持会晤) is a call; whoever
 * attended over video (在布鲁塞尔以视像方式出席) made no visit. Edits `out` in place.
 */
export function groupVideo(sentences: readonly Sentence[], out: EventMention[]): void {
  const byStart = new Map<string, Sentence>();
  for (const s of sentences) byStart.set(`${s.paragraph}:${s.start}`, s);
  // An earlier sentence's video occasion is not this one when this sentence holds its own (在东京举行第二次四国外长会议).
  const heldByVideo = (e: EventMention, own: Sentence): boolean =>
    VIDEO_HELD.test(own.simplified || own.text) ||
    (!OWN_OCCASION.test(own.simplified || own.text) &&
      sentences.some((s) => s.paragraph === e.paragraph && s.start < e.start && VIDEO_HELD.test(s.simplified || s.text)));
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]!;
    const s = byStart.get(`${e.paragraph}:${e.start}`);
    if (!s) continue;
    const before = beforeTrigger(e, s.simplified || s.text);
    if (e.type === "visit") {
      if (ATTEND.test(e.trigger) && VIDEO_ATTEND.test(before)) out.splice(i, 1);
      continue;
    }
    if (e.type !== "meeting") continue;
    if (VIDEO_RIGHT_BEFORE.test(before) || (e.participants.length >= 3 && heldByVideo(e, s))) e.type = "call";
  }
}
