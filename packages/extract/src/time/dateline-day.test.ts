// A wire dateline's day is the story's 今天; a month of the day's own sentence wins; 已邀请…10月 is ahead.
import { describe, expect, it } from "vitest";
import { findTimes } from "./find.ts";
import { makeDocument } from "./fixtures.ts";

/** The date of the first expression with `surface` in a document published on `published`. */
function dateOf(paragraphs: string[], published: string, surface: string): string | null | undefined {
  const doc = makeDocument(paragraphs, published);
  return findTimes(doc, []).times.find((t) => t.surface === surface)?.from;
}

describe("time dateline day", () => {
  it.each([
    [["（中央社华盛顿19日综合外电报导）韩正今天与万斯会面。"], "2025-01-20", "今天", "2025-01-19"],
    [["（中央社華盛頓19日綜合外電報導）韓正今天與范斯會面。"], "2025-01-20", "今天", "2025-01-19"],
    [["（中央社记者林晓明华盛顿18日专电）布林肯今天在慕尼黑会见王毅。"], "2023-02-19", "今天", "2023-02-18"],
    [["（中央社記者林曉明華盛頓18日專電）布林肯今天在慕尼黑會見王毅。"], "2023-02-19", "今天", "2023-02-18"],
    [["(法新社北京18日电) 王毅昨天会见布林肯。"], "2023-06-19", "昨天", "2023-06-17"],
    [["(法新社北京18日電) 王毅昨天會見布林肯。"], "2023-06-19", "昨天", "2023-06-17"],
    [["本报华盛顿10月26日电 王毅今天抵达华盛顿。"], "2023-10-27", "今天", "2023-10-26"],
    [["本報華盛頓10月26日電 王毅今天抵達華盛頓。"], "2023-10-27", "今天", "2023-10-26"],
    [["标题", "（坎培拉17日综合电）李强今天在国会大厦会谈。"], "2024-06-18", "今天", "2024-06-17"],
    [["標題", "（坎培拉17日綜合電）李強今天在國會大廈會談。"], "2024-06-18", "今天", "2024-06-17"],
    // the dateline's day is the published day: nothing moves
    [["（中央社台北4日综合外电报导）峰会今天举行。"], "2024-07-04", "今天", "2024-07-04"],
    [["（中央社台北4日綜合外電報導）峰會今天舉行。"], "2024-07-04", "今天", "2024-07-04"],
    // a day far from the published day is no dateline of this story
    [["（中央社华盛顿3日专电）拜登今天发表讲话。"], "2023-10-20", "今天", "2023-10-20"],
    [["（中央社華盛頓3日專電）拜登今天發表講話。"], "2023-10-20", "今天", "2023-10-20"],
    // a day in the body is no dateline
    [["王毅19日抵达华盛顿，今天会见布林肯。"], "2023-10-20", "今天", "2023-10-20"],
    [["王毅19日抵達華盛頓，今天會見布林肯。"], "2023-10-20", "今天", "2023-10-20"],
  ])("should date %j (published %s): %s → %s", (paragraphs, published, surface, date) => {
    expect(dateOf(paragraphs, published, surface)).toBe(date);
  });

  it.each([
    // a month written in the day's own sentence wins over an older full date
    [["欧尔班5日在克里姆林宫与普京会谈。", "习近平今年5月曾访问匈牙利，9日在布达佩斯与欧尔班会谈。"], "2024-07-09", "9日", "2024-05-09"],
    [["歐爾班5日在克里姆林宮與普京會談。", "習近平今年5月曾訪問匈牙利，9日在布達佩斯與歐爾班會談。"], "2024-07-09", "9日", "2024-05-09"],
    [["王毅3日抵达莫斯科。", "布林肯去年6月访华，19日会见习近平。"], "2024-07-09", "19日", "2023-06-19"],
    [["王毅3日抵達莫斯科。", "布林肯去年6月訪華，19日會見習近平。"], "2024-07-09", "19日", "2023-06-19"],
    // 已邀请…10月前往: the invited trip is ahead, in the article's year (not 应…邀请)
    [["俄方也已邀请习近平10月前往喀山。"], "2024-05-17", "10月", "2024-10-01"],
    [["俄方也已邀請習近平10月前往喀山。"], "2024-05-17", "10月", "2024-10-01"],
    [["拜登已邀请岸田文雄9月访问白宫。"], "2024-05-17", "9月", "2024-09-01"],
    [["拜登已邀請岸田文雄9月訪問白宮。"], "2024-05-17", "9月", "2024-09-01"],
    [["应普京邀请，习近平3月20日至22日对俄罗斯进行国事访问。"], "2024-06-17", "3月20日至22日", "2024-03-20"],
    [["應普京邀請，習近平3月20日至22日對俄羅斯進行國事訪問。"], "2024-06-17", "3月20日至22日", "2024-03-20"],
  ])("should date %j (published %s): %s → %s", (paragraphs, published, surface, date) => {
    expect(dateOf(paragraphs, published, surface)).toBe(date);
  });
});
