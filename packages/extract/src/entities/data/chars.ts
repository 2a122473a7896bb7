// Character classes for names: Chinese surnames, characters of transliterated foreign names, joiners.

/** Single-character Chinese surnames (common ones; words that are mostly function words left out). */
export const SURNAMES = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚帅屠朴盖练廉禹井祖漆巴丰卿狄宣晋容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊乌母裘亓邰赫杭逯隆茹诸慕亢嵇湛宾戎勾茅尉冶檀信昝幸衡习赖萧洪钮荀郦訾达明",
);

/** Two-character (compound) surnames. */
export const COMPOUND_SURNAMES = new Set([
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
  "端木", "南宫", "独孤", "西门", "轩辕", "澹台", "公冶", "申屠", "太史", "呼延", "闻人", "万俟", "拓跋", "百里",
]);

/** Characters used to transliterate foreign names (Xinhua's table and common media usage: 穆罕默德, 米歇尔, 诺罗敦, 安德烈, 威廉). */
export const TRANSLIT = new Set(
  "依慕敏易卜欣阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜多厄恩尔法凡范菲费芬丰冯夫弗福盖甘冈高戈格根古瓜圭哈海汉豪赫亨洪胡华怀惠霍基吉加贾杰捷金津卡凯坎康柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾黎里利莉丽连林琳留隆卢鲁路伦罗洛马玛迈麦曼芒梅美门蒙孟米密明莫默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐乔切钦琴丘萨塞赛桑瑟森沙莎珊尚舍申施什史舒斯松苏索塔泰坦汤唐特提汀图托瓦万旺威韦维温文沃乌伍西希锡席夏谢辛休许雅亚延扬耶伊因英尤约泽扎詹朱卓兹佐茨肖翰顿逊娅丝黛蓓茜瑞瑟蕾薇妮克霍鲍伯雷德鲁奥埃娃琼杰朗尔拜菲茨蒂亚瑟哈伦森艾伯韦雷梅瑟内斯诺基里德普京拉夫罗默舒纽迪伊莱尼瓦尔萨珍琪薇丹娣姬婕璐露茱芭芙绮莲嘉琦戴黛堡朔罗鲍让罕列歇烈敦侯契楚廉蓬汗末廷绍吕略哇滕茂焦瑙嫩缪杭勃茹",
);

/** Transliteration characters that are rare in Chinese given names: a name holding one is taken as foreign. */
export const STRONG_TRANSLIT = new Set("斯尔姆普拉德勒森肯登蒂埃瓦萨索茨兹娃娜莎佩夫基克卡奥尼伊诺洛亚迪科库布巴贝彼塞赛吉杰琳莉娅妮丝黛罗默逊顿翰茜蕾拜鲁皮帕托戈迈麦比纳莱伯瑟耶多蒙");

/** Characters that join the parts of a transliterated name: 弗拉基米尔-普京, 瑞安·哈斯, 安东尼‧布林肯. */
export const JOINERS = new Set(["·", "‧", "・", "•", "･", "∙", "⋅", "-", "‐", "‑", "–", "－", "—"]);

const hanCode = (c: number) => c >= 0x3400 && c <= 0x9fff;

/** True for one CJK ideograph. */
export const isHan = (ch: string): boolean => ch.length === 1 && hanCode(ch.charCodeAt(0));

/** `isHan(text.charAt(i))` without making a one-character string: false past either end. */
export const isHanAt = (text: string, i: number): boolean => hanCode(text.charCodeAt(i));

/**
 * A set of characters (one UTF-16 unit each) tested at an offset of a text: one bit read, where
 * `set.has(text.charAt(i))` makes a one-character string and hashes it.
 */
export class CharSet {
  private readonly bits = new Uint8Array(8192);

  constructor(chars: Iterable<string> = []) {
    for (const ch of chars) this.add(ch);
  }

  /** Adds one character (longer strings are ignored: they never equal one character of text). */
  add(ch: string): void {
    if (ch.length !== 1) return;
    const c = ch.charCodeAt(0);
    this.bits[c >> 3]! |= 1 << (c & 7);
  }

  /** True when the character at offset `i` is in the set; false past either end. */
  hasAt(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    return c >= 0 && (this.bits[c >> 3]! & (1 << (c & 7))) !== 0;
  }
}

/** TRANSLIT by offset: `TRANSLIT_CHARS.hasAt(text, i)`. */
export const TRANSLIT_CHARS = new CharSet(TRANSLIT);

/** True when every character is a CJK ideograph. */
export function allHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!hanCode(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** True when every character is a transliteration character. */
export function allTranslit(s: string): boolean {
  for (const ch of s) if (!TRANSLIT.has(ch)) return false;
  return s.length > 0;
}

/** Length of the surname the name starts with (2 for 欧阳, 1 for 王), 0 when none. */
export function surnameLength(name: string): number {
  if (name.length >= 3 && COMPOUND_SURNAMES.has(name.slice(0, 2))) return 2;
  return SURNAMES.has(name.charAt(0)) ? 1 : 0;
}

/** True for a plausible Chinese personal name: a surname and one or two given-name characters. */
export function isChineseName(name: string): boolean {
  const s = surnameLength(name);
  return s > 0 && allHan(name) && name.length - s >= 1 && name.length - s <= 2;
}
