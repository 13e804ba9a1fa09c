/**
 * Repairs words typed with the Vietnamese keyboard switched off: Telex "tyr leej hoof sow" = "tỷ lệ hồ sơ",
 * VNI "le65 ho62" = "lệ hồ". Conservative on purpose: a word is only touched when, as typed, it cannot be a
 * Vietnamese syllable and the repaired word can. Abbreviations ("hs", "cds", "ubnd") and unaccented words
 * ("ho so") are therefore left alone.
 */
import { isPlainSyllable, isSyllable } from "./syllable.js";
import { placeTone, type Tone } from "./tones.js";
import { tokenize } from "./tokens.js";

const TELEX_TONES: ReadonlySet<string> = new Set(["s", "f", "r", "x", "j"]);
const VNI_TONES: Readonly<Record<string, Tone>> = { "1": "s", "2": "f", "3": "r", "4": "x", "5": "j" };
const CIRCUMFLEX: Readonly<Record<string, string>> = { a: "â", e: "ê", o: "ô" };
const HORN_OR_BREVE: Readonly<Record<string, string>> = { a: "ă", o: "ơ", u: "ư" };
const PLAIN_VOWELS = "aeiouy";
const ASCII_LETTERS = /^[a-z]+$/;
// VNI: letters with digits 1–9 after the first letter ("d9u7o7ng2"); 0 never occurs.
const VNI_SHAPE = /^[a-z][a-z1-9]*$/;
const DIGIT = /[1-9]/;
// Two-digit evidence or a digit inside the word: "quy1" is quý 1 (Q1) and "so7" may be số 7,
// so a single trailing digit is never read as VNI.
const VNI_EVIDENCE = /[1-9].*[1-9]|[1-9][a-z]/;
const TELEX_EVIDENCE = /aa|ee|oo|aw|ow|uw|^dd|w/;
// Common English and tech words that would otherwise pass for Telex ("this" → thí, "how" → hơ, "max" → mã):
// officials also ask in English. Two-letter words ("of", "is", "as") are never repaired at all.
const PROTECTED: ReadonlySet<string> = new Set([
  "this", "his", "its", "does", "goes", "thus", "how", "now", "low", "row", "two", "per", "her", "nor", "sir",
  "ups", "yes", "was", "has", "bus", "box", "tax", "max", "mix", "six", "fix", "gas", "car", "bar", "war",
  "docs", "pos", "dos", "cos", "boss", "pass", "miss", "kiss", "ios", "lux", "tux", "linux",
]);
const MIN_REPAIR_LENGTH = 3;

/** One word: "tyr" → "tỷ", "Huyeenj" → "Huyện", "hs" → "hs". Case is kept (first letter or whole word). */
export function repairTelex(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length < MIN_REPAIR_LENGTH || lower.length > 12 || PROTECTED.has(lower)) return word;
  let repaired: string | undefined;
  if (ASCII_LETTERS.test(lower)) repaired = fromTelex(lower);
  else if (VNI_SHAPE.test(lower) && DIGIT.test(lower) && VNI_EVIDENCE.test(lower)) repaired = fromVni(lower);
  return repaired === undefined ? word : matchCase(word, repaired);
}

/** Every word of a text, the rest kept as is. */
export function repairTelexText(text: string): string {
  let out = "";
  let copied = 0;
  // In a message that is not all capitals, a word in capitals is an acronym ("PAR index"), not Telex.
  const shouting = text === text.toUpperCase();
  for (const t of tokenize(text)) {
    const original = text.slice(t.start, t.end);
    if (!shouting && original.length > 1 && original === original.toUpperCase()) continue;
    const repaired = repairTelex(original);
    if (repaired === original) continue;
    out += text.slice(copied, t.start) + repaired;
    copied = t.end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function fromTelex(word: string): string | undefined {
  // Most words carry neither a trailing tone key nor a letter key: nothing to repair, decided cheaply.
  if (!TELEX_TONES.has(word.charAt(word.length - 1)) && !TELEX_EVIDENCE.test(word)) return undefined;
  if (isPlainSyllable(word)) return undefined;
  const last = word.charAt(word.length - 1);
  const toned = TELEX_TONES.has(last) ? build(word.slice(0, -1), last as Tone) : undefined;
  if (toned !== undefined) return toned;
  const untoned = build(word, "");
  if (untoned !== undefined) return untoned;
  // The tone key typed before the final consonant ("vieejt"): only with other Telex evidence,
  // otherwise English "test" would become "tét".
  if (!TELEX_EVIDENCE.test(word)) return undefined;
  for (let i = 1; i < word.length - 1; i++) {
    const key = word.charAt(i);
    if (!TELEX_TONES.has(key)) continue;
    const r = build(word.slice(0, i) + word.slice(i + 1), key as Tone);
    if (r !== undefined) return r;
  }
  return undefined;
}

function build(body: string, tone: Tone): string | undefined {
  const base = applyTelexLetters(body);
  if (base === undefined || (tone === "" && base === body) || !isSyllable(base, tone)) return undefined;
  return placeTone(base, tone);
}

/** aa ee oo → â ê ô, aw ow uw → ă ơ ư, uow → ươ, dd → đ, a lone w → ư ("nhwng" → "nhưng"). */
function applyTelexLetters(body: string): string | undefined {
  const out: string[] = [];
  for (const c of body) {
    const prev = out[out.length - 1];
    if (c === "d" && prev === "d" && out.length === 1) out[0] = "đ";
    else if (prev === c && CIRCUMFLEX[c] !== undefined) out[out.length - 1] = CIRCUMFLEX[c] ?? c;
    else if (c === "w") {
      if (!applyW(out)) return undefined;
    } else out.push(c);
  }
  return out.join("").replace("ưo", "ươ");
}

function applyW(out: string[]): boolean {
  const prev = out[out.length - 1];
  if (prev !== undefined && HORN_OR_BREVE[prev] !== undefined) {
    out[out.length - 1] = HORN_OR_BREVE[prev] ?? prev;
    if (prev === "o" && out[out.length - 2] === "u") out[out.length - 2] = "ư";
    return true;
  }
  const lastVowel = findLast(out, (ch) => PLAIN_VOWELS.includes(ch) || "âêôăơư".includes(ch));
  if (lastVowel < 0) {
    out.push("ư"); // "tw" = "tư": nothing to modify yet, so w is the letter ư
    return true;
  }
  const o = findLast(out, (ch) => ch === "o");
  if (o >= 0) {
    out[o] = "ơ";
    if (out[o - 1] === "u") out[o - 1] = "ư";
    return true;
  }
  return false;
}

function fromVni(word: string): string | undefined {
  const letters: string[] = [];
  let tone: Tone = "";
  for (const c of word) {
    const t = VNI_TONES[c];
    if (t !== undefined) {
      if (tone !== "") return undefined;
      tone = t;
      continue;
    }
    if (c === "6" && !modify(letters, (ch) => CIRCUMFLEX[ch])) return undefined;
    if (c === "7" && !modify(letters, (ch) => (ch === "o" || ch === "u" ? HORN_OR_BREVE[ch] : undefined))) return undefined;
    if (c === "8" && !modify(letters, (ch) => (ch === "a" ? "ă" : undefined))) return undefined;
    if (c === "9" && !modify(letters, (ch) => (ch === "d" ? "đ" : undefined))) return undefined;
    if (c >= "a" && c <= "z") letters.push(c);
  }
  const base = letters.join("").replace("ưo", "ươ").replace("uơ", "ươ");
  return isSyllable(base, tone) ? placeTone(base, tone) : undefined;
}

/** Applies a letter mark to the nearest earlier letter that takes it. */
function modify(letters: string[], mark: (ch: string) => string | undefined): boolean {
  for (let i = letters.length - 1; i >= 0; i--) {
    const marked = mark(letters[i] ?? "");
    if (marked !== undefined) {
      letters[i] = marked;
      return true;
    }
  }
  return false;
}

function findLast(items: readonly string[], test: (ch: string) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] ?? "")) return i;
  return -1;
}

function matchCase(original: string, repaired: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return repaired.toUpperCase();
  const first = original.charAt(0);
  if (first !== first.toLowerCase()) return repaired.charAt(0).toUpperCase() + repaired.slice(1);
  return repaired;
}
