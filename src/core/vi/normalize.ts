/**
 * The boundary clean-up every message goes through before anything tries to understand it, and the
 * accent-free "fold" used to compare words typed with and without diacritics.
 */

/** Longest message kept; anything beyond is a paste, not a question, and must stay cheap to handle. */
export const MAX_INPUT_LENGTH = 2000;

// Decomposed text (Windows Vietnamese keyboard) takes up to three code units per letter, so the raw
// input is cut at this length before the costlier Unicode work.
const RAW_LIMIT = MAX_INPUT_LENGTH * 3;
// When the cut lands inside a word, back up to a space found within this many characters.
const WORD_CUT_SLACK = 40;

// Controls (including newlines and tabs), line separators, emoji and flags become a space: they usually
// sit between words. ZWSP is invisible but also separates words.
const SEPARATING_JUNK =
  /[\p{Cc}\p{Zl}\p{Zp}\u200B\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/gu;
// Format characters (ZWJ, soft hyphen, BOM, bidi marks, emoji tags), lone surrogates, variation
// selectors and the keycap mark vanish: they live inside words or emoji sequences.
const INVISIBLE_JUNK = /[\p{Cf}\p{Cs}\uFE00-\uFE0F\u20E3\u{E0100}-\u{E01EF}]/gu;
const WHITESPACE_RUN = /[\s\p{Z}]+/gu;
// Legacy Vietnamese fonts and keyboards type Đ as the Icelandic eth Ð; this bot never sees Icelandic.
const ETH = /[ðÐ]/g;
const MARKS = /\p{M}/gu;
const D_STROKE = /đ/g;
const ASCII = /^[\x00-\x7f]*$/;

/** NFC, junk removed, whitespace collapsed, trimmed and capped at MAX_INPUT_LENGTH. */
export function normalizeInput(text: string): string {
  const cleaned = text
    .slice(0, RAW_LIMIT)
    .replace(SEPARATING_JUNK, " ")
    .replace(INVISIBLE_JUNK, "")
    .normalize("NFC")
    .replace(ETH, (c) => (c === "ð" ? "đ" : "Đ"))
    .replace(WHITESPACE_RUN, " ")
    .trim();
  return cleaned.length <= MAX_INPUT_LENGTH ? cleaned : cutAtWord(cleaned, MAX_INPUT_LENGTH);
}

function cutAtWord(text: string, max: number): string {
  let cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  if (space >= max - WORD_CUT_SLACK) cut = cut.slice(0, space);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1); // never leave half a surrogate pair
  return cut.trimEnd();
}

/** Lowercase, no diacritics, đ → d: "Đà Nẵng" → "da nang". Folding loses meaning (sở / số): compare only. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower.normalize("NFD").replace(MARKS, "").replace(D_STROKE, "d").replace(ETH, "d").normalize("NFC");
}
