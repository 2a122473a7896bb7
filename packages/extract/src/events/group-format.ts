// Formats of a meeting of several parties named as the occasion: 三方会晤, 中日韩领导人会议, 中国—欧盟领导人会晤, 2+2.
import type { TriggerHit } from "./triggers.ts";
import type { Span, SentenceView } from "./view.ts";

/** One-character short names of nations and blocs written together (中日韩, 美日韩, 中法欧, 中俄蒙). */
const SHORT = "[中美日韩俄印法德英欧澳菲越加意蒙朝巴土哈乌吉塔]";

/** Who meets in a format: leaders, ministers, officials. */
const WHO = "(?:领导人|元首|首脑|首相|总理|总统|外长|外交部长|防长|国防部长|财长|经贸|贸易|高官|部长|副总理)";

/** The meeting itself. */
const MEETING = "(?:会晤|会议|会谈|峰会|会面|对话|磋商|谈判|通话)";

/** A bloc or nation written in full on either side of a dash (中国—欧盟, 中国－东盟). */
const FULL = "(?:中国|美国|日本|韩国|欧盟|东盟|俄罗斯|印度|法国|德国|英国|澳大利亚|非洲|中亚|阿拉伯)";

/**
 * 三方会晤, 三国外长上一次会晤, 四方会谈, 中日韩领导人会议, 美日韩三边会谈, 中欧领导人会晤, 中国—欧盟领导人会晤,
 * 美日「2+2」安全会谈 (simplified): an occasion of several parties; what lies between the parties and the
 * meeting word is short and unbroken. Not 二十国集团峰会 nor 东盟十国: a conference of many is no one meeting.
 */
const FORMAT = new RegExp(
  [
    `(?<![一二三四五六七八九十百0-9])(?:[三四五六]方|[三四五六]边|[三四]国)[^，。；、集]{0,6}?${MEETING}`,
    `${SHORT}{3,}${WHO}?(?:[三四五六多]方|[三四五六多]边)?(?:领导人)?${MEETING}`,
    `${SHORT}{2}${WHO}(?:第[一二三四五六七八九十0-9]+次)?${MEETING}`,
    `${FULL}[－—\\-–]${FULL}${WHO}?${MEETING}`,
    `(?:2|２)\\s*[+＋]\\s*(?:2|２)|二加二`,
  ].join("|"),
  "g",
);

/** Words after a format that make it the setting of other contacts, not the occasion (峰会期间, 会议间隙). */
const SETTING_AFTER = /^(?:的)?(?:期间|间隙|场边|之际|前夕|前后|以来|之前|之后|前|后|结束后|召开前|举行前|举行期间)/;

/**
 * The first format of several parties the sentence names as an occasion (not as the setting of other
 * contacts: 三方会晤期间, 峰会间隙); undefined when there is none. The trigger's own word counts.
 */
export function groupFormat(view: SentenceView, hit?: TriggerHit): Span | undefined {
  return formatIn(view.text, hit ? hit.end + 40 : Infinity);
}

/**
 * The first format of several parties in a simplified text that is an occasion, not a setting, starting
 * before `before` (a format written well after a trigger is another clause's occasion).
 */
export function formatIn(text: string, before = Infinity): Span | undefined {
  FORMAT.lastIndex = 0;
  for (let m = FORMAT.exec(text); m !== null; m = FORMAT.exec(text)) {
    const end = m.index + m[0].length;
    if (SETTING_AFTER.test(text.slice(end, end + 5))) continue;
    if (m.index > before) break;
    return { start: m.index, end };
  }
  return undefined;
}
