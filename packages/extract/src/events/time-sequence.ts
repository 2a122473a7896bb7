// A sentence that goes on in time from the one before (特朗普其后在社交平台表示…, 随后两国元首举行会谈): it takes that one's date.

/** The subject (a few characters, no stop) then 其后 / 随后 / 随即 / 接着 / 稍后 at the sentence's start (当天 is a time itself). */
const SEQUENCE_OPENING = /^[\s“"「]*(?:[^，,。；;：:！？!?“”"「」]{0,10}?)(?:其后|其後|随后|隨後|随即|隨即|接着|接著|紧接着|緊接著|稍后|稍後)/;
/** A plan after the sequence word (其后将飞赴巴拿马): its day is not the day before. */
const PLAN_AFTER = /^[^，,。；;]{0,4}?(?:将|將|会(?![见晤谈面议])|會(?![見晤談面議])|拟|擬|计划|計劃|预计|預計|准备|準備)/;

/**
 * True when a sentence (simplified or traditional) opens by going on from the one before in time and
 * is no plan: 特朗普其後在社交平台表示，他已致電普京 · 随后，两人举行会谈 · 他也随后会见了… .
 */
export function continuesPrevious(sentence: string): boolean {
  const m = SEQUENCE_OPENING.exec(sentence);
  return m !== null && !PLAN_AFTER.test(sentence.slice(m[0].length));
}
