import { describe, expect, it } from "vitest";
import { readDateLine, takeDateLines } from "./date-lines.ts";

describe("date-lines", () => {
  it.each([
    ["2023/02/19 08:35", "2023-02-19T08:35", "plain"],
    ["出版：2024-04-10 17:45", "2024-04-10T17:45", "published"],
    ["发布于 2025年10月31日 08:20", "2025-10-31T08:20", "published"],
    ["发布时间：2023年10月27日 10:05", "2023-10-27T10:05", "published"],
    ["發佈時間：2024年5月9日 下午3:05", "2024-05-09T15:05", "published"],
    ["更新时间：2024-04-11 09:00", "2024-04-11T09:00", "updated"],
    ["更新時間：2024/04/11 09:00", "2024-04-11T09:00", "updated"],
    ["日期：2024-04-10", "2024-04-10", "published"],
    ["時間：2024年４月１０日", "2024-04-10", "published"],
    ["published: 2024-04-10T09:30:00+08:00", "2024-04-10T09:30:00+08:00", "published"],
    ["Published: October 26, 2023", "2023-10-26", "published"],
    ["2024年4月10日 星期三", "2024-04-10", "plain"],
    ["2025年10月31日 08:20 星期五", "2025-10-31T08:20", "plain"],
    ["2024年4月10日（週三）17:45 來源：中央社", "2024-04-10T17:45", "plain"],
    ["05/10/2023 - 01:51", "2023-10-05T01:51", "plain"],
    ["2024-04-10 17:45 | 来源：新华网 | 作者：张三", "2024-04-10T17:45", "plain"],
    ["北京时间 2024-04-10 17:45", "2024-04-10T17:45", "plain"],
    ["出版：2024-04-10 17:45　更新：2024-04-11 09:00", "2024-04-10T17:45", "published"],
    ["更新：2024-04-11 09:00 發佈：2024-04-10 17:45", "2024-04-10T17:45", "published"],
    ["发布 / 2024年4月10日 5:00 PM", "2024-04-10T17:00", "published"],
    ["2024/04/10 17:45（4/10 18:00 更新）", "2024-04-10T17:45", "plain"],
    ["2024-04-10 17:45 聯合報／ 記者王小明／台北即時報導", "2024-04-10T17:45", "plain"],
    ["26.10.2023", "2023-10-26", "plain"],
    ["2024-04-10 17:45 | 国际", "2024-04-10T17:45", "plain"],
    ["更新 2024-04-10 5:45 PM 人氣 123", "2024-04-10T17:45", "updated"],
    ["發佈時間：2024年4月10日（三）17:45", "2024-04-10T17:45", "published"],
    ["2024-04-10 Wednesday 17:45", "2024-04-10T17:45", "plain"],
    ["*发布时间：2024-04-10 17:45*", "2024-04-10T17:45", "published"],
  ])("should read %s as %s (%s)", (text, date, label) => {
    expect(readDateLine(text)).toEqual({ date, label });
  });

  it.each([
    ["2023年9月28日，王毅在纽约会见布林肯。"],
    ["【大纪元2023年10月27日讯】（大纪元记者林燕报导）"],
    ["2023年9月28日 王毅会见布林肯"],
    ["王毅周四会见布林肯"],
    ["2023-13-45"],
  ])("should not take %s for a date line", (text) => {
    expect(readDateLine(text)).toBeNull();
  });

  it("should take the published line over the updated one near the top and drop both", () => {
    const blocks = [{ text: "王毅访美" }, { text: "更新時間：2024/04/11 09:00" }, { text: "發佈時間：2024/04/10 17:45" }, { text: "2023年9月28日，王毅抵达纽约。" }];
    expect(takeDateLines(blocks)).toBe("2024-04-10T17:45");
    expect(blocks.map((b) => b.text)).toEqual(["王毅访美", "2023年9月28日，王毅抵达纽约。"]);
  });

  it("should not read a date from a body sentence", () => {
    const blocks = [{ text: "标题" }, { text: "2023年9月28日，王毅抵达纽约。" }];
    expect(takeDateLines(blocks)).toBeNull();
    expect(blocks).toHaveLength(2);
  });
});
