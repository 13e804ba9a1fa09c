/**
 * A message cut into words for the command grammar. Each word keeps its place in the cleaned text, so
 * that free text after the command (evidence, a reason) is returned exactly as typed.
 */
import { boundedMemo } from "../memo.js";
import { withinOneEdit } from "../vi/edit-distance.js";
import { findTaskCodes, fold, isPlainSyllable, normalizeInput, repairTelex, tokenize } from "../vi/index.js";

export interface Word {
  /** Offsets into Scan.clean; end is exclusive. */
  start: number;
  end: number;
  /** Folded (no diacritics, lowercase). */
  key: string;
  /** Folded after Telex/VNI repair ("xongf" is not Vietnamese; "hoafn" → "hoan"). */
  alt: string;
  /** Lowercase with diacritics, to tell "à" (a question) from "ạ" (politeness). */
  lower: string;
  /** Canonical task code when the word is one ("cchc 23-7" → "CCHC23-07"). */
  code?: string;
}

export interface Scan {
  clean: string;
  /** Folded text with the same offsets as clean. */
  folded: string;
  words: Word[];
}

export function scanMessage(text: string): Scan {
  const clean = normalizeInput(text.replace(/^\s*\//, ""));
  const folded = foldAligned(clean);
  const codes = findTaskCodes(clean);
  const words: Word[] = [];
  for (const t of tokenize(clean)) {
    const hit = codes.find((c) => t.start < c.end && t.end > c.start);
    if (hit) {
      const last = words[words.length - 1];
      if (last?.code === hit.code && last.start === hit.start) continue;
      words.push({ start: hit.start, end: hit.end, key: hit.code.toLowerCase(), alt: hit.code.toLowerCase(), lower: hit.code.toLowerCase(), code: hit.code });
      continue;
    }
    const { key, alt } = foldedWord(clean.slice(t.start, t.end));
    words.push({ start: t.start, end: t.end, key, alt, lower: t.text });
  }
  return { clean, folded, words };
}

// Every message is scanned before it is read as a question: folding is remembered per word and per character.
const foldedWord = boundedMemo((raw) => ({ key: fold(raw), alt: fold(repairTelex(raw)) }));
const foldChar = boundedMemo((c) => {
  const f = fold(c);
  return f.length === 1 ? f : c.toLowerCase().length === 1 ? c.toLowerCase() : "?";
});

/** fold() one character at a time, so that offsets stay those of the input. */
function foldAligned(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
  return out;
}

/**
 * Does a typed word mean a keyword? Equal when folded, equal after Telex repair, or one typing slip away
 * ("xog", "hoan thnah") when the keyword is long enough, the first letter is right and the word typed is
 * not itself a Vietnamese syllable ("vung" is vùng, not a slip for "vuong").
 */
export function sameWord(word: Word, keyword: string): boolean {
  if (word.code) return false;
  if (word.key === keyword || word.alt === keyword) return true;
  return (
    keyword.length >= 4 &&
    word.key.length >= 3 &&
    word.key.charAt(0) === keyword.charAt(0) &&
    !/\d/.test(word.key) &&
    !isPlainSyllable(word.key) &&
    withinOneEdit(word.key, keyword)
  );
}
