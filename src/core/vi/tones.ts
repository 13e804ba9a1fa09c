/**
 * Vietnamese has two kinds of diacritics. Letter marks (â ă ê ô ơ ư đ) make different letters; the five
 * tone marks make different words but may sit on different vowels in old and new spelling (hoà / hòa,
 * thuý / thúy). Separating the tone from the letters is what lets those spellings compare equal.
 * Tones are named by their Telex keys.
 */
export type Tone = "" | "s" | "f" | "r" | "x" | "j";

const TONE_BY_MARK: ReadonlyMap<string, Tone> = new Map<string, Tone>([
  ["\u0301", "s"], // sắc
  ["\u0300", "f"], // huyền
  ["\u0309", "r"], // hỏi
  ["\u0303", "x"], // ngã
  ["\u0323", "j"], // nặng
]);
const MARK_BY_TONE: Readonly<Record<Tone, string>> = { "": "", s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };

const VOWELS = "aăâeêioôơuưy";
const MARKED_VOWELS = "ăâêôơư";

export interface SplitWord {
  /** The letters with their letter marks, NFC, no tone. */
  readonly base: string;
  readonly tone: Tone;
}

/** "hoà" and "hòa" both give { base: "hoa", tone: "f" }; "huyện" gives { base: "huyên", tone: "j" }. */
export function splitTone(word: string): SplitWord {
  let base = "";
  let tone: Tone = "";
  for (const ch of word.normalize("NFD")) {
    const t = TONE_BY_MARK.get(ch);
    if (t === undefined) base += ch;
    else tone = t;
  }
  return { base: base.normalize("NFC"), tone };
}

/**
 * Puts a tone on the vowel that carries it, old style as in official documents ("hòa", "thủy", "ủy"):
 * a marked vowel wins (the last one: "ươ" → ơ); otherwise the last vowel before a final consonant;
 * otherwise the first of two open vowels or the middle of three. The u of qu and the i of gi are consonants.
 */
export function placeTone(base: string, tone: Tone): string {
  if (tone === "") return base;
  const lower = base.toLowerCase();
  let i = 0;
  if ((lower.startsWith("qu") || lower.startsWith("gi")) && VOWELS.includes(lower.charAt(2)) && lower.length > 2) i = 2;
  while (i < lower.length && !VOWELS.includes(lower.charAt(i))) i++;
  const first = i;
  while (i < lower.length && VOWELS.includes(lower.charAt(i))) i++;
  const end = i;
  if (first === end) return base;
  let at = -1;
  for (let k = first; k < end; k++) if (MARKED_VOWELS.includes(lower.charAt(k))) at = k;
  if (at < 0) {
    const size = end - first;
    if (end < lower.length) at = end - 1;
    else at = size === 3 ? first + 1 : first;
  }
  return base.slice(0, at) + (base.charAt(at) + MARK_BY_TONE[tone]).normalize("NFC") + base.slice(at + 1);
}
