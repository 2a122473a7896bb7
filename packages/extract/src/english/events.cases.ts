// The English event table: one row per sentence, with the event it must give (or none).
import type { EventStatus, EventType } from "../model.ts";

/** One expected event: type, status, people (short ids), place (short id) and first day. */
export type Row = [sentence: string, published: string, type: EventType, status: EventStatus, people: string[], place: string | null, from: string | null];

/** Sentences with the event they report, readouts and wires first, then plans, possibilities and non-events. */
export const CASES: Row[] = [
  // Readouts and wires that report what happened.
  ["Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Washington on Thursday.", "2023-10-26", "meeting", "happened", ["wang-yi", "antony-blinken"], "washington", "2023-10-26"],
  ["Secretary of State Antony J. Blinken hosted PRC Foreign Minister Wang Yi in Washington today.", "2023-10-26", "meeting", "happened", ["antony-blinken", "wang-yi"], "washington", "2023-10-26"],
  ["President Biden received Wang Yi at the White House on Friday.", "2023-10-28", "meeting", "happened", ["joe-biden", "wang-yi"], "white-house", "2023-10-27"],
  ["National Security Advisor Jake Sullivan met with Wang Yi in Malta on September 16-17.", "2023-09-18", "meeting", "happened", ["jake-sullivan", "wang-yi"], "malta", "2023-09-16"],
  ["Sullivan and Wang Yi held talks in Vienna in May.", "2023-10-26", "meeting", "happened", ["jake-sullivan", "wang-yi"], "vienna", "2023-05-01"],
  ["Blinken's meeting with Wang Yi lasted more than three hours.", "2023-10-26", "meeting", "happened", ["antony-blinken", "wang-yi"], null, null],
  ["Vice President Han Zheng met Blinken in New York on Monday.", "2023-09-20", "meeting", "happened", ["han-zheng", "antony-blinken"], "new-york", "2023-09-18"],
  ["Xi Jinping met California Governor Gavin Newsom in Beijing on Wednesday.", "2023-10-26", "meeting", "happened", ["xi-jinping", "gavin-newsom"], "beijing", "2023-10-25"],
  ["Treasury Secretary Janet Yellen spoke by phone with Vice Premier He Lifeng on Tuesday.", "2023-10-26", "call", "happened", ["janet-yellen", "he-lifeng"], null, "2023-10-24"],
  ["Biden and Xi held a video call last week.", "2023-10-26", "call", "happened", ["joe-biden", "xi-jinping"], null, "2023-10-16"],
  ["President Biden called Xi Jinping on Tuesday, their first phone call in months.", "2023-10-26", "call", "happened", ["joe-biden", "xi-jinping"], null, "2023-10-24"],
  ["Blinken spoke with Wang Yi by phone on Saturday.", "2023-10-26", "call", "happened", ["antony-blinken", "wang-yi"], null, "2023-10-21"],
  ["Blinken visited Beijing in June.", "2023-10-26", "visit", "happened", ["antony-blinken"], "beijing", "2023-06-01"],
  ["Commerce Secretary Gina Raimondo travelled to China in August.", "2023-10-26", "visit", "happened", ["gina-raimondo"], "china", "2023-08-01"],
  ["Wang Yi arrived in Washington on Thursday for three days of talks.", "2023-10-26", "visit", "happened", ["wang-yi"], "washington", "2023-10-26"],
  ["Blinken arrived in the Chinese capital on Sunday for talks with Wang Yi.", "2023-06-20", "visit", "happened", ["antony-blinken"], "beijing", "2023-06-18"],
  ["Yellen's trip to Beijing in July was her first as Treasury Secretary.", "2023-10-26", "visit", "happened", ["janet-yellen"], "beijing", "2023-07-01"],
  ["BLINKEN MEETS WANG YI IN WASHINGTON", "2023-10-26", "meeting", "happened", ["antony-blinken", "wang-yi"], "washington", null],
  // Plans.
  ["Wang Yi will meet President Biden on Friday.", "2023-10-26", "meeting", "planned", ["wang-yi", "joe-biden"], null, "2023-10-27"],
  ["Chinese President Xi Jinping is expected to visit San Francisco in November.", "2023-10-05", "visit", "planned", ["xi-jinping"], "san-francisco", "2023-11-01"],
  ["Wang Yi is scheduled to travel to Washington later this month.", "2023-10-05", "visit", "planned", ["wang-yi"], "washington", "2023-10-05"],
  ["Russian President Vladimir Putin plans to visit Beijing in October.", "2023-09-28", "visit", "planned", ["vladimir-putin"], "beijing", "2023-10-01"],
  ["Officials are preparing for a meeting between Xi and Biden in San Francisco next month.", "2023-10-28", "meeting", "planned", ["xi-jinping", "joe-biden"], "san-francisco", "2023-11-01"],
  ["Senate Majority Leader Chuck Schumer will lead a delegation to China next month.", "2023-09-28", "visit", "planned", ["chuck-schumer"], "china", "2023-10-01"],
  ["Vice Premier He Lifeng is set to visit Washington.", "2023-09-28", "visit", "planned", ["he-lifeng"], "washington", null],
  // Possibilities.
  ["Biden and Xi may meet on the sidelines of the APEC summit in San Francisco next month.", "2023-10-05", "meeting", "possible", ["joe-biden", "xi-jinping"], "san-francisco", "2023-11-01"],
  ["It remains unclear whether Xi will attend the summit in San Francisco.", "2023-10-05", "visit", "possible", ["xi-jinping"], "san-francisco", null],
  ["Blinken could travel to Beijing as early as June, officials said.", "2023-05-20", "visit", "possible", ["antony-blinken"], "beijing", null],
  // Things that did not happen.
  ["Xi did not attend the G20 summit in New Delhi.", "2023-09-10", "visit", "not-happened", ["xi-jinping"], "new-delhi", null],
  ["Xi skipped the G20 summit in New Delhi last month.", "2023-10-10", "visit", "not-happened", ["xi-jinping"], "new-delhi", "2023-09-01"],
  ["Blinken postponed his trip to Beijing in February.", "2023-02-05", "visit", "not-happened", ["antony-blinken"], "beijing", "2023-02-01"],
  ["Wang Yi's visit to Washington was cancelled.", "2023-10-26", "visit", "not-happened", ["wang-yi"], "washington", null],
  ["Biden will not meet Xi at the summit, the White House said.", "2023-10-26", "meeting", "not-happened", ["joe-biden", "xi-jinping"], null, null],
];

/** Sentences that report no event. */
export const NONE: string[] = [
  "The United States will continue to meet its obligations to allies.",
  "Blinken called for calm in the Taiwan Strait.",
  "The host country has not commented.",
  "Wang said the meeting was candid.",
  "Officials met with criticism from lawmakers.",
  "Biden called Xi a dictator at a fundraiser in California.",
];
