// Words around a name that support it: speech verbs after, function words on either side, countries before.
import { NOT_PEOPLE } from "./not-people.ts";

export { NOT_PEOPLE };

/** Speech verbs that follow a speaker's name: 王毅表示, 柯比说. */
export const SPEECH_VERBS = new Set([
  "表示", "说", "指出", "认为", "强调", "透露", "称", "坦言", "回应", "宣布", "说道", "写道", "提到", "补充",
  "警告", "呼吁", "证实", "表明", "重申", "告诉", "解释", "披露", "声称", "谈到", "直言", "批评", "质疑", "承认",
  "相信", "希望", "答", "问", "提出", "阐述", "介绍", "主张", "分析", "预测", "评论", "说明", "反驳",
]);

/** Words that may directly follow a name: speech verbs, actions of diplomacy, adverbs, prepositions. */
export const FOLLOW_WORDS = new Set([
  ...SPEECH_VERBS,
  "在", "与", "和", "同", "跟", "对", "向", "也", "还", "则", "将", "已", "曾", "于", "是", "的", "等", "及", "并", "而", "但", "就", "又", "再", "都",
  "会见", "会晤", "会谈", "会面", "见面", "访问", "访华", "访美", "出席", "参加", "发表", "致电", "通电话", "通话", "抵达", "前往", "举行",
  "上任", "就任", "当选", "率", "率团", "此前", "此次", "此行", "本人", "今天", "昨天", "日前", "近日", "当天", "随后", "一行", "共同",
  "先后", "分别", "再次", "首次", "已经", "正在", "亲自", "接见", "接待", "赴", "到访", "讲话", "致辞", "发言", "演讲", "签署", "主持",
  "政府", "总统", "先生", "女士", "夫妇", "任内", "时期", "上台", "执政", "访", "来华", "去年", "今年", "明年", "周一", "周二", "周三", "周四",
  "周五", "周六", "周日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "访台", "访日", "访俄", "访欧", "出访",
  "接受", "受访", "今日", "昨日", "本周", "上周", "下周", "当地时间", "透过", "通过", "对此", "回答", "答复", "致函", "致信", "宣称",
  "发文", "撰文", "发推", "写信", "会同", "带领", "陪同", "一同", "一起",
  "秘密", "低调", "正式", "即将", "将于", "预计", "突然",
]);

/** Words that may directly precede a name. */
export const LEAD_WORDS = new Set([
  "与", "和", "同", "跟", "对", "向", "及", "由", "被", "让", "请", "邀请", "据", "是", "为", "给", "称", "说", "会见", "会晤", "接见",
  "致电", "而", "但", "并", "以及", "包括", "如", "即", "连同", "支持", "批评", "认为", "表示", "、",
]);

/** jieba tags of words that can never be part of a name. */
export const FUNCTION_TAGS = new Set(["p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "m", "q", "f", "t", "y", "e", "o", "v", "vn", "a", "ad", "an", "z"]);

/** jieba tags that a word of two or more characters inside a name may carry (x: an unknown word the HMM found). */
export const NAME_TAGS = new Set(["nr", "nrfg", "nrt", "x", "nz", "ns"]);

/** jieba tags that mark a person. */
export const PERSON_TAGS = new Set(["nr", "nrfg", "nrt"]);

/** What follows a leader-pair abbreviation: 拜习会, 习拜峰会, 川习会晤. */
export const PAIR_SUFFIXES = ["峰会", "会晤", "会谈", "会面", "通话", "通电话", "电话", "首会", "二会", "会"];

/** Words that may stand between a leader pair and its meeting word: 习拜庄园会晤, 习拜视频会晤, 拜习二度会面 (never a person). */
export const PAIR_INFIXES = ["庄园", "山庄", "湖畔", "海湖", "视频", "线上", "电话", "二度", "二次", "首次", "再次", "再度", "首度", "历史性"];

/** Country names and prefixes used when the lexicon lacks them: 美国国务卿, 美财长, 中国驻美大使. */
export const COUNTRY_WORDS: Record<string, string> = {
  中国: "CN", 中方: "CN", 中: "CN", 中共: "CN", 华: "CN", 美国: "US", 美方: "US", 美: "US", 俄罗斯: "RU", 俄方: "RU", 俄: "RU",
  日本: "JP", 日方: "JP", 日: "JP", 韩国: "KR", 韩方: "KR", 韩: "KR", 朝鲜: "KP", 英国: "GB", 英: "GB", 法国: "FR", 法: "FR",
  德国: "DE", 德: "DE", 台湾: "TW", 台: "TW", 欧盟: "EU", 印度: "IN", 澳大利亚: "AU", 澳洲: "AU", 加拿大: "CA", 乌克兰: "UA",
  以色列: "IL", 伊朗: "IR", 新加坡: "SG", 马来西亚: "MY", 越南: "VN", 菲律宾: "PH", 巴西: "BR", 意大利: "IT", 西班牙: "ES",
  沙特: "SA", 土耳其: "TR", 香港: "HK", 港: "HK", 澳门: "MO", 联合国: "UN", 巴基斯坦: "PK", 印尼: "ID", 印度尼西亚: "ID",
};

/** Countries whose people carry Chinese names (their names get a pinyin English form). */
export const CHINESE_NAME_COUNTRIES = new Set(["CN", "TW", "HK", "MO", "SG", "MY"]);

/** Words after a name that make it an organization, a prize or a plan, not a person: 洛克希德·马丁|公司. */
export const ORG_AFTER = /^(?:公司|集团|大学|学院|基金会|研究所|研究院|学会|银行|航空|实验室|组织|协会|商会|电视台|日报|时报|通讯社|俱乐部|酒店|医院|品牌|系统|导弹|号|奖|主义|家族|王朝|计划|法案|条约|协议|大厦|大楼|中心|基金|股份|控股|科技|汽车|公约)/;

/**
 * First characters of X方 words naming a side rather than a person: 双方, 对方, 各方, 官方, 军方, and country prefixes
 * (巴方, 马方, 菲方) even when the lexicon in use lacks the country.
 */
export const SIDE_PREFIXES = new Set([
  "双", "对", "各", "官", "军", "警", "校", "院", "资", "劳", "买", "卖", "甲", "乙", "敌", "友", "我", "他", "东", "北", "南",
  "巴", "马", "菲", "越", "泰", "新", "朝", "蒙", "哈", "乌", "土", "埃", "伊", "沙", "以", "意", "西", "葡", "荷", "比", "瑞", "挪",
  "芬", "丹", "波", "捷", "匈", "希", "墨", "智", "秘", "阿", "加", "古", "缅", "柬", "老", "文", "孟", "尼", "肯", "澳", "英", "法",
]);

/** Words jieba tags as places that are movements or vague areas, never where something happens: 回国, 离京, 全国. */
export const NOT_PLACES = new Set([
  "回国", "归国", "出国", "离京", "返京", "回京", "抵京", "进京", "赴京", "离港", "返港", "抵港", "离沪", "返沪", "访华", "来华", "离华",
  "返华", "访美", "赴美", "来美", "访日", "访台", "来台", "离台", "返台", "全国", "本国", "两国", "各国", "该国", "外国", "他国", "祖国",
  "国内", "国外", "境内", "境外", "当地", "本地", "外地", "海外", "全球", "多国", "邻国", "东道国",
]);

/**
 * Words after a known person's name that make the whole a place or a body named after them: 里根总统图书馆,
 * 肯尼迪国际机场, 里根号航母, 李光耀公共政策学院, 库克船长酒店, 特朗普大厦 (narrower than ORG_AFTER: 拜登计划访华 keeps Biden).
 */
export const NAMED_AFTER =
  /^(?:总统|船长|舰长|将军|国王|女王|爵士)?(?:国际)?(?:图书馆|博物馆|纪念馆|纪念堂|故居|机场|号航母|号航空母舰|号核动力航空母舰|号驱逐舰|政府学院|公共政策学院|学院|研究所|基金会|奖学金|酒店|大酒店|饭店|大饭店|宾馆|大厦|大楼|广场|大道|大桥|体育场|体育馆|纪念碑|雕像|铜像)/;

/** Words that look like names after a title but are not. */
export const NOT_NAMES = new Set([
  ...NOT_PEOPLE,
  "表示", "会议", "会见", "人士", "官员", "先生", "女士", "一行", "本人", "等人", "阁下", "职务", "身份", "任期", "办公室", "官邸",
  "白宫", "五角大楼", "克里姆林宫", "中南海", "国会山", "唐宁街", "爱丽舍宫", "青瓦台", "总统府", "国务院", "国会",
  "政府", "当局", "方面", "候选人", "人选", "团队", "特使", "大使馆", "领事馆", "报道", "报导", "访问",
]);
