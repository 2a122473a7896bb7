// Meetings of three or more parties in the merge: a pair its own article tells apart from the group meeting stays apart.
import type { Cluster } from "./cluster.ts";

/**
 * Words naming a meeting of several parties, either script: 三方会晤, 三国外长, 四方会谈, 中日韩外长会议,
 * 美日韩峰会, 中欧领导人会晤, 美日「2+2」.
 */
const GROUP_WORDS =
  /三方|三边|三邊|三国|三國|四方|四边|四邊|[中美日韩韓俄印法德英欧歐澳菲越蒙朝][中美日韩韓俄印法德英欧歐澳菲越蒙朝][中美日韩韓俄印法德英欧歐澳菲越蒙朝]|[中美日韩韓俄印法德英欧歐澳][中美日韩韓俄印法德英欧歐澳](?:领导人|領導人|元首|外长|外長)|[2２]\s*[+＋]\s*[2２]|二加二/;

/**
 * Words of a pair's own meeting held beside a group one, either script: 双边会谈, 另外举行, 单独会见, 会后,
 * 随后, 同日也, 此外, 结束后.
 */
const OWN_MEETING = /双边|雙邊|另外|另行|单独|單獨|会后|會後|随后|隨後|其后|其後|同日也|当天也|當天也|当日也|當日也|同日還|同日还|此外|结束后|結束後|分别|分別/;

/** Others joining a meeting, either script (其后，A、B…在东厅加入会议): a larger meeting after the pair's. */
const JOINED = /加入(?:了)?(?:会议|會議|会谈|會談|会晤|會晤|会面|會面)/;

/**
 * True when one article tells a pair apart from a group meeting of the same people: it reports the group in
 * one sentence as a meeting of several parties (三方会晤, 中日韩外长会议), or the pair as its own meeting (会后，王毅与
 * 岩屋毅举行双边会谈; 赵兑烈则与王毅另外举行会谈), or the group as others joining the pair's meeting (其后，A、B在东厅
 * 加入会议), with another sentence or trigger. A headline naming some
 * of the group's people tells nothing apart: it is the group meeting, shortened.
 */
export function groupApart(sub: Cluster, sup: Cluster): boolean {
  for (const a of sub.inputs) {
    if (a.headline) continue;
    for (const b of sup.inputs) {
      if (a.source.document !== b.source.document) continue;
      if (a.source.quote === b.source.quote && a.source.trigger === b.source.trigger) continue;
      if (GROUP_WORDS.test(b.source.quote) || OWN_MEETING.test(a.source.quote) || JOINED.test(b.source.quote)) return true;
    }
  }
  return false;
}
