/**
 * How well one catalogue phrase lines up with the words of a message, at a given place.
 *
 * Word quality: same accented key 1; typed with fewer diacritics (or none) 0.9; a one-letter typo 0.75;
 * different diacritics on the same letters ("sở" for "số") 0.3 — below a word typed bare — accepted only as the single weak word of
 * a phrase of 3+ words whose other words match exactly, or as the second word of a two-word name whose
 * first word is exact ("cấp xả"); the score stays low, so callers with a higher bar (units) ignore it.
 * Structure: the phrase in order 1; a function word missing 0.95; a content word missing 0.9 (and the
 * missing word counts 0); all words present in another order (3+ words) 0.85.
 */
import type { IndexedPhrase, IndexedWord } from "./catalogue-index.js";
import { isLessMarked, type WordKeys } from "./match-key.js";

export interface MessageWord {
  readonly keys: WordKeys;
  /** -1 when the catalogue has no word with this folded key. */
  readonly foldId: number;
  /** Catalogue words one typo away (only for words that are not a real syllable themselves). */
  readonly typoIds: readonly number[];
  /** The catalogue words this message word may stand for: its own (if any), then its typos. */
  readonly ids: readonly number[];
}

/**
 * The fold ids of the words of the phrase's entry, when entries are scored apart: a message word that is one
 * of them is never read as a typo of another of them (as if the entry were alone in the catalogue).
 */
export type EntryWords = ReadonlySet<number> | undefined;

export interface Candidate {
  readonly phrase: number;
  /** First and last message word covered, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly score: number;
  readonly exact: boolean;
}

const EXACT = 1;
const LESS_MARKED = 0.9;
const TYPO = 0.75;
const CONFLICT = 0.3;
const DROPPED_STOPWORD = 0.95;
const DROPPED_WORD = 0.9;
const REORDERED = 0.85;

export function wordQuality(m: MessageWord, c: IndexedWord, own?: EntryWords): number {
  if (m.foldId === c.foldId) {
    if (m.keys.acc === c.keys.acc) return EXACT;
    if (!m.keys.marked || !c.keys.marked || isLessMarked(m.keys, c.keys)) return LESS_MARKED;
    return CONFLICT;
  }
  if (own !== undefined && m.foldId >= 0 && own.has(m.foldId)) return 0;
  return m.typoIds.includes(c.foldId) ? TYPO : 0;
}

/**
 * The phrase read in order from message word `start`, with word `skip` missing (-1: none).
 * At most one typo; a diacritics conflict only in a complete phrase of 3+ words otherwise exact.
 */
export function alignInOrder(
  phraseIndex: number,
  p: IndexedPhrase,
  msg: readonly MessageWord[],
  start: number,
  skip: number,
  own?: EntryWords,
): Candidate | undefined {
  const n = p.words.length;
  const len = skip < 0 ? n : n - 1;
  if (start < 0 || start + len > msg.length) return undefined;
  let sum = 0;
  let typos = 0;
  let conflicts = 0;
  let conflictAt = -1;
  for (let k = 0; k < len; k++) {
    const j = skip < 0 || k < skip ? k : k + 1;
    const q = wordQuality(msg[start + k] as MessageWord, p.words[j] as IndexedWord, own);
    if (q === 0) return undefined;
    if (q === TYPO) typos++;
    if (q === CONFLICT) {
      conflicts++;
      conflictAt = j;
    }
    sum += q;
  }
  if (typos > 1 || conflicts > 1) return undefined;
  // A wrong tone on the second word of a two-word name whose first word is exact ("cấp xả" for "cấp xã")
  // is a slip of the keyboard; on a first word ("số" for "Sở") it changes what is named.
  const slipOfTone = n === 2 && conflictAt === 1 && sum - CONFLICT === len - 1;
  if (conflicts === 1 && !slipOfTone && (skip >= 0 || n < 3 || sum - CONFLICT !== len - 1)) return undefined;
  let score = sum / n;
  if (skip >= 0) score = p.words[skip]?.stop === true ? ((sum + 1) / n) * DROPPED_STOPWORD : score * DROPPED_WORD;
  return { phrase: phraseIndex, from: start, to: start + len - 1, score, exact: sum === len };
}

/** All words of the phrase in a window of the same length, in another order ("trực tuyến hồ sơ tỷ lệ"). */
export function alignReordered(phraseIndex: number, p: IndexedPhrase, msg: readonly MessageWord[], start: number, own?: EntryWords): Candidate | undefined {
  const n = p.words.length;
  if (n < 3 || start < 0 || start + n > msg.length) return undefined;
  let used = 0;
  let moved = false;
  let sum = 0;
  let typos = 0;
  for (let k = 0; k < n; k++) {
    let bestJ = -1;
    let bestQ = 0;
    for (let j = 0; j < n; j++) {
      if ((used >>> j) & 1) continue;
      const q = wordQuality(msg[start + k] as MessageWord, p.words[j] as IndexedWord, own);
      if (q > bestQ || (q === bestQ && q > 0 && j === k)) {
        bestQ = q;
        bestJ = j;
      }
    }
    if (bestJ < 0 || bestQ === CONFLICT) return undefined;
    if (bestQ === TYPO && ++typos > 1) return undefined;
    used |= 1 << bestJ;
    if (bestJ !== k) moved = true;
    sum += bestQ;
  }
  if (!moved) return undefined;
  return { phrase: phraseIndex, from: start, to: start + n - 1, score: (sum / n) * REORDERED, exact: sum === n };
}
