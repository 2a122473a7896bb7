// Table test of group meetings over video: a call of all, and no visit for attending from home.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { showEvents } from "./testing.ts";

/** Each row: sentence(s), times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // a meeting trigger written as held over video
  ["习近平视像会见米歇尔和冯德莱恩。", {}, ["call 习近平+米歇尔+冯德莱恩 @- ? happened"]],
  ["習近平視像會見米歇爾和馮德萊恩。", {}, ["call 习近平+米歇尔+冯德莱恩 @- ? happened"]],
  // the occasion held over video in an earlier sentence of the paragraph
  ["中欧领导人会晤于22日以视像方式举行。李克强当日在北京与米歇尔、冯德莱恩共同主持会晤。", {}, ["call 李克强+米歇尔+冯德莱恩 @北京 ? happened"]],
  ["中歐領導人會晤於22日以視像方式舉行。李克強當日在北京與米歇爾、馮德萊恩共同主持會晤。", {}, ["call 李克强+米歇尔+冯德莱恩 @北京 ? happened"]],
  ["李克强与米歇尔、冯德莱恩举行会晤，习近平当天也以视频方式会见了两人。", {}, ["call 李克强+米歇尔+冯德莱恩 @- ? happened"]],
  // attending from home over video is no visit
  ["米歇尔与冯德莱恩在巴黎以视像方式出席中欧领导人会晤。", {}, []],
  ["米歇爾與馮德萊恩在巴黎以視像方式出席中歐領導人會晤。", {}, []],
  ["冯德莱恩通过视频连线参加峰会。", {}, []],
  // an earlier video occasion does not make a later sentence's own in-person occasion a call
  ["这次视频峰会是首次多边会议。布林肯、上川阳子、赵兑烈和王毅在东京举行了三国外长会议。", {}, ["meeting 布林肯+上川阳子+赵兑烈+王毅 @东京 ? happened"]],
  ["這次視像峰會是首次多邊會議。布林肯、上川陽子、趙兌烈和王毅在東京舉行了三國外長會議。", {}, ["meeting 布林肯+上川阳子+赵兑烈+王毅 @东京 ? happened"]],
  // in person: a visit, and a pair's meeting after a video summit stays a meeting
  ["冯德莱恩在巴黎出席中欧领导人会晤。", {}, ["visit 冯德莱恩 @巴黎 ? happened"]],
  ["峰会以视频方式举行。李克强随后在北京会见马克龙。", {}, ["meeting 李克强+马克龙 @北京 ? happened"]],
];

describe("events group-video", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
