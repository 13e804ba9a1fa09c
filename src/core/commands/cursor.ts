import type { TaskTarget } from "./types.js";
import { sameWord, type Scan, type Word } from "./scan.js";

/** A phrase of folded keywords: "chua xong" matches "chưa xong", "chua xong", "chưa xog". */
export type Phrase = readonly string[];

export const phrases = (...list: string[]): Phrase[] =>
  list.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);

/** Walks the words of a message; every try that fails leaves the position where it was. */
export class Cursor {
  i = 0;
  constructor(readonly scan: Scan) {}

  get words(): readonly Word[] {
    return this.scan.words;
  }
  peek(ahead = 0): Word | undefined {
    return this.scan.words[this.i + ahead];
  }
  atEnd(): boolean {
    return this.i >= this.scan.words.length;
  }
  /** Where the current word starts in the cleaned text (its end when no word is left). */
  offset(index = this.i): number {
    return this.scan.words[index]?.start ?? this.scan.clean.length;
  }
  /** The characters between the previous word and the current one. */
  gapBefore(index = this.i): string {
    const prevEnd = index > 0 ? this.scan.words[index - 1]!.end : 0;
    return this.scan.clean.slice(prevEnd, this.offset(index));
  }
  take(phrase: Phrase): boolean {
    for (let k = 0; k < phrase.length; k++) {
      const word = this.scan.words[this.i + k];
      if (!word || !sameWord(word, phrase[k]!)) return false;
    }
    this.i += phrase.length;
    return true;
  }
  /** The longest phrase of the list found here (lists are sorted longest first by `phrases`). */
  takeAny(list: readonly Phrase[]): Phrase | undefined {
    return list.find((p) => this.take(p));
  }
  /** Skips any number of the phrases, in any order. */
  skipAll(list: readonly Phrase[]): number {
    let skipped = 0;
    while (this.takeAny(list)) skipped++;
    return skipped;
  }
  /** Advances to the first word that starts at or after a text offset. */
  moveTo(offset: number): void {
    while (this.i < this.scan.words.length && this.scan.words[this.i]!.start < offset) this.i++;
  }
}

const TARGET_WORDS = phrases("nhiem vu", "nv", "viec", "cong viec", "muc", "task", "item", "stt", "nhiem vu so", "viec so", "muc so");
const NOT_ITEM_AFTER = new Set(["ngay", "tuan", "thang", "nam", "gio", "phut", "phan", "percent", "days", "weeks", "months"]);
const GLUED_ITEM = /^(?:nv|muc|so|stt)(\d{1,2})$/;

/** A reminder item ("3", "số 3", "nv 3", "#3") or a task code, with the words that may introduce it. */
export function readTarget(c: Cursor): Exclude<TaskTarget, { kind: "implicit" }> | undefined {
  const start = c.i;
  const glued = GLUED_ITEM.exec(c.peek()?.key ?? "");
  if (glued && Number(glued[1]) > 0) {
    c.i++;
    return { kind: "item", number: Number(glued[1]) };
  }
  c.takeAny(TARGET_WORDS);
  c.take(["so"]);
  const word = c.peek();
  if (word?.code) {
    c.i++;
    return { kind: "code", code: word.code };
  }
  if (word && isItemNumber(c, c.i)) {
    c.i++;
    return { kind: "item", number: Number(word.key) };
  }
  c.i = start;
  return undefined;
}

/** 1–99 standing alone: not part of a date (20/7), a document number (123/SNV), a percentage or a duration. */
export function isItemNumber(c: Cursor, index: number): boolean {
  const word = c.words[index];
  if (!word || !/^\d{1,2}$/.test(word.key) || Number(word.key) === 0) return false;
  const gap = c.gapBefore(index);
  if (index > 0 && (/^\s?[/.:-]\s?$/.test(gap) || (gap === "," && /\d$/.test(c.words[index - 1]!.key)))) return false;
  const after = c.scan.clean.slice(word.end, word.end + 3);
  if (/^[.,]\d/.test(after) || /^\s?[/:-]\s?\d/.test(after) || /^\s?%/.test(after)) return false;
  const next = c.words[index + 1];
  return !(next && NOT_ITEM_AFTER.has(next.key) && c.gapBefore(index + 1).trim() === "");
}

/** After one target: is a second one named ("xong 1, 2", "xong 1 và 3", "xong CCHC23-07 CCHC23-08")? */
export function anotherTarget(c: Cursor): boolean {
  const start = c.i;
  if (!c.take(["va"])) c.take(["and"]);
  const word = c.peek();
  let found = false;
  if (word?.code) found = true;
  else if (word && isItemNumber(c, c.i)) {
    const next = c.words[c.i + 1];
    found = !next || /[,&+;]/.test(c.gapBefore(c.i + 1)) || next.key === "va" || next.key === "and";
  }
  c.i = start;
  return found;
}
