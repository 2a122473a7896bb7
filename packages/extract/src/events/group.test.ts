// Table test of meetings of three or more parties: one meeting of all when the text presents one, pairs when 分别.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // A与B、C举行/进行/主持 a meeting noun: one meeting
  ["李克强与图斯克和容克举行会晤。", {}, ["meeting 李克强+图斯克+容克 @- ? happened"]],
  ["李克強與圖斯克和容克舉行會晤。", {}, ["meeting 李克强+图斯克+容克 @- ? happened"]],
  ["李强与马克龙、冯德莱恩举行了中欧领导人会晤。", {}, ["meeting 李强+马克龙+冯德莱恩 @- ? happened"]],
  ["李強與馬克龍、馮德萊恩舉行了中歐領導人會晤。", {}, ["meeting 李强+马克龙+冯德莱恩 @- ? happened"]],
  ["王毅同岩屋毅及赵兑烈在东京举行会谈。", {}, ["meeting 王毅+岩屋毅+赵兑烈 @东京 ? happened"]],
  ["王毅同岩屋毅及趙兌烈在東京舉行會談。", {}, ["meeting 王毅+岩屋毅+赵兑烈 @东京 ? happened"]],
  // 共同主持: the 同 of 共同 opens no unnamed side
  ["李强在北京与米歇尔、冯德莱恩共同主持会晤。", {}, ["meeting 李强+米歇尔+冯德莱恩 @北京 ? happened"]],
  ["李強在北京與米歇爾、馮德萊恩共同主持會晤。", {}, ["meeting 李强+米歇尔+冯德莱恩 @北京 ? happened"]],
  ["默克尔与马克龙共同主持会谈。", {}, ["meeting 默克尔+马克龙 @- ? happened"]],
  // a format of several parties named as the occasion in the sentence
  ["三国外长会议在东京举行，王毅与岩屋毅和赵兑烈见面。", {}, ["meeting 王毅+岩屋毅+赵兑烈 @东京 ? happened"]],
  ["三國外長會議在東京舉行，王毅與岩屋毅和趙兌烈見面。", {}, ["meeting 王毅+岩屋毅+赵兑烈 @东京 ? happened"]],
  ["中欧领导人会晤于7月在北京举行，当时李克强与图斯克和容克会面。", {}, ["meeting 李克强+图斯克+容克 @北京 ? happened"]],
  ["中歐領導人會晤於7月在北京舉行，當時李克強與圖斯克和容克會面。", {}, ["meeting 李克强+图斯克+容克 @北京 ? happened"]],
  // counterparts sharing one relative clause are received together
  ["石破茂接见来日出席中日韩外长会议的王毅和赵兑烈。", {}, ["meeting 石破茂+王毅+赵兑烈 @- ? happened"]],
  ["石破茂接見來日出席日中韓外長會議的王毅和趙兌烈。", {}, ["meeting 石破茂+王毅+赵兑烈 @- ? happened"]],
  ["习近平会见来华访问的布林肯和耶伦。", {}, ["meeting 习近平+布林肯+耶伦 @- ? happened", "visit 布林肯 @中国 ? happened", "visit 耶伦 @中国 ? happened"]],
  // 分别/先后, 等多国领导人, a setting (期间): one meeting each
  ["李克强分别与图斯克和容克举行会晤。", {}, ["meeting 李克强+图斯克 @- ? happened", "meeting 李克强+容克 @- ? happened"]],
  ["李克強先後與圖斯克、容克舉行會談。", {}, ["meeting 李克强+图斯克 @- ? happened", "meeting 李克强+容克 @- ? happened"]],
  ["习近平在巴厘岛期间将与莫迪、马克龙等多国领导人举行会晤。", {}, ["meeting 习近平+莫迪 @巴厘岛 ? planned", "meeting 习近平+马克龙 @巴厘岛 ? planned"]],
  // a courtesy meeting with a list and no cue of one occasion: one each
  ["耶伦与李强、何立峰会面。", {}, ["meeting 耶伦+李强 @- ? happened", "meeting 耶伦+何立峰 @- ? happened"]],
  ["拜登会见了李强和何立峰。", {}, ["meeting 拜登+李强 @- ? happened", "meeting 拜登+何立峰 @- ? happened"]],
  // a phone call with a list: one call each
  ["特朗普将与文在寅和安倍晋三通电话。", {}, ["call 特朗普+文在寅 @- ? planned", "call 特朗普+安倍晋三 @- ? planned"]],
  // a video meeting of three: one call
  ["李克强与图斯克、容克举行视频会晤。", {}, ["call 李克强+图斯克+容克 @- ? happened"]],
];

describe("events group", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
