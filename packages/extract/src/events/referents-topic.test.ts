// Table test: which pair 两人/双方 means when other pairs were named since (a 当时 story, a sentence naming one of them).
import { describe, expect, it } from "vitest";
import { showEvents } from "./testing.ts";

/** Each row: a paragraph, the place (or trigger kind) of the event asked about, its people as A+B (none: no such event). */
const ROWS: [string, string, string | null][] = [
  // pairs named only inside the sentence that last read 两人 (its 当时 story) do not take 两人 over
  ["沙利文与王毅在曼谷会谈。两人上一次会晤是在10月，当时王毅访问华盛顿，并在白宫与拜登见面。5月，两人还在维也纳进行过会谈。", "@维也纳", "沙利文+王毅"],
  ["沙利文與王毅在曼谷會談。兩人上一次會晤是在10月，當時王毅訪問華盛頓，並在白宮與拜登見面。5月，兩人還在維也納進行過會談。", "@维也纳", "沙利文+王毅"],
  ["布林肯与王毅举行会谈。双方上一次会谈是在10月，当时王毅访问华盛顿，并与沙利文见面。5月，双方还在新加坡会面。", "@新加坡", "布林肯+王毅"],
  ["布林肯與王毅舉行會談。雙方上一次會談是在10月，當時王毅訪問華盛頓，並與沙利文見面。5月，雙方還在新加坡會面。", "@新加坡", "布林肯+王毅"],
  // a sentence telling its first pair's occasion (当时, 那次) keeps that pair for the next 两人
  ["布林肯与王毅上一次会晤是在4月，当时布林肯访问北京，还会见了习近平。2月，两人也曾在新加坡会面。", "@新加坡", "布林肯+王毅"],
  ["布林肯與王毅上一次會晤是在4月，當時布林肯訪問北京，還會見了習近平。2月，兩人也曾在新加坡會面。", "@新加坡", "布林肯+王毅"],
  ["耶伦与何立峰上次会谈是在7月，那次耶伦还与李强见面。两人此前曾在维也纳会面。", "@维也纳", "耶伦+何立峰"],
  // a pair named in its own sentence, with no 两人 before it, is the one meant
  ["沙利文与王毅在曼谷会谈。王毅随后在白宫会见拜登。两人此前曾在维也纳会面。", "@维也纳", "王毅+拜登"],
  ["沙利文與王毅在曼谷會談。王毅隨後在白宮會見拜登。兩人此前曾在維也納會面。", "@维也纳", "王毅+拜登"],
  // the latest pair with someone the sentence names
  ["拜登与习近平通电话。沙利文与王毅在马耳他会谈。习近平没有前往巴厘岛，使两人原本可能在巴厘岛的会面落空。", "@巴厘岛", "拜登+习近平"],
  ["拜登與習近平通電話。沙利文與王毅在馬耳他會談。習近平沒有前往峇里島，使兩人原本可能在巴厘島的會面落空。", "@巴厘岛", "拜登+习近平"],
  // others named between the pair word and the trigger (指挥官, 两军, 部门): not the pair's own contact
  ["奥斯汀与董军举行会谈。双方同意恢复两军战区指挥官之间的通话。", "call", null],
  ["奧斯汀與董軍舉行會談。雙方同意恢復兩軍戰區指揮官之間的通話。", "call", null],
  ["沙利文与王毅举行会谈。双方同意安排两国相关部门通话。", "call", null],
];

describe("events referents-topic", () => {
  it.each(ROWS)("should read %s", (paragraph, where, who) => {
    const found = showEvents(paragraph, {}).filter((e) => !e.startsWith("visit ") && (where.startsWith("@") ? e.includes(` ${where} `) : e.startsWith(`${where} `)));
    expect(found.map((e) => e.split(" ")[1])).toEqual(who === null ? [] : [who]);
  });
});
