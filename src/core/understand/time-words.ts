/**
 * Word tables and regex helpers for time-expressions.ts. Every word is folded (lowercase, no diacritics,
 * đ → d) because messages are matched on their folded copy; where folding merges two words ("sau" after /
 * "sáu" six, "mốt" / "một"), time-expressions.ts checks the original text.
 */
import { fold } from "../vi/index.js";

/** Vietnamese numbers up to twelve, for "tháng tám" and "hai tuần tới"; "tư" is four in "tháng tư". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, "muoi mot": 11, "muoi hai": 12,
};

/** Month names: the numbers, plus "tháng giêng" (January) and "tháng chạp" (December). */
export const MONTH_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, gieng: 1, chap: 12 };

/** English months. "may" and "sep" are left out: folded, they are the Vietnamese "máy" and "sếp". */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Days counted from today. "mai" and "mốt" are checked against the original ("Mai" is a name, "một" one). */
export const DAY_WORDS: Readonly<Record<string, number>> = {
  "hom nay": 0, hnay: 0, "bua nay": 0, today: 0, "ngay mai": 1, mai: 1, tomorrow: 1,
  "ngay kia": 2, "ngay mot": 2, mot: 2, "hom qua": -1, hqua: -1, yesterday: -1, "hom kia": -2,
};

/** How many periods away a relative word is: "tuần tới" +1, "năm ngoái" −1, "tuần sau nữa" +2. */
export const RELATIVE: Readonly<Record<string, number>> = {
  nay: 0, toi: 1, sau: 1, "sap toi": 1, "toi nua": 2, "sau nua": 2, truoc: -1, roi: -1, qua: -1, ngoai: -1, "truoc nua": -2,
};
export const ENGLISH_RELATIVE: Readonly<Record<string, number>> = { this: 0, next: 1, last: -1 };

export type Unit = "week" | "month" | "quarter" | "year";
export const UNITS: Readonly<Record<string, Unit>> = {
  tuan: "week", thang: "month", quy: "quarter", nam: "year", week: "week", month: "month", quarter: "quarter", year: "year",
};

/** "trước / đến / by 31/8": the cue of a "before" window. */
export const BEFORE_WORDS = ["truoc", "den het", "toi het", "den", "toi", "cham nhat la", "cham nhat", "before", "by", "until", "till"];
/** "trước tháng 9" stops before September; "đến tháng 9" runs through it. A date is always included. */
export const STRICT_BEFORE: ReadonlySet<string> = new Set(["truoc", "before"]);
export const AFTER_WORDS = ["sau", "after"];
/** "từ 1/8 đến 15/9", "giữa 1/8 và 15/9", "1/8 – 15/9". "và" / "and" join a range only after "giữa" / "between". */
export const RANGE_OPEN = ["tu", "giua", "from", "between"];
export const RANGE_JOIN = ["den het", "toi het", "den", "toi", "va", "and", "to", "until", "-", "–", "—", "~"];
/** "trong 10 ngày", "10 ngày tới", "còn 3 ngày": a count of days or weeks needs one of these around it. */
export const COUNT_BEFORE = ["trong vong", "trong", "con", "within", "in the next", "next", "in"];
export const COUNT_AFTER = ["toi", "nua", "sap toi"];

/** Words after which a bare d/m such as "8/10" reads as a date rather than a score or a fraction. */
export const DATE_CUE = /(?:^|[^\p{L}\p{N}])(?:ngay|han|chot|truoc|sau|den|toi|tu|vao|la|het|before|by|due|on|until|from)\s*$/u;
/** A message about deadlines: its bare d/m are dates. "hạn chế" (to limit) is not a deadline. */
export const DEADLINE = /(?<![\p{L}\p{N}])(?:han(?!\s+che)|deadline|due)(?![\p{L}\p{N}])/u;

/** A regex alternation of words, longest first so "muoi hai" is tried before "muoi". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

/** The same pattern without capturing groups, to embed it in a larger one. */
export function noCapture(source: string): string {
  return source.replace(/\((?!\?)/g, "(?:");
}

// A number glued to letters or to another number by / . - ("CCHC23-07", "107/2021", "3.048") is not ours.
const START = String.raw`(?<![\p{L}\p{N}]|[\p{L}\p{N}][/.\-–—])`;
const END = String.raw`(?![\p{L}\p{N}%]|[/.\-–—][\p{L}\p{N}])`;

/**
 * A whole-word regex on folded text. In the source, " " stands for any whitespace and " ?" for optional
 * whitespace. Indices ("d") give each group's place, so nested parts map back to the original message.
 */
export function wordRegex(source: string, anchored = false): RegExp {
  const spaced = source.replace(/ \?/g, "\\s*").replace(/ /g, "\\s+");
  return anchored ? new RegExp(`^(?:${spaced})$`, "ud") : new RegExp(`${START}(?:${spaced})${END}`, "gud");
}

/** A folded copy of a message and, for each of its characters, where it came from in the original. */
export interface FoldedMessage {
  text: string;
  /** at[i] = index in the original of folded character i; at[text.length] = the original's length. */
  at: number[];
}

/** Folds one character at a time, so a combining mark (decomposed input) folds to "" and spans stay exact. */
export function foldWithMap(message: string): FoldedMessage {
  let text = "";
  const at: number[] = [];
  let i = 0;
  for (const ch of message) {
    const folded = /\s/.test(ch) ? " " : fold(ch);
    for (let k = 0; k < folded.length; k++) at.push(folded.length === ch.length ? i + k : i);
    text += folded;
    i += ch.length;
  }
  at.push(message.length);
  return { text, at };
}
