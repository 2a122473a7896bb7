// findTimes over whole documents: document order, text anchors across sentences, inferred datelines.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find.ts";
import { makeDocument } from "./fixtures.ts";
import { roughSentences } from "./sentences.ts";

const pick = (t: { surface: string; from: string | null; to: string | null; anchor: string }) => [t.surface, t.from, t.to, t.anchor];

describe("findTimes", () => {
  it("should anchor on the published date and keep document order", () => {
    const doc = makeDocument(
      ["王毅10月27日对拜登表示，愿同美方保持沟通。", "同一天，王毅还和沙利文举行会晤。", "王毅在26日与27日两天分别与布林肯、沙利文会晤。王毅前一天与布林肯会晤时曾说，两国存在分歧。"],
      "2023-10-28T10:05:40.549Z",
    );
    const { times, dateline } = findTimes(doc, doc.paragraphs.flatMap(roughSentences));
    expect(dateline).toEqual({ date: "2023-10-28", inferred: false, basis: "published" });
    expect(times.map(pick)).toEqual([
      ["10月27日", "2023-10-27", "2023-10-27", "published"],
      ["同一天", "2023-10-27", "2023-10-27", "text"],
      ["26日与27日两天", "2023-10-26", "2023-10-27", "text"],
      ["前一天", "2023-10-26", "2023-10-26", "text"],
    ]);
  });

  it.each([
    ["2023-10-26T22:57:12.000Z", "2023-10-26"],
    ["2023/10/5", "2023-10-05"],
    ["2023-02-30", null],
    ["10/05/2023", null],
  ])("should read the published date %s as %s", (published, day) => {
    const { dateline } = findTimes(makeDocument(["布林肯下周将访问中国。"], published), [], { infer: false });
    expect(dateline?.date ?? null).toBe(day);
  });

  it("should read a UTC publication time as the newsroom's day", () => {
    const doc = makeDocument(["外交部长今天表示欢迎。"], "2023-11-15T23:30:00Z", { outlet: "CNA" });
    const { times, dateline } = findTimes(doc, []);
    expect(dateline).toEqual({ date: "2023-11-16", inferred: false, basis: "published 2023-11-15T23:30:00Z, the newsroom's day" });
    expect(times[0]).toMatchObject({ surface: "今天", from: "2023-11-16" });
  });

  it("should give offsets into the paragraph text, not the sentence", () => {
    const doc = makeDocument(["中方表示欢迎。王毅在周五将前往白宫。"], "2023-10-26");
    const [t] = findTimes(doc, []).times;
    expect(t).toMatchObject({ surface: "周五", paragraph: 0, start: 10, end: 12, from: "2023-10-27" });
    expect(doc.paragraphs[0]?.text.slice(t?.start, t?.end)).toBe("周五");
  });

  it("should match traditional text through its simplified copy and report the original surface", () => {
    const doc = makeDocument([["美國大豆出口委員會週二（24日）證實。", "美国大豆出口委员会周二（24日）证实。"]], "2023-10-26");
    const [t] = findTimes(doc, []).times;
    expect(t).toMatchObject({ surface: "週二（24日）", from: "2023-10-24", anchor: "published" });
  });

  it("should infer a dateline for an undated document and anchor relative forms on it", () => {
    const doc = makeDocument(
      [
        "王毅预计在本月稍晚访美。在第78届联合国大会即将召开之际，米勒再次表示期待王毅访美。",
        "当地时间9月28日，美助理国务卿康达在华盛顿会见中国外交部副部长孙卫东。",
        "3日，美财长耶伦在出席活动时表示，美国不应与中国脱钩。",
        "4日，美商务部长雷蒙多再次表示担忧。同日，美国财政部起诉多家中国企业。",
      ],
      null,
    );
    const { times, dateline } = findTimes(doc, []);
    expect(doc.published).toBeNull();
    expect(dateline).toEqual({
      date: "2023-10-04",
      inferred: true,
      basis: "latest absolute date 2023-09-28; day-of-month 4日 after it; year from 第78届联合国大会 → 2023",
    });
    expect(times.map(pick)).toEqual([
      ["本月稍晚", "2023-10-05", "2023-10-31", "inferred"],
      ["当地时间9月28日", "2023-09-28", "2023-09-28", "inferred"],
      ["3日", "2023-10-03", "2023-10-03", "text"],
      ["4日", "2023-10-04", "2023-10-04", "text"],
      ["同日", "2023-10-04", "2023-10-04", "text"],
    ]);
  });

  it("should leave relative forms unresolved when nothing dates the document", () => {
    const doc = makeDocument(["王毅预计本月晚些时候访问华盛顿，并于下周会见布林肯。"], null);
    const { times, dateline } = findTimes(doc, []);
    expect(dateline).toBeNull();
    expect(times.map(pick)).toEqual([
      ["本月晚些时候", null, null, "none"],
      ["下周", null, null, "none"],
    ]);
  });

  it("should not infer when told not to", () => {
    const doc = makeDocument(["2023年9月28日，双方会谈。上周，耶伦访华。"], null);
    const { times, dateline } = findTimes(doc, [], { infer: false });
    expect(dateline).toBeNull();
    expect(times.map(pick)).toEqual([
      ["2023年9月28日", "2023-09-28", "2023-09-28", "absolute"],
      ["上周", null, null, "none"],
    ]);
  });

  it("should take a bare day's month from the last written month across paragraphs", () => {
    const doc = makeDocument(["9月22日，中美成立经济工作组。", "28日，谢锋会见上海美国商会代表团。"], "2023-10-05");
    expect(findTimes(doc, []).times.map(pick)).toEqual([
      ["9月22日", "2023-09-22", "2023-09-22", "published"],
      ["28日", "2023-09-28", "2023-09-28", "text"],
    ]);
  });

  describe("undated documents", () => {
    const undated = (paragraphs: string[]) => {
      const doc = makeDocument(paragraphs, null);
      return findTimes(doc, doc.paragraphs.flatMap(roughSentences), { yearHint: 2023 });
    };

    it("should date bare days by the preceding full date, however old", () => {
      const { times, dateline } = undated(["2023年7月6日，耶伦抵达北京。", "2023年10月26日，王毅访美。", "2023年7月8日，耶伦会见何立峰。", "9日，耶伦结束访问。"]);
      expect(dateline?.date).toBe("2023-10-26");
      expect(times.map(pick).at(-1)).toEqual(["9日", "2023-07-09", "2023-07-09", "text"]);
    });

    it("should date bare days by the preceding full date, not a month mentioned in between", () => {
      const { times } = undated(["2023年10月26日，王毅抵达华盛顿。", "在布林肯6月访华期间，双方同意保持沟通。", "27日，王毅会见沙利文。"]);
      expect(times.map(pick).at(-1)).toEqual(["27日", "2023-10-27", "2023-10-27", "text"]);
    });

    it("should take the inferred month for a day before any written month, and leave a later day unresolved", () => {
      const { times } = undated(["5日，耶伦抵达北京。", "25日，耶伦表示。", "2023年7月8日，耶伦结束访问。"]);
      expect(times.map(pick)).toEqual([
        ["5日", "2023-07-05", "2023-07-05", "inferred"],
        ["25日", null, null, "none"],
        ["2023年7月8日", "2023-07-08", "2023-07-08", "absolute"],
      ]);
    });

    it("should sharpen the document's day from 今日（10日） and resolve weekdays against it", () => {
      const { times, dateline } = undated(["10月8日，双方在北京会谈。", "今日（10日），王毅表示，周一他曾致电布林肯。"]);
      expect(dateline?.date).toBe("2023-10-10");
      expect(times.map(pick)).toEqual([
        ["10月8日", "2023-10-08", "2023-10-08", "inferred"],
        ["今日（10日）", "2023-10-10", "2023-10-10", "inferred"],
        ["周一", "2023-10-09", "2023-10-09", "inferred"],
      ]);
    });

    it("should skip a quoted future date when it reads 当天", () => {
      const doc = makeDocument(["习近平11月15日抵达旧金山。", "拜登表示：“明年1月20日我将离任。”", "当天，两人在菲洛里庄园会晤。"], "2024-11-20");
      const { times } = findTimes(doc, doc.paragraphs.flatMap(roughSentences));
      expect(times.map(pick).at(-1)).toEqual(["当天", "2024-11-15", "2024-11-15", "text"]);
    });
  });
});
