// The small lexicon the event tests use: real public people, places and organizations.

/** One entry of the test lexicon. */
export type Entry = { id: string; zh: string; en: string; country: string; aliases?: string[]; kind?: string; in?: string; abbrev?: string[]; roles?: { title: string; titleEn: string }[] };
const P = (id: string, zh: string, country: string, aliases: string[] = [], abbrev: string[] = []): Entry => ({ id: `person:${id}`, zh, en: id, country, aliases, abbrev });
const L = (id: string, zh: string, country: string, kind: string, aliases: string[] = [], inId?: string): Entry => ({
  id: `place:${id}`, zh, en: id, country, kind, aliases, ...(inId && { in: `place:${inId}` }),
});
/** A head of state: 两国元首 may refer to two of them. */
const H = (e: Entry): Entry => ({ ...e, roles: [{ title: "总统", titleEn: "President" }] });
const O = (id: string, zh: string, aliases: string[] = []): Entry => ({ id: `org:${id}`, zh, en: id, country: "US", aliases });

/** The small lexicon the event tests use (real public people and places). */
export const TEST_LEXICON_DATA = {
  people: [
    P("wang-yi", "王毅", "CN"), P("antony-blinken", "布林肯", "US", ["安东尼·布林肯"]), P("jake-sullivan", "沙利文", "US", ["苏利文", "杰克·沙利文"]),
    H(P("joe-biden", "拜登", "US", [], ["拜"])), H(P("xi-jinping", "习近平", "CN", [], ["习"])), P("janet-yellen", "耶伦", "US", ["叶伦"]),
    P("gina-raimondo", "雷蒙多", "US"), P("john-kerry", "克里", "US"), P("chuck-schumer", "舒默", "US"), P("he-lifeng", "何立峰", "CN"),
    P("sun-weidong", "孙卫东", "CN"), P("daniel-kritenbrink", "康达", "US"), P("xie-feng", "谢锋", "CN"), P("gavin-newsom", "纽森", "US"),
    P("han-zheng", "韩正", "CN"), H(P("vladimir-putin", "普京", "RU")), P("nancy-pelosi", "佩洛西", "US"), P("matthew-miller", "米勒", "US", ["马特·米勒"]),
    P("john-kirby", "柯比", "US"), P("li-qiang", "李强", "CN"), P("fumio-kishida", "岸田文雄", "JP"), H(P("emmanuel-macron", "马克龙", "FR")),
    P("lai-ching-te", "赖清德", "TW"), P("donald-trump", "特朗普", "US", ["川普"], ["川"]), P("qin-gang", "秦刚", "CN"), P("lloyd-austin", "奥斯汀", "US"),
    P("dong-jun", "董军", "CN"), P("olaf-scholz", "朔尔茨", "DE"), P("yoon-suk-yeol", "尹锡悦", "KR"), P("wei-fenghe", "魏凤和", "CN"), P("pan-gongsheng", "潘功胜", "CN"), P("chris-hipkins", "希普金斯", "NZ"), P("isaac-herzog", "赫尔佐格", "IL"),
    P("robert-lighthizer", "莱特希泽", "US"), P("steven-mnuchin", "姆努钦", "US"), P("yoko-kamikawa", "上川阳子", "JP"), P("minoru-kihara", "木原稔", "JP"),
    P("ursula-von-der-leyen", "冯德莱恩", "EU"), P("kim-jong-un", "金正恩", "KP"), P("hu-jintao", "胡锦涛", "CN"), P("anwar-ibrahim", "安瓦尔", "MY", ["安华"]),
    // Leaders and ministers of meetings of three or more parties (group.test.ts).
    P("li-keqiang", "李克强", "CN"), P("donald-tusk", "图斯克", "EU"), P("jean-claude-juncker", "容克", "EU"), P("charles-michel", "米歇尔", "EU"),
    P("angela-merkel", "默克尔", "DE", ["梅克尔"]), H(P("narendra-modi", "莫迪", "IN")), H(P("moon-jae-in", "文在寅", "KR")), P("shinzo-abe", "安倍晋三", "JP"),
    P("shigeru-ishiba", "石破茂", "JP"), P("cho-tae-yul", "赵兑烈", "KR"), P("scott-bessent", "贝森特", "US"), P("jamieson-greer", "格里尔", "US"),
    P("takeshi-iwaya", "岩屋毅", "JP"), P("park-jin", "朴振", "KR"),
    // A journalist's name for byline rows (not a public figure; never a participant).
    P("test-journalist", "林晓明", "TW"),
  ],
  places: [
    L("china", "中国", "CN", "country", ["中华人民共和国"]), L("united-states", "美国", "US", "country"), L("washington", "华盛顿", "US", "city", ["华府"]),
    L("beijing", "北京", "CN", "city"), L("shanghai", "上海", "CN", "city"), L("san-francisco", "旧金山", "US", "city"), L("new-york", "纽约", "US", "city"),
    L("malta", "马耳他", "MT", "country"), L("bali", "巴厘岛", "ID", "region"), L("white-house", "白宫", "US", "venue", [], "washington"),
    L("great-hall", "人民大会堂", "CN", "venue", [], "beijing"), L("taiwan", "台湾", "TW", "region"), L("japan", "日本", "JP", "country"),
    L("tokyo", "东京", "JP", "city"), L("russia", "俄罗斯", "RU", "country"), L("moscow", "莫斯科", "RU", "city"), L("california", "加州", "US", "region"),
    L("france", "法国", "FR", "country"), L("paris", "巴黎", "FR", "city"), L("germany", "德国", "DE", "country"), L("singapore", "新加坡", "SG", "country"),
    L("south-korea", "韩国", "KR", "country"), L("seoul", "首尔", "KR", "city"), L("vienna", "维也纳", "AT", "city"), L("guangzhou", "广州", "CN", "city"), L("cambodia", "柬埔寨", "KH", "country"),
    L("indonesia", "印尼", "ID", "country", ["印度尼西亚"]), L("asia", "亚洲", "ZZ", "region"), L("europe", "欧洲", "ZZ", "region"),
    L("malaysia", "马来西亚", "MY", "country", ["大马"]), L("kuala-lumpur", "吉隆坡", "MY", "city"), L("north-korea", "朝鲜", "KP", "country", ["北韩"]),
    L("guam", "关岛", "GU", "region", [], "united-states"), L("central-america", "中美洲", "ZZ", "region"), L("guatemala", "危地马拉", "GT", "country", ["瓜地马拉"]),
    L("belize", "伯利兹", "BZ", "country", ["贝里斯"]), L("brazil", "巴西", "BR", "country"), L("brasilia", "巴西利亚", "BR", "city", [], "brazil"),
    L("peru", "秘鲁", "PE", "country"), L("lima", "利马", "PE", "city", [], "peru"),
    L("dulles-airport", "杜勒斯国际机场", "US", "venue", ["杜勒斯机场"], "washington"), L("haneda-airport", "羽田机场", "JP", "venue", [], "tokyo"),
  ],
  organizations: [
    O("reuters", "路透社"), O("ap", "美联社"), O("wsj", "华尔街日报"), O("state-department", "美国国务院"), O("un", "联合国"),
    O("amcham-shanghai", "上海美国商会"), O("mfa", "中国外交部"), O("pboc", "中国人民银行"),
  ],
};
