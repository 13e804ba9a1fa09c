/**
 * Keys for comparing words. Spelling variants that mean the same word get the same accented key:
 * old and new tone placement (hoà / hòa, thuý / thúy) and y / i after a consonant (tỷ / tỉ, kỳ / kì,
 * lý / lí, quý / quí). These keys are for matching only; displayed text keeps what was written.
 */
import { boundedMemo } from "../memo.js";
import { fold } from "./normalize.js";
import { splitTone, type Tone } from "./tones.js";

export interface WordKeys {
  /** Letters with letter marks, y/i unified, tone appended: "tỉ" and "tỷ" → "ti|r". */
  readonly acc: string;
  /** No diacritics at all, y/i unified: "tỷ" → "ti". */
  readonly fold: string;
  /** Letters with letter marks, y/i unified, no tone: "huyện" → "huyên". */
  readonly base: string;
  readonly tone: Tone;
  /** Whether the word carries any diacritic (tone, letter mark or đ). */
  readonly marked: boolean;
}

const ASCII_WORD = /^[a-z0-9]*$/;
const NUMBER = /^\d+$/;
const LEADING_ZEROS = /^0+(?=\d)/;
// y alone after an initial consonant is the same vowel as i; in "uy", "yê" it is not and stays.
const CONSONANT_Y = /^(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$/;

/** Messages and catalogues reuse a few thousand syllables. */
export const wordKeys: (word: string) => WordKeys = boundedMemo((word) => computeKeys(word), 50_000);

function computeKeys(word: string): WordKeys {
  const lower = word.toLowerCase();
  if (ASCII_WORD.test(lower)) {
    // "Đề án 6" is "Đề án 06": numbers compare without leading zeros.
    const plain = NUMBER.test(lower) ? lower.replace(LEADING_ZEROS, "") : unifyY(lower);
    return { acc: plain, fold: plain, base: plain, tone: "", marked: false };
  }
  const split = splitTone(lower);
  const base = unifyY(split.base);
  const folded = fold(base);
  return {
    acc: split.tone === "" ? base : `${base}|${split.tone}`,
    fold: folded,
    base,
    tone: split.tone,
    marked: split.tone !== "" || base !== folded,
  };
}

function unifyY(base: string): string {
  return CONSONANT_Y.test(base) ? `${base.slice(0, -1)}i` : base;
}

/** The accented match key of a word (see WordKeys.acc). */
export function matchKey(word: string): string {
  return wordKeys(word).acc;
}

/**
 * Whether `typed` could be `target` with some diacritics left out ("ho" or "hô" for "hồ"), as opposed
 * to different diacritics ("hổ" for "hồ", "sở" for "số"). Assumes equal folded keys.
 */
export function isLessMarked(typed: WordKeys, target: WordKeys): boolean {
  if (typed.tone !== "" && typed.tone !== target.tone) return false;
  const a = typed.base;
  const b = target.base;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charAt(i);
    const y = b.charAt(i);
    if (x !== y && x !== fold(y)) return false;
  }
  return true;
}
