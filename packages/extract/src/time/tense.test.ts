// tenseAt: cue words in the expression's clause, then later clauses, then earlier ones.
import { describe, expect, it } from "vitest";
import { tenseAt } from "./tense.ts";

describe("tenseAt", () => {
  it("should read only the expression's own clause when asked", () => {
    const text = "在联大即将召开之际，9月28日，双方会谈";
    const at = text.indexOf("9月28日");
    expect(tenseAt(text, at, at + 5)).toBe("future");
    expect(tenseAt(text, at, at + 5, "clause")).toBeNull();
  });

  it.each([
    ["王毅在周五将前往白宫", "周五", "future"],
    ["外长王毅预计本月晚些时候访问华盛顿", "本月晚些时候", "future"],
    ["中国外长王毅也在计划于10月访问华盛顿", "10月", "future"],
    ["是否会在11月的APEC旧金山峰会期间与拜登会晤", "11月", "future"],
    ["白宫周四表示", "周四", "past"],
    ["王毅前一天与布林肯会晤时曾说", "前一天", "past"],
    ["他礼拜五已经离开北京", "礼拜五", "past"],
    ["双方在12月会见了对方", "12月", "past"],
    ["柯比周四在例行记者会上表示，沙利文“期待”周五跟王毅的会晤", "周五", "future"],
    ["柯比周四在例行记者会上表示，沙利文“期待”周五跟王毅的会晤", "周四", "past"],
    ["路透社引述知情人士透露，王毅周五在白宫会见沙利文时，可能会跟拜登见面", "周五", "future"],
    ["中国代表团周一在爱荷华州签署协议", "周一", null],
    ["为了周五的会谈，双方了解彼此立场", "周五", null],
    // 过境 / 过夜 are a transit and a night's stay, not the experiential 过
    ["蔡英文回程将于9日过境美国休斯敦", "9日", "future"],
    ["蔡英文回程將於9日過境美國休斯敦", "9日", "future"],
    ["蔡英文预计5日过境洛杉矶", "5日", "future"],
    ["蔡英文預計5日過境洛杉磯", "5日", "future"],
    ["总统将在纽约过夜，7日前往危地马拉", "7日", "future"],
    ["他曾在2019年过境夏威夷", "2019年", "past"],
    ["蔡英文12日过境纽约", "12日", null],
    ["蔡英文12日過境紐約", "12日", null],
    ["王毅去年访问过华盛顿", "去年", "past"],
    ["王毅去年訪問過華盛頓", "去年", "past"],
    // a recalled contact inside a plan is past: 继…之后, …以来, 上次…
    ["这将是两人继7月柏林会面之后的第二次会谈", "7月", "past"],
    ["這將是兩人繼7月柏林會面之後的第二次會談", "7月", "past"],
    ["两人将在峰会期间会晤，这是两人自7月以来首次会面", "7月", "past"],
    ["兩人將在峰會期間會晤，這是兩人自7月以來首次會面", "7月", "past"],
    ["双方将于下月会晤，上次会晤是在7月", "7月", "past"],
    ["雙方將於下月會晤，上次會晤是在7月", "7月", "past"],
    ["两人将继续在10月举行会谈", "10月", "future"],
    ["兩人將繼續在10月舉行會談", "10月", "future"],
    // 将其 / 将之 is the object marker (把), not a plan
    ["美军4日在外海将其击落", "4日", null],
    ["美軍4日在外海將其擊落", "4日", null],
  ])("should read %s at %s as %s", (text, expr, tense) => {
    const at = text.indexOf(expr);
    expect(tenseAt(text, at, at + expr.length)).toBe(tense);
  });

  it.each([
    ["週五，王毅將前往白宮", "週五", "future"],
    ["王毅周五在白宫会见沙利文时，可能会跟拜登见面", "周五", "future"],
    ["周三，布林肯与王毅会晤，双方同意下月将继续对话", "周三", null],
    ["布林肯周三与王毅会晤，双方将于下月再谈", "周三", null],
    ["美方表示，布林肯将于周三访问北京", "周三", "future"],
  ])("should read the head clause of %s at %s as %s", (text, expr, tense) => {
    const at = text.indexOf(expr);
    expect(tenseAt(text, at, at + expr.length, "head")).toBe(tense);
  });
});
