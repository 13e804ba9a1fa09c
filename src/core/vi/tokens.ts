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

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const ASCII = /^[\x00-\x7f]*$/;

export function tokenize(text: string): Token[] {
  const found: Token[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    if (isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      found.push(makeToken(text, start, i));
      start = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (start >= 0) found.push(makeToken(text, start, text.length));
  return found;
}

/** Lowercase accented words: "Tỷ lệ HS-TT" → ["tỷ", "lệ", "hs", "tt"]. */
export function tokens(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}

function makeToken(text: string, start: number, end: number): Token {
  const lower = text.slice(start, end).toLowerCase();
  return { text: ASCII.test(lower) ? lower : lower.normalize("NFC"), start, end };
}

/**
 * Letters, combining marks and digits. Scanned by hand: a Unicode-property regex over a long message
 * costs several times more, and the Vietnamese ranges can be decided with two comparisons.
 */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x1e00 && code <= 0x1eff) return true; // Latin Extended Additional: ạ ả ấ … ỹ
  if (code >= 0x0300 && code <= 0x036f) return true; // combining marks of decomposed input
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7; // Latin letters, not × ÷
  return WORD_CHAR.test(String.fromCodePoint(code));
}
