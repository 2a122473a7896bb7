// A small traditional→simplified fold for characters common in names and titles (data, not code).
// The extractor already normalizes text; this covers names typed by users into queries.

/** Pairs of traditional and simplified characters, written as two aligned strings. */
const TRADITIONAL =
  "蘇習華盛頓國務卿馬爾納瑪麗蓋輝鄧劉陳楊趙黃張吳鄭韓龐馮盧賴蔣錢孫衛東謝鋒樸維爾賓亞歐羅倫諾傑萊雷蒙頓葉爾倫戈爾費烏克蘭爾達拉屆紐約舊金山會談議長總統書記員長軍聯歐盟臺灣灣島嶼橋軒濤岡韋賀龍關鳳鵬運劍銘鐘鋼鐵綱憲齊齋鄒鄔閻聶蕭邁麥萬凱愛倫嘉爾麗絲麗薩瑪麗婭娜愛麗茲諾維奇斯頓姆勞喬治碼圖懷爾遜蘭傑夫紀時間實際經濟貿易發訪問頭領導報當選門東爾關係兩岸開蘭納戰爭極羅斯臉業團體團結區縣鄉鎮鄰廣場內閣參眾議員衆與對來於為這個們"
/** Simplified counterparts, character for character. */;
const SIMPLIFIED =
  "苏习华盛顿国务卿马尔纳玛丽盖辉邓刘陈杨赵黄张吴郑韩庞冯卢赖蒋钱孙卫东谢锋朴维尔宾亚欧罗伦诺杰莱雷蒙顿叶尔伦戈尔费乌克兰尔达拉届纽约旧金山会谈议长总统书记员长军联欧盟台湾湾岛屿桥轩涛冈韦贺龙关凤鹏运剑铭钟钢铁纲宪齐斋邹邬阎聂萧迈麦万凯爱伦嘉尔丽丝丽萨玛丽娅娜爱丽兹诺维奇斯顿姆劳乔治码图怀尔逊兰杰夫纪时间实际经济贸易发访问头领导报当选门东尔关系两岸开兰纳战争极罗斯脸业团体团结区县乡镇邻广场内阁参众议员众与对来于为这个们";

const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) {
  const t = TRADITIONAL[i]!;
  const s = SIMPLIFIED[i]!;
  if (t !== s) FOLD.set(t, s);
}

/** Folds the traditional characters this table knows to simplified: 蘇利文 → 苏利文. */
export function foldTraditional(text: string): string {
  let out = "";
  for (const ch of text) out += FOLD.get(ch) ?? ch;
  return out;
}

/** Number of characters the fold knows (for tests). */
export const FOLD_SIZE = FOLD.size;
