// Boilerplate rules as data: share bars, feed promotions, copyright, navigation, adverts, related links.
import type { Block } from "./types.ts";

/** A rule: a name (recorded when a block is dropped) and a test on the block. */
export interface BoilerplateRule {
  name: string;
  match: (block: Block) => boolean;
}

const short = (max: number, re: RegExp) => (b: Block) => b.text.length <= max && re.test(b.text);

/** The rules, in order; the first that matches drops the block. */
export const BOILERPLATE_RULES: BoilerplateRule[] = [
  // 分享 : / 分享到： / Share
  { name: "share-bar", match: short(40, /^(?:分享|分享到|分享本文|分享此文|分享給朋友|Share(?: this)?)\s*(?:[:：]|$)/i) },
  // 获取更多RSS：, feedx.net mirrors
  { name: "feed-promo", match: short(200, /获取更多\s*RSS|獲取更多\s*RSS|RSS\s*订阅|RSS\s*訂閱|feedx\.(?:net|best|top)/i) },
  // © 2023年德国之声版权声明：…, 版权所有, All rights reserved
  { name: "copyright", match: short(300, /^\s*(?:©|\(c\)|Copyright\b)|版权声明|版權聲明|版权所有|版權所有|All rights reserved|不得转载|不得轉載/i) },
  // 首页 > 国际 > …, 上一篇 / 下一篇, 返回顶部
  { name: "navigation", match: short(60, /^(?:首页|首頁|主页|主頁|Home)\s*[>›»/|]|^(?:上一篇|下一篇|上一页|下一页|上一頁|下一頁|返回顶部|返回頂部|回到顶部|回到頂部|返回首页|返回首頁|返回目录|返回目錄)/) },
  // 相关新闻, 延伸阅读：…, 推荐阅读
  { name: "related-links", match: short(80, /^(?:【\s*)?(?:相关|相關|延伸|推荐|推薦|热门|熱門|更多|猜你|你可能|编辑推荐|編輯推薦|今日热点|今日熱點)(?:新闻|新聞|阅读|閱讀|文章|报道|報導|報道|内容|內容|推荐|推薦|喜欢|喜歡|感兴趣|感興趣|链接|鏈接|連結)?\s*(?:】|[:：]|$)/) },
  // 广告, 点击订阅, 下载APP, 扫码关注
  { name: "advert", match: short(80, /^(?:广告|廣告|Advertisement|赞助|贊助|点击订阅|點擊訂閱|订阅|訂閱|下载|下載|扫码|掃碼|扫描二维码|掃描二維碼|关注我们|關注我們|欢迎订阅|歡迎訂閱|点击|點擊)(?=$|[\s:：]|.{0,40}(?:APP|App|app|订阅|訂閱|关注|關注|下载|下載|频道|頻道|Telegram|YouTube|二维码|二維碼))/) },
  // 图像来源，Getty Images / 圖片來源：路透社 (BBC, VOA image credits)
  { name: "image-credit", match: short(80, /^(?:图像来源|圖像來源|图片来源|圖片來源|图源|圖源|摄影|攝影|Image source|Getty Images|Photo)\s*[，,：:／/]/i) },
  // ![](https://…), a bare link: https://feedx.net
  { name: "image-link", match: (b) => /^!\[[^\]]*\]\([^)]*\)?$/.test(b.text) },
  { name: "bare-url", match: (b) => /^(?:https?:\/\/|www\.)\S+$/i.test(b.text) },
  // A short line that is nothing but a link (related-articles lists).
  { name: "link-line", match: (b) => b.linkShare >= 0.99 && b.text.length <= 60 && !/[。！？]/.test(b.text) },
  // Lines without a letter or digit of any script: #, ---, ***.
  { name: "no-words", match: (b) => !/[\p{L}\p{N}]/u.test(b.text) },
];

/** Blocks that read as image captions whatever their markup: 图像加注文字，王毅与布林肯握手 (BBC). */
const CAPTION = /^(?:图像加注文字|圖像加註文字|图片说明|圖片說明|图说|圖說|图注|圖註)\s*[，,：:]/;

/** Drops boilerplate blocks and marks captions; returns the kept blocks and the names of the rules that fired. */
export function dropBoilerplate(blocks: Block[], rules: BoilerplateRule[] = BOILERPLATE_RULES): { kept: Block[]; dropped: string[] } {
  const kept: Block[] = [];
  const dropped: string[] = [];
  for (const block of blocks) {
    const rule = rules.find((r) => r.match(block));
    if (rule) dropped.push(rule.name);
    else kept.push(CAPTION.test(block.text) ? { ...block, kind: "caption" } : block);
  }
  return { kept, dropped };
}
