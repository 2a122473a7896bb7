// Calls no plain form matches: written around their length (通了约40分钟的电话) or around the other side (给他打电话, 接到他的电话).

/** 通了约40分钟的电话: 通了, a length (no clause break, no other verb), then 电话. */
const SPLIT_CALL = /通了(?:[约約近逾超过過一二两兩三四五六七八九十0-9０-９个個多半小时時分钟鐘钟次通]){1,10}的?(?:电话|電話)/g;

/** 给他打电话, 給川普打了一通電話: 打…电话 after 给 and the one called (no clause break, no other 给). */
const GIVEN_CALL = /(?<=(?:给|給)[^，,。；;：给給]{1,16}?)打(?:了|过|過)?(?:一通|一个|一個|通|个|個)?(?:电话|電話)(?!给|給)/g;

/** 接到布林肯打来的电话, 接听了习近平的电话: the caller between 接到/接听 and 电话, the callee before. */
const TAKEN_CALL = /(?<=(?:接到|接听|接获|接聽|接獲)[^，,。；;：接]{1,20}?)(?:(?:打来|打來)?的[^，,。；;：的]{0,4}?(?:电话|電話)|来电|來電)/g;

const SIDE_CALL_ONE = new RegExp(`${GIVEN_CALL.source}|${TAKEN_CALL.source}`);

/** True when the text has a call written around its length (通了约40分钟的电话) or its other side (给他打电话, 接到他的电话), which no plain form matches. */
export function hasSplitCall(text: string): boolean {
  return /通了[^，,。；;]{1,10}(?:电话|電話)/.test(text) || SIDE_CALL_ONE.test(text);
}

/** The calls written around their length in the (simplified) text. */
export function splitCalls(text: string): RegExpExecArray[] {
  return [...text.matchAll(SPLIT_CALL)];
}

/** The calls written around their other side: 给B打电话 (B called), 接到B打来的电话 (B calling). */
export function sideCalls(text: string): RegExpExecArray[] {
  return [...text.matchAll(GIVEN_CALL), ...text.matchAll(TAKEN_CALL)];
}
