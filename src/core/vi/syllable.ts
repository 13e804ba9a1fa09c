/**
 * Is a string a possible Vietnamese syllable? Used to stay conservative: Telex leftovers are repaired only
 * when the word as typed cannot be Vietnamese, and typo tolerance is applied only to words that are not
 * themselves a real (unaccented) syllable, since "truong" is a different word from "trung", not a typo.
 * This checks shape (initial consonant + rhyme), not whether the word exists.
 */
import { fold } from "./normalize.js";
import type { Tone } from "./tones.js";

const INITIALS = ["ngh", "ng", "nh", "ph", "th", "tr", "ch", "gh", "gi", "kh", "qu",
  "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

const OPEN_RHYMES =
  "a ai ao au ay âu ây e eo ê êu i ia iu iêu o oa oai oao oay oe oeo oi ô ôi ơ ơi u ua uây uê ui uôi uơ uy uya uyu ư ưa ưi ươi ươu ưu y yêu";
// Rhymes closed by a consonant, by nucleus.
const CLOSED_RHYMES: Readonly<Record<string, string>> = {
  a: "c ch m n ng nh p t", ă: "c m n ng p t", â: "c m n ng p t", e: "c m n ng p t", ê: "ch m n nh p t",
  i: "ch m n nh p t", o: "c m n ng p t", oo: "c ng", ô: "c m n ng p t", ơ: "m n p t", u: "c m n ng p t",
  ư: "c ng t", iê: "c m n ng p t", yê: "m n t", uô: "c m n ng t", ươ: "c m n ng p t",
  oa: "c ch m n ng nh p t", oă: "c m n ng t", oe: "n t", uâ: "n ng t", uê: "ch nh", uy: "ch nh p t", uyê: "n t",
};
const STOP_FINALS = ["c", "ch", "p", "t"];

const RHYMES: ReadonlySet<string> = new Set([
  ...OPEN_RHYMES.split(" "),
  ...Object.entries(CLOSED_RHYMES).flatMap(([nucleus, finals]) => finals.split(" ").map((f) => nucleus + f)),
]);
const FOLDED_RHYMES: ReadonlySet<string> = new Set([...RHYMES].map(fold));

/** A syllable with letter marks and a tone given apart ("huyên", "j"). Stop finals take only sắc or nặng. */
export function isSyllable(base: string, tone: Tone = ""): boolean {
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue;
    const rhyme = base.slice(initial.length);
    if (!RHYMES.has(rhyme)) continue;
    if (tone === "" || tone === "s" || tone === "j") return true;
    if (!STOP_FINALS.some((f) => rhyme.endsWith(f))) return true;
  }
  return false;
}

/** A syllable typed without any diacritics: "huyen", "truong", but not "huyn", "tyr", "ubnd". */
export function isPlainSyllable(word: string): boolean {
  for (const initial of INITIALS) {
    if (initial === "đ" || !word.startsWith(initial)) continue;
    if (FOLDED_RHYMES.has(word.slice(initial.length))) return true;
  }
  return false;
}
