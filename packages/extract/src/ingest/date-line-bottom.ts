// Date lines under the story: （2023/04/15 10:32）, 責任編輯：王小明 2023-04-15, 【版權所有】, CNA's （編輯：王小明）1120415.
import { betterDateLine, readDateLine } from "./date-lines.ts";
import type { DateLine } from "./date-lines.ts";
import { readCnaTail } from "./date-normalize.ts";

/** Options of `takeBottomDateLine`. */
export interface BottomOptions {
  /** Blocks from the end that may hold the date line. */
  window: number;
}

/** Default options of `takeBottomDateLine`. */
export const DEFAULT_BOTTOM_OPTIONS: BottomOptions = { window: 8 };

// 延伸閱讀 / 相关新闻 / 推薦閱讀 / Related: what follows lists other stories, with their own dates
const RELATED = /^[\s【［[#*>-]*(?:延伸閱讀|延伸阅读|相關新聞|相关新闻|相關閱讀|相关阅读|相關報導|相关报道|推薦閱讀|推荐阅读|推薦新聞|推荐新闻|更多新聞|更多新闻|熱門新聞|热门新闻|看更多|猜你喜歡|猜你喜欢|相關文章|相关文章|最新新聞|最新新闻|上一篇|下一篇|Related|Read more|More from)/i;
// a story's paragraph: a sentence, or a long line
const BODY = /[。！？!?]|[，,].{40}/;
// …雙方同意保持溝通。（2023/04/15 10:32）: a date in parentheses closing the last paragraph
const CLOSING = /[(（]([^()（）]{8,40})[)）]\s*$/;

/**
 * The date line among the last `window` blocks below the story's last paragraph (none under a 延伸閱讀 list):
 * removes it and returns its date, published over plain over updated; else the date closing the last paragraph.
 */
export function takeBottomDateLine(blocks: { text: string }[], options: Partial<BottomOptions> = {}): string | null {
  const { window } = { ...DEFAULT_BOTTOM_OPTIONS, ...options };
  let best: DateLine | null = null;
  let at = -1;
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - window); i--) {
    const text = blocks[i]!.text.trim();
    if (RELATED.test(text)) {
      // what was found so far sits under a list of other stories
      best = null;
      at = -1;
      continue;
    }
    const cna = readCnaTail(text);
    const line: DateLine | null = cna ? { date: cna, label: "plain" } : readDateLine(text);
    if (line) {
      const better = betterDateLine(best, line);
      if (better !== best) at = i;
      best = better;
      continue;
    }
    if (BODY.test(text)) {
      if (best) break;
      const closing = CLOSING.exec(text);
      return closing ? (readDateLine(closing[1]!)?.date ?? null) : null;
    }
  }
  if (at >= 0) blocks.splice(at, 1);
  return best?.date ?? null;
}
