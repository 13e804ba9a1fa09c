/**
 * The free text of a command (evidence, a reason), kept as typed, and the signs that a message is a
 * question rather than a command.
 */
import type { Scan } from "./scan.js";

/** Evidence and reasons are stored; anything longer is a paste and is cut here. */
export const MAX_FREE_TEXT = 1000;

const SEPARATORS = "[\\s,;:.\\-–—=>]*";
const after = "(?![\\p{L}\\p{N}])";
/** Words that introduce a reason: "vì", "do", "lý do", "because"… (matched on folded text). */
export const REASON_LEAD = new RegExp(
  `^${SEPARATORS}(?:(?:vi ly do la|vi ly do|ly do la|ly do|li do|boi vi|tai vi|vi|do|because|since|due to|reason|ghi chu|note)${after}${SEPARATORS})?`,
  "u",
);
/** Words that introduce evidence: "minh chứng:", "evidence:". */
export const EVIDENCE_LEAD = new RegExp(`^${SEPARATORS}(?:(?:minh chung|mc|evidence)${after}${SEPARATORS})?`, "u");
const NO_LEAD = new RegExp(`^${SEPARATORS}`, "u");
// Politeness and punctuation at the end are not part of what was reported.
const TRAILING = /(?:(?:^|[\s,.!;]+)(?:a|nhe|nha|nhen|thanks|cam on))*[\s,.!;:]*$/u;

/** The text from `start` to `end` with its introducing words and trailing politeness removed, capped. */
export function freeText(scan: Scan, start: number, lead: RegExp = NO_LEAD, end = scan.clean.length): string {
  let from = Math.min(start, end);
  const m = lead.exec(scan.folded.slice(from, end));
  if (m) from += m[0].length;
  const tail = TRAILING.exec(scan.folded.slice(from, end));
  const to = tail ? from + tail.index : end;
  return capText(scan.clean.slice(from, to).trim(), MAX_FREE_TEXT);
}

/** At most `max` characters, never half a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

// Words that end a question: "xong chưa", "đúng không", "việc nào", "là gì".
const QUESTION_END = new Set(["chua", "khong", "ko", "k", "khum", "hong", "hok", "nao", "gi", "sao", "chang", "nhi", "ha", "hem"]);
const QUESTION_END_ACCENTED = new Set(["à", "hả", "hở", "chứ", "ạh"]);

// Said after the question word: "xong chưa em", "xong chưa vậy ạ".
const VOCATIVES = new Set(["em", "anh", "chi", "a", "bot", "ad", "oi", "vay", "the", "day", "ta", "z", "nhe", "nha", "ban", "you"]);

// Words a report is made of, which "chưa" after them asks about: "hoàn thành chưa", "xong chưa", "đạt chưa".
const REPORTED = new Set(["xong", "thanh", "tat", "dat", "duoc", "roi", "nop", "gui", "trien", "khai"]);

/**
 * "?" anywhere, a question word at the end (before any "em", "ạ", "vậy"), or "… xong chưa" ending a clause
 * ("CCHC23-15 hoàn thành chưa vậy, update giùm tình trạng" asks; it reports nothing), or before the task's code
 * ("xong chưa CCHC23-40").
 */
export function isQuestion(scan: Scan): boolean {
  if (scan.clean.includes("?")) return true;
  for (let i = 1; i < scan.words.length; i++) {
    if (scan.words[i]!.key !== "chua" || !REPORTED.has(scan.words[i - 1]!.key)) continue;
    let j = i + 1;
    while (j < scan.words.length && VOCATIVES.has(scan.words[j]!.key)) j++;
    const next = scan.words[j];
    // "xong chưa CCHC23-40": the task asked about, named after the question.
    if (!next || next.code || /[,.;!:]/.test(scan.clean.slice(scan.words[j - 1]!.end, next.start))) return true;
  }
  let i = scan.words.length - 1;
  while (i > 0 && VOCATIVES.has(scan.words[i]!.key) && !QUESTION_END_ACCENTED.has(scan.words[i]!.lower)) i--;
  const last = scan.words[i];
  return last !== undefined && !last.code && (QUESTION_END.has(last.key) || QUESTION_END_ACCENTED.has(last.lower));
}

const QUESTION_WORDS = /(?:^|[^\p{L}\p{N}])(?:bao nhieu|bn|khi nao|bao gio|the nao|ntn|ra sao|tai sao|vi sao|nhung gi|cai gi|la gi|nao)(?![\p{L}\p{N}])/u;

/** Evidence is a document reference or a date: question words in it mean the message is a question. */
export function looksLikeQuestion(scan: Scan, from: number): boolean {
  if (QUESTION_WORDS.test(scan.folded.slice(from))) return true;
  return scan.words.some((w) => w.start >= from && w.lower === "mấy");
}
