// Built-in role titles (used beside the lexicon's titles.json): Chinese, English, and the country they imply.

/** A title that may stand right before a name: 外长王毅, 国务卿布林肯. */
export interface BuiltinTitle {
  zh: string;
  en: string;
  country?: string;
  /** Bylines and newsroom roles. */
  kind?: "journalist" | "editor";
}

/** Titles every build knows, whatever the lexicon holds. */
export const BUILTIN_TITLES: BuiltinTitle[] = [
  { zh: "外长", en: "Foreign Minister" },
  { zh: "外交部长", en: "Foreign Minister" },
  { zh: "国务卿", en: "Secretary of State", country: "US" },
  { zh: "副国务卿", en: "Deputy Secretary of State", country: "US" },
  { zh: "助理国务卿", en: "Assistant Secretary of State", country: "US" },
  { zh: "总统", en: "President" },
  { zh: "副总统", en: "Vice President" },
  { zh: "国家主席", en: "President", country: "CN" },
  { zh: "国家副主席", en: "Vice President", country: "CN" },
  { zh: "主席", en: "Chairman" },
  { zh: "副主席", en: "Vice Chairman" },
  { zh: "总书记", en: "General Secretary" },
  { zh: "总理", en: "Premier" },
  { zh: "副总理", en: "Vice Premier" },
  { zh: "首相", en: "Prime Minister" },
  { zh: "国务委员", en: "State Councilor", country: "CN" },
  { zh: "部长", en: "Minister" },
  { zh: "大臣", en: "Minister" },
  { zh: "外交大臣", en: "Foreign Secretary" },
  { zh: "特首", en: "Chief Executive", country: "HK" },
  { zh: "元首", en: "Head of State" },
  { zh: "国家元首", en: "Head of State" },
  { zh: "最高元首", en: "Yang di-Pertuan Agong", country: "MY" },
  { zh: "国王", en: "King" },
  { zh: "王储", en: "Crown Prince" },
  { zh: "亲王", en: "Prince" },
  { zh: "埃米尔", en: "Emir" },
  { zh: "外相", en: "Foreign Minister" },
  { zh: "防相", en: "Defense Minister" },
  { zh: "国务大臣", en: "Minister of State" },
  // Malaysian honorifics before a name: 拿督斯里林冠英, 丹斯里慕尤丁
  { zh: "拿督斯里", en: "Datuk Seri", country: "MY" },
  { zh: "丹斯里", en: "Tan Sri", country: "MY" },
  { zh: "拿督", en: "Datuk", country: "MY" },
  { zh: "副部长", en: "Vice Minister" },
  { zh: "财长", en: "Finance Minister" },
  { zh: "财政部长", en: "Finance Minister" },
  { zh: "商务部长", en: "Commerce Minister" },
  { zh: "防长", en: "Defense Minister" },
  { zh: "国防部长", en: "Defense Minister" },
  { zh: "司法部长", en: "Attorney General" },
  { zh: "贸易代表", en: "Trade Representative" },
  { zh: "大使", en: "Ambassador" },
  { zh: "特使", en: "Special Envoy" },
  { zh: "发言人", en: "Spokesperson" },
  { zh: "顾问", en: "Adviser" },
  { zh: "国家安全顾问", en: "National Security Adviser" },
  { zh: "国安顾问", en: "National Security Adviser" },
  { zh: "国家安全事务助理", en: "National Security Adviser" },
  { zh: "助理", en: "Assistant" },
  { zh: "主任", en: "Director" },
  { zh: "副主任", en: "Deputy Director" },
  { zh: "书记", en: "Secretary" },
  { zh: "州长", en: "Governor" },
  { zh: "省长", en: "Governor" },
  { zh: "市长", en: "Mayor" },
  { zh: "议长", en: "Speaker" },
  { zh: "参议员", en: "Senator" },
  { zh: "众议员", en: "Representative" },
  { zh: "议员", en: "Lawmaker" },
  { zh: "领袖", en: "Leader" },
  { zh: "领导人", en: "Leader" },
  { zh: "秘书长", en: "Secretary-General" },
  { zh: "总干事", en: "Director-General" },
  { zh: "司长", en: "Director-General" },
  { zh: "局长", en: "Director" },
  { zh: "署长", en: "Administrator" },
  { zh: "行政长官", en: "Chief Executive" },
  { zh: "院长", en: "President" },
  { zh: "校长", en: "President" },
  { zh: "幕僚长", en: "Chief of Staff" },
  { zh: "参谋长", en: "Chief of Staff" },
  { zh: "司令", en: "Commander" },
  { zh: "将军", en: "General" },
  { zh: "外交官", en: "Diplomat" },
  { zh: "教授", en: "Professor" },
  { zh: "副教授", en: "Associate Professor" },
  { zh: "研究员", en: "Research Fellow" },
  { zh: "学者", en: "Scholar" },
  { zh: "分析师", en: "Analyst" },
  { zh: "经济学家", en: "Economist" },
  { zh: "专家", en: "Expert" },
  { zh: "总裁", en: "President" },
  { zh: "首席执行官", en: "Chief Executive Officer" },
  { zh: "董事长", en: "Chairman" },
  { zh: "负责人", en: "Head" },
  { zh: "律师", en: "Lawyer" },
  { zh: "记者", en: "Journalist", kind: "journalist" },
  { zh: "特派记者", en: "Correspondent", kind: "journalist" },
  { zh: "主编", en: "Editor-in-Chief", kind: "editor" },
  { zh: "编辑", en: "Editor", kind: "editor" },
  { zh: "责任编辑", en: "Editor", kind: "editor" },
];

/** Words before a title that change it: 副部长, 前总统, 代理国务卿. */
export const TITLE_MODIFIERS: Record<string, string> = {
  副: "Deputy",
  前: "Former",
  代理: "Acting",
  常务: "Executive",
  首席: "Chief",
  候任: "Incoming",
  新任: "New",
};

/** Titles strong enough that a run of transliteration characters after them is a name: 首相依斯迈沙比里. */
export const STRONG_TITLES = [
  "首相", "总统", "总理", "外长", "外交部长", "国务卿", "副总统", "副总理", "副首相", "国王", "苏丹", "元首", "防长", "国防部长",
  "财长", "议长", "大使", "大臣", "外交大臣", "总督", "部长", "主席",
  // 总统办公室副主任贾姆希迪, 秘书长盖特, 王储穆罕默德, 埃米尔塔米姆, 发言人扎哈罗娃
  "主任", "秘书长", "特使", "发言人", "王储", "亲王", "王子", "女王", "埃米尔", "司令", "参谋长", "外相", "防相", "顾问", "幕僚长",
];

/** Honorifics that stand before a name like a title but are no office: 拿督斯里安华, 丹斯里慕尤丁. */
export const HONORIFICS = new Set(["拿督斯里", "丹斯里", "拿督"]);
