// Site and outlet names as data: the lines that open copied pages and the suffixes of page titles.

/** Site and outlet names that open copied pages ("中央社 CNA", "BBC News 中文"), Latin, digits and punctuation aside. */
export const SITE_NAMES = new Set(
  ("华语 華語 中文网 中文網 中央社 中央通讯社 中央通訊社 联合早报 聯合早報 早报 早報 明报 明報 明报新闻网 明報新聞網 香港 中文 德国之声 德國之聲 法广 法廣 法国国际广播电台 法國國際廣播電台 " +
    "美国之音 美國之音 自由亚洲电台 自由亞洲電台 大纪元 大紀元 新唐人 自由时报 自由時報 自由时报电子报 自由時報電子報 每日明报 每日明報 自由电子报 自由電子報 联合新闻网 聯合新聞網 联合报 聯合報 中国时报 中國時報 " +
    "星洲日报 星洲日報 星洲网 星洲網 东方日报 東方日報 中国报 中國報 南洋商报 南洋商報 南华早报 南華早報 端传媒 端傳媒 立场新闻 立場新聞 东网 東網 信报 信報 " +
    "星岛日报 星島日報 星岛 星島 文汇报 文匯報 大公报 大公報 新华网 新華網 新华社 新華社 人民网 人民網 环球时报 環球時報 环球网 環球網 澎湃新闻 澎湃新聞 " +
    "凤凰网 鳳凰網 腾讯新闻 騰訊新聞 新浪新闻 新浪新聞 网易新闻 網易新聞 纽约时报中文网 紐約時報中文網 华尔街日报 華爾街日報 金融时报 金融時報 FT中文网 " +
    "风传媒 風傳媒 上报 上報 三立新闻网 三立新聞網 今日新闻 今日新聞 公视新闻网 公視新聞網 看中国 看中國 希望之声 希望之聲 " +
    "新闻云 新聞雲 东森新闻 東森新聞 中时 中時 中时新闻网 中時新聞網 中天新闻 中天新聞 民视新闻 民視新聞 台视新闻 台視新聞 华视新闻 華視新聞 " +
    "镜周刊 鏡週刊 镜新闻 鏡新聞 新头壳 新頭殼 信传媒 信傳媒 经济日报 經濟日報 工商时报 工商時報 世界日报 世界日報 苹果日报 蘋果日報 壹苹新闻网 壹蘋新聞網 " +
    "中华日报 中華日報 青年日报 青年日報 太报 太報 报导者 報導者 沃草 匯流新聞網 汇流新闻网 中广新闻网 中廣新聞網 " +
    "香港电台 香港電台 有线新闻 有線新聞 无线新闻 無綫新聞 头条日报 頭條日報 星岛头条 星島頭條 商报 商報 晴报 晴報 点新闻 點新聞 橙新闻 橙新聞 香港商报 香港商報 " +
    "光明日报 光明日報 诗华日报 詩華日報 光华日报 光華日報 当今大马 當今大馬 联合日报 聯合日報 新明日报 新明日報 " +
    "央视 央視 央视新闻 央視新聞 央视网 央視網 中新网 中新網 中国新闻网 中國新聞網 中新社 光明网 光明網 参考消息 參考消息 观察者 觀察者 观察者网 觀察者網 " +
    "界面新闻 界面新聞 财新 財新 财新网 財新網 第一财经 第一財經 新京报 新京報 南方周末 解放日报 解放日報 北京日报 北京日報 人民日报 人民日報 中国日报 中國日報 " +
    "东方网 東方網 东网 多维新闻 多維新聞 美国之音中文网 自由亚洲 自由亞洲 博讯 博訊 阿波罗新闻网 阿波羅新聞網 新唐人电视台 新唐人電視台 法新社 路透社 美联社 美聯社 共同社 韩联社 韓聯社").split(" "),
);
/** Section names that share a date line ("2024-04-10 17:45 | 国际"). */
export const SECTION_NAMES = new Set(
  ("国际 國際 中国 中國 两岸 兩岸 台湾 台灣 香港 港闻 港聞 即时 即時 新闻 新聞 要闻 要聞 财经 財經 全球 世界 亚洲 亞洲 美洲 欧洲 歐洲 " +
    "大陆 大陸 政治 社会 社會 评论 評論 观点 觀點 时事 時事 军事 軍事 外交 国际新闻 國際新聞 中国新闻 中國新聞 即时国际 即時國際").split(" "),
);

const NOT_NAME = /[\s\p{P}\p{S}A-Za-z0-9]+/gu;

/** True when every Han piece of a line ("RFI 华语 - 法国国际广播电台") is a site name, and one is. */
export function allSiteNames(line: string): boolean {
  let named = false;
  for (const piece of line.split(PIECES)) {
    const key = siteNameKey(piece);
    if (key === "") continue;
    if (!isKnownSite(key)) return false;
    named = true;
  }
  return named;
}

// 美国之音中文网, 联合早报网, 德國之聲中文網: a known name and the word for its website
const SITE_TAIL = /(?:中文网|中文網|新闻网|新聞網|电子报|電子報|网站|網站|网|網|时报|時報)$/;

/** True when a name's Han part (see `siteNameKey`) is a known site, with or without 网/中文网 after it. */
export const isKnownSite = (key: string): boolean => SITE_NAMES.has(key) || (SITE_TAIL.test(key) && SITE_NAMES.has(key.replace(SITE_TAIL, "")));

const PIECES = /\s*[-–—|｜_·•／/]\s*|\s+/;

/** The Han part of a name as SITE_NAMES holds it: "中央社 CNA" → 中央社, "香港01" → 香港. */
export const siteNameKey = (text: string): string => text.replace(NOT_NAME, "");
