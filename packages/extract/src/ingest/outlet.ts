// The outlet a URL belongs to, as data: host suffix (optionally with a path prefix) → outlet name.

/** One outlet: host suffixes it publishes under, an optional path prefix, and its display name. */
export interface OutletRule {
  hosts: string[];
  path?: string;
  name: string;
}

/** Outlets, most specific first (a rule with a path wins over one without). */
export const OUTLETS: OutletRule[] = [
  { hosts: ["bbc.com", "bbc.co.uk"], path: "/zhongwen", name: "BBC Chinese" },
  { hosts: ["nytimes.com"], path: "/zh", name: "NYT Chinese" },
  { hosts: ["cn.nytimes.com", "nytimes.cn", "cn.nytstyle.com"], name: "NYT Chinese" },
  { hosts: ["wsj.com"], path: "/zh", name: "WSJ Chinese" },
  { hosts: ["cn.wsj.com"], name: "WSJ Chinese" },
  { hosts: ["ft.com"], path: "/zh", name: "FT Chinese" },
  { hosts: ["ftchinese.com"], name: "FT Chinese" },
  { hosts: ["rfi.fr"], name: "RFI" },
  { hosts: ["dw.com", "dw.de"], name: "DW" },
  { hosts: ["epochtimes.com", "epochtimes.com.tw", "epochtimeshk.org", "theepochtimes.com"], name: "Epoch Times" },
  { hosts: ["bbc.com", "bbc.co.uk"], name: "BBC" },
  { hosts: ["voachinese.com", "voacantonese.com"], name: "VOA" },
  { hosts: ["rfa.org"], name: "RFA" },
  { hosts: ["zaobao.com", "zaobao.com.sg", "zaobao.sg"], name: "联合早报 Lianhe Zaobao" },
  { hosts: ["cna.com.tw"], name: "CNA" },
  { hosts: ["udn.com"], name: "UDN" },
  { hosts: ["ltn.com.tw"], name: "Liberty Times" },
  { hosts: ["hk01.com"], name: "HK01" },
  { hosts: ["scmp.com"], name: "SCMP" },
  { hosts: ["mingpao.com"], name: "Ming Pao" },
  { hosts: ["thestandnews.com"], name: "Stand News" },
  { hosts: ["sinchew.com.my"], name: "星洲日报 Sin Chew Daily" },
  { hosts: ["chinapress.com.my"], name: "China Press" },
  { hosts: ["orientaldaily.com.my"], name: "Oriental Daily (Malaysia)" },
  { hosts: ["xinhuanet.com", "news.cn"], name: "Xinhua" },
  { hosts: ["people.com.cn"], name: "People's Daily" },
  { hosts: ["globaltimes.cn", "huanqiu.com"], name: "Global Times" },
  { hosts: ["chinatimes.com"], name: "China Times" },
  { hosts: ["storm.mg"], name: "Storm Media" },
  { hosts: ["ntdtv.com"], name: "NTD" },
  { hosts: ["soundofhope.org"], name: "Sound of Hope" },
  { hosts: ["cnn.com"], name: "CNN" },
  { hosts: ["reuters.com"], name: "Reuters" },
  { hosts: ["apnews.com"], name: "AP" },
  { hosts: ["chinadaily.com.cn"], name: "China Daily" },
  { hosts: ["cctv.com", "cgtn.com"], name: "CCTV" },
  { hosts: ["thepaper.cn"], name: "The Paper" },
  { hosts: ["guancha.cn"], name: "Guancha" },
  { hosts: ["qq.com"], name: "Tencent News" },
  { hosts: ["163.com"], name: "NetEase" },
  { hosts: ["sina.com.cn", "sina.cn"], name: "Sina" },
  { hosts: ["ifeng.com"], name: "Phoenix" },
  { hosts: ["rthk.hk"], name: "RTHK" },
  { hosts: ["hket.com"], name: "HKET" },
  { hosts: ["stheadline.com"], name: "Sing Tao" },
  { hosts: ["setn.com"], name: "SETN" },
  { hosts: ["ettoday.net"], name: "ETtoday" },
  { hosts: ["twreporter.org"], name: "The Reporter" },
  { hosts: ["initium.media", "theinitium.com"], name: "Initium" },
  { hosts: ["8world.com"], name: "8world" },
];

/** Outlet of a URL from its host (and path), or null when there is no URL or no rule matches. */
export function outletOf(url: string | null, outlets: OutletRule[] = OUTLETS): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  for (const rule of outlets) {
    if (rule.path && !path.startsWith(rule.path)) continue;
    if (rule.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return rule.name;
  }
  return null;
}
