// Regex source fragments shared by the rules: numerals, units and the guards around them.
// Sources only; the scanner compiles every rule into one RegExp once, at module load.

/** An ASCII or full-width digit. */
export const DIGIT = "[0-9０-９]";
/** A Chinese digit character (〇 and ○ for years written digit by digit). */
export const CN_DIGIT = "[〇○零一二三四五六七八九]";
/**
 * Lookaheads on the first character, put before a rule's lookbehinds: a regex that starts with a
 * lookbehind is tried at every position, one that starts with a character test skips fast.
 */
export const STARTS_NUMBER = "(?=[0-9０-９〇○零一二三四五六七八九十两兩])";
/** A bare day starts with a digit or 二/三/十. */
export const STARTS_DAY = "(?=[0-9０-９二三十])";
/** No digit right before: keeps 2023号 from reading as 23号. */
export const NO_DIGIT_BEFORE = "(?<![0-9０-９.．])";
/** No digit right after. */
export const NO_DIGIT_AFTER = "(?![0-9０-９])";
/** An optional space between a number and its unit (7 月, 2018 年). */
export const SP = "[ \\u3000]?";

/** A year: four digits or four Chinese digits (二〇二三). */
export const YEAR = `(${DIGIT}{4}|${CN_DIGIT}{4})`;
/** A month number: 1-2 digits or 一 ... 十二. */
export const MONTH = `(${DIGIT}{1,2}|十[一二]?|[一二三四五六七八九])`;
/** A day number: 1-2 digits or 一 ... 三十一. */
export const DAY = `(${DIGIT}{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
/** A day number written only with digits or the two-character Chinese forms (for bare 26日). */
export const DAY_STRICT = `(${DIGIT}{1,2}|[二三]?十[一二三四五六七八九]?)`;
/** A count: digits or Chinese numerals (十, 两, 四十一). */
export const COUNT = `(${DIGIT}{1,3}|[一二两兩三四五六七八九十]{1,3})`;

/** The day unit: 日, 号 or 號, not 日元 / 号线 / 号文件. */
export const DAY_UNIT = "(?:日(?![元圆])|[号號](?![线線楼樓文院机機位馆館门門房车車令厅廳台码碼]))";
/** Range connectors that always make a range. */
export const RANGE_TO = "(?:至|到|[-－—–~～]|一直到)";
/** Connectors that join two days into one span when they come as a pair (26日与27日两天). */
export const RANGE_AND = "(?:与|與|和|及|、)";
/** The range or pair connector. */
export const CONNECT = `(${RANGE_TO}|${RANGE_AND})`;
/** 两天 / 三日 after a pair of days: 26日与27日两天. */
export const DAY_COUNT_TAIL = "(?:[两兩三四五]|[0-9])[天日]";

/** Weekday stems: 周 週 星期 礼拜 禮拜. */
export const WEEK = "(?:周|週|星期|礼拜|禮拜)";
/** A weekday number: 一 ... 六, 日, 天, 七, or 1-7. */
export const WEEKDAY = "([一二三四五六日天七1-7])";
/** What may stand right before a bare day (26日): a preposition, a clause start, an opening bracket. */
export const DAY_CONTEXT =
  "(?<=^|[在于於是从從自即，,。；;：:（(\\s、]|(?<![0-9０-９])[至到]|时间|時間|截至|直到|日前的|已于|已於|将于|將於)";

/**
 * What may stand right after a bare day written with no left context (拜登15日在…, 王毅26日表示): verbs and adverbs that
 * open a predicate (拜登20日突访基辅, 王毅22日稍早与拉夫罗夫会谈, 习近平15日晚间乘专机抵达, 他18日离开, 双方16日商定, 川普6日從波蘭抵達, 他23日才抵达).
 */
export const DAY_VERB_AFTER =
  "[在于於与與同和跟对對向就表说說称稱宣发發举舉抵出访訪会會致晚早上下凌中深午召启啟赴率接参參签簽通见見开開结結证證透指强強重回答再也还還则則即将將已曾起以至到，,专專电電讯訊刚剛亦又正均都便首先并並仍" +
  "稍突亲親分傍清夜乘飞飛搭离離返转轉继繼共主视視考晤拜获獲被遭宴设設谈談讨討商磋进進提批呼警敦抨驳駁否承拒达達公派罕过過从從自由才]";
/** Not right before a bare day: digits, ordinals, counting words and street numbers (第15日, 连续3日, 每5日, 唐宁街10号). */
export const NOT_COUNT_BEFORE = "(?<![0-9０-９.．第每数數几幾近多逾余餘达達约約共连連续續首头頭前后後这這那其些周週个個期隔街路巷弄])";

/** Parts of a month and the day span each covers. */
export const MONTH_PART = "(上中旬|中下旬|上旬|中旬|下旬|初(?![步次期衷心])|中(?=$|[，,。；;、）)\\s])|底(?!线|線|下)|末(?!期|尾))";
/** Seasons. */
export const SEASON = "(春|夏|秋|冬)(?:天|季|季度)";
