/**
 * How well one catalogue phrase lines up with the words of a message, at a given place.
 *
 * Word quality: same accented key 1; typed with fewer diacritics (or none) 0.9; a one-letter typo 0.75;
 * different diacritics on the same letters ("sở" for "số") 0.5, accepted only as the single weak word of
 * a phrase of 3+ words whose other words match exactly — short names such as "Sở Y tế" / "số y tế"
 * or "cấp xã" are too easily confused for anything weaker to count.
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
}

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
const CONFLICT = 0.5;
const DROPPED_STOPWORD = 0.95;
const DROPPED_WORD = 0.9;
const REORDERED = 0.85;

export function wordQuality(m: MessageWord, c: IndexedWord): number {
  if (m.foldId === c.foldId) {
    if (m.keys.acc === c.keys.acc) return EXACT;
    if (!m.keys.marked || !c.keys.marked || isLessMarked(m.keys, c.keys)) return LESS_MARKED;
    return CONFLICT;
  }
  return m.typoIds.includes(c.foldId) ? TYPO : 0;
}

/** The best alignment of a phrase starting at message word `start`, or undefined. */
export function alignAt(phraseIndex: number, p: IndexedPhrase, msg: readonly MessageWord[], start: number): Candidate | undefined {
  let best = inOrder(phraseIndex, p, msg, start, -1);
  for (const skip of p.droppable) {
    const c = inOrder(phraseIndex, p, msg, start, skip);
    if (c !== undefined && (best === undefined || c.score > best.score)) best = c;
  }
  if (p.words.length >= 3) {
    const c = reordered(phraseIndex, p, msg, start);
    if (c !== undefined && (best === undefined || c.score > best.score)) best = c;
  }
  return best;
}

function inOrder(phraseIndex: number, p: IndexedPhrase, msg: readonly MessageWord[], start: number, skip: number): Candidate | undefined {
  const n = p.words.length;
  const len = skip < 0 ? n : n - 1;
  if (start + len > msg.length) return undefined;
  const tally = new Tally();
  for (let k = 0; k < len; k++) {
    const j = skip < 0 || k < skip ? k : k + 1;
    if (!tally.add(wordQuality(msg[start + k] as MessageWord, p.words[j] as IndexedWord))) return undefined;
  }
  if (!tally.acceptable(n, skip < 0)) return undefined;
  let score = tally.sum / n;
  if (skip >= 0) score = p.words[skip]?.stop === true ? ((tally.sum + 1) / n) * DROPPED_STOPWORD : score * DROPPED_WORD;
  return { phrase: phraseIndex, from: start, to: start + len - 1, score, exact: tally.exact };
}

/** All words of the phrase in a window of the same length, in another order ("trực tuyến hồ sơ tỷ lệ"). */
function reordered(phraseIndex: number, p: IndexedPhrase, msg: readonly MessageWord[], start: number): Candidate | undefined {
  const n = p.words.length;
  if (start + n > msg.length) return undefined;
  const tally = new Tally();
  let used = 0;
  let moved = false;
  for (let k = 0; k < n; k++) {
    let bestJ = -1;
    let bestQ = 0;
    for (let j = 0; j < n; j++) {
      if ((used >>> j) & 1) continue;
      const q = wordQuality(msg[start + k] as MessageWord, p.words[j] as IndexedWord);
      if (q > bestQ || (q === bestQ && q > 0 && j === k)) {
        bestQ = q;
        bestJ = j;
      }
    }
    if (bestJ < 0 || bestQ === CONFLICT || !tally.add(bestQ)) return undefined;
    used |= 1 << bestJ;
    if (bestJ !== k) moved = true;
  }
  if (!moved || !tally.acceptable(n, false)) return undefined;
  return { phrase: phraseIndex, from: start, to: start + n - 1, score: (tally.sum / n) * REORDERED, exact: tally.exact };
}

class Tally {
  sum = 0;
  count = 0;
  typos = 0;
  conflicts = 0;
  exact = true;

  add(q: number): boolean {
    if (q === 0) return false;
    this.sum += q;
    this.count++;
    if (q !== EXACT) this.exact = false;
    if (q === TYPO) this.typos++;
    if (q === CONFLICT) this.conflicts++;
    return this.typos <= 1 && this.conflicts <= 1;
  }

  /** At most one typo; a diacritics conflict only in a complete 3+ word phrase otherwise exact. */
  acceptable(phraseLength: number, complete: boolean): boolean {
    if (this.conflicts === 0) return true;
    return complete && phraseLength >= 3 && this.typos === 0 && this.sum - CONFLICT === this.count - 1;
  }
}
