// Table test: people a meeting is about (会晤时提及X, 与X…有关, 要求释放X) are not its participants.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // a person named after 会晤时/会谈期间 and a verb of talking about: the topic, not the object
  ["希普金斯在与习近平会晤时提及仍被关押的金正恩一案。", {}, ["meeting 希普金斯+习近平 @- ? happened"]],
  ["希普金斯在與習近平會晤時提及仍被關押的金正恩一案。", {}, ["meeting 希普金斯+习近平 @- ? happened"]],
  ["岸田文雄会见习近平时谈到了被拘押的尹锡悦。", {}, ["meeting 岸田文雄+习近平 @- ? happened"]],
  ["岸田文雄會見習近平時談到了被拘押的尹錫悅。", {}, ["meeting 岸田文雄+习近平 @- ? happened"]],
  ["马克龙会见李强后关注了赖清德的言论。", {}, ["meeting 马克龙+李强 @- ? happened"]],
  ["朔尔茨会见习近平期间讨论了普京的提议。", {}, ["meeting 朔尔茨+习近平 @- ? happened"]],
  // an object right after the trigger stays one
  ["习近平会见了朔尔茨。", {}, ["meeting 习近平+朔尔茨 @- ? happened"]],
  ["習近平會見前國務卿布林肯。", {}, ["meeting 习近平+布林肯 @- ? happened"]],
  // 与X…有关: X opens what something is related to; he is the meeting's subject, nobody carried joins
  ["北京的反应克制，与马克龙5日抵达北京、6日与习近平会谈有关。", {}, ["visit 马克龙 @北京 ? happened", "meeting 马克龙+习近平 @北京 ? happened"]],
  ["北京反应克制，或与马克龙同习近平会晤有关。", {}, ["meeting 马克龙+习近平 @- ? happened"]],
  ["北京反應克制，與馬克龍同習近平會晤有關。", {}, ["meeting 马克龙+习近平 @- ? happened"]],
  ["岸田文雄态度谨慎，与马克龙同习近平会晤有关。", {}, ["meeting 马克龙+习近平 @- ? happened"]],
  ["岸田文雄態度謹慎，與馬克龍同習近平會晤有關。", {}, ["meeting 马克龙+习近平 @- ? happened"]],
  ["岸田文雄态度谨慎，与马克龙同习近平会晤相关。", {}, ["meeting 马克龙+习近平 @- ? happened"]],
  ["赖清德表示，股市下跌与朔尔茨同习近平会面无关。", {}, ["meeting 朔尔茨+习近平 @- ? happened"]],
  // X与Y的会谈… 美中元首会晤: the later meeting is the two nations' leaders', not X and Y's again
  ["岸田文雄与习近平的会谈安排在美中元首会晤的次日。", {}, ["meeting 岸田文雄+习近平 @- ? planned"]],
  ["岸田文雄與習近平的會談安排在美中元首會晤的次日。", {}, ["meeting 岸田文雄+习近平 @- ? planned"]],
  ["尹锡悦与岸田文雄的会面将安排在中日领导人会谈之后。", {}, ["meeting 尹锡悦+岸田文雄 @- ? planned"]],
  ["尹錫悅與岸田文雄的會面將安排在中日領導人會談之後。", {}, ["meeting 尹锡悦+岸田文雄 @- ? planned"]],
];

describe("events meeting-about", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
