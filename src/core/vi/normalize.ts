/**
 * The boundary clean-up every message goes through before anything tries to understand it, and the
 * accent-free "fold" used to compare words typed with and without diacritics.
 */

import { lastInputMemo } from "../memo.js";

/** Longest message kept; anything beyond is a paste, not a question, and must stay cheap to handle. */
export const MAX_INPUT_LENGTH = 2000;

// Decomposed text (Windows Vietnamese keyboard) takes up to three code units per letter, so the raw
// input is cut at this length before composing, and the composed text at CLEAN_LIMIT before the regexes.
const RAW_LIMIT = MAX_INPUT_LENGTH * 3;
const CLEAN_LIMIT = Math.floor(MAX_INPUT_LENGTH * 1.5);
// When the cut lands inside a word, back up to a space found within this many characters.
const WORD_CUT_SLACK = 40;

// Text made only of these needs no junk removal: the common case, checked without Unicode properties,
// which make a regex several times slower.
// eslint-disable-next-line no-misleading-character-class -- combining marks (typed as separate characters) are plain Vietnamese text
const PLAIN_TEXT = /^[\t\n\r\x20-\x7e\u00a0\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;
// Controls (including newlines and tabs), line separators, emoji and flags become a space: they usually
// sit between words. ZWSP is invisible but also separates words.
const SEPARATING_JUNK =
  /[\p{Cc}\p{Zl}\p{Zp}\u200B\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/gu;
// Format characters (ZWJ, soft hyphen, BOM, bidi marks, emoji tags), lone surrogates, variation
// selectors and the keycap mark vanish: they live inside words or emoji sequences.
const INVISIBLE_JUNK = /[\p{Cf}\p{Cs}\uFE00-\uFE0F\u20E3\u{E0100}-\u{E01EF}]/gu;
// JavaScript's \s already covers every Unicode space separator, line separator and the BOM.
const WHITESPACE_RUN = /\s+/g;
// Legacy Vietnamese fonts and keyboards type Đ as the Icelandic eth Ð; this bot never sees Icelandic.
const ETH = /[ðÐ]/g;
const MARKS = /\p{M}/gu;
const D_STROKE = /đ/g;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * NFC, junk removed, whitespace collapsed, trimmed and capped at MAX_INPUT_LENGTH. A message is cleaned by
 * the command parser, the question reader and the language check in turn: the last one is remembered.
 */
export const normalizeInput: (text: string) => string = lastInputMemo((text) => cleanInput(text));

function cleanInput(text: string): string {
  let clean = text.slice(0, RAW_LIMIT).normalize("NFC").slice(0, CLEAN_LIMIT);
  if (!PLAIN_TEXT.test(clean)) {
    // Junk between a letter and its marks blocks composition: compose again once it is gone.
    clean = clean.replace(SEPARATING_JUNK, " ").replace(INVISIBLE_JUNK, "").normalize("NFC");
  }
  clean = clean.replace(ETH, (c) => (c === "ð" ? "đ" : "Đ")).replace(WHITESPACE_RUN, " ").trim();
  return clean.length <= MAX_INPUT_LENGTH ? clean : cutAtWord(clean, MAX_INPUT_LENGTH);
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
