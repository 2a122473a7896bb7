// Table test of a host's verb with no object (由习近平全程陪同, 李强全程接待): the sentence's visitor is the guest.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

/** Each row: a sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  ["朔尔茨去年4月访华，由李强全程陪同。", month("去年4月", "2024-04"), ["visit 朔尔茨 @中国 2024-04-01 happened", "meeting 李强+朔尔茨 @中国 2024-04-01 happened"], "2025-01-10"],
  ["朔爾茨去年4月訪華，由李強全程陪同。", month("去年4月", "2024-04"), ["visit 朔尔茨 @中国 2024-04-01 happened", "meeting 李强+朔尔茨 @中国 2024-04-01 happened"], "2025-01-10"],
  ["去年4月朔尔茨访问中国时，李强全程接待。", month("去年4月", "2024-04"), ["visit 朔尔茨 @中国 2024-04-01 happened", "meeting 李强+朔尔茨 @中国 2024-04-01 happened"], "2025-01-10"],
  ["去年4月朔爾茨訪問中國時，李強全程接待。", month("去年4月", "2024-04"), ["visit 朔尔茨 @中国 2024-04-01 happened", "meeting 李强+朔尔茨 @中国 2024-04-01 happened"], "2025-01-10"],
  ["耶伦抵达北京，何立峰设宴款待。", {}, ["visit 耶伦 @北京 ? happened", "meeting 何立峰+耶伦 @北京 ? happened"]],
  ["耶倫抵達北京，何立峰設宴款待。", {}, ["visit 耶伦 @北京 ? happened", "meeting 何立峰+耶伦 @北京 ? happened"]],
  // same country: an entourage, no contact
  ["习近平访问美国，王毅全程陪同。", {}, ["visit 习近平 @美国 ? happened"]],
  ["習近平訪問美國，王毅全程陪同。", {}, ["visit 习近平 @美国 ? happened"]],
  // a passive: 获…接待 has its guest already
  ["王毅访问法国，获马克龙接待。", {}, ["visit 王毅 @法国 ? happened", "meeting 王毅+马克龙 @法国 ? happened"]],
  // no visit told: no guest
  ["拜登发表讲话，布林肯全程陪同。", {}, []],
];

describe("events meeting-host", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});
