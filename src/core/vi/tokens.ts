/**
 * Words of a message with their positions, so that later stages can point back into the text.
 * A word is a run of letters, combining marks (decomposed input stays one word) and digits.
 */

export interface Token {
  /** Lowercase, NFC. */
  readonly text: string;
  /** Offsets into the text that was tokenised; end is exclusive. */
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

export function tokenize(text: string): Token[] {
  const found: Token[] = [];
  WORD.lastIndex = 0; // the regex is shared; exec with /g resumes from lastIndex
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    found.push({ text: ASCII.test(lower) ? lower : lower.normalize("NFC"), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Lowercase accented words: "Tỷ lệ HS-TT" → ["tỷ", "lệ", "hs", "tt"]. */
export function tokens(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}
