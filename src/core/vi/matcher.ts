/**
 * Finds catalogue phrases (metric names and aliases, scopes such as "cấp huyện", unit names) inside a
 * free-text question, typed with or without diacritics, with abbreviations, small typos or shuffled words.
 *
 * Pass the prepared message (prepareMessage) for best results; positions refer to the text passed to find.
 * Accents decide when present: "Sở Tư pháp" never matches "Sở Tài chính", "cấp xã" never "cấp huyện".
 * When different entries tie at the best score on the same words (the user typed "Trà My": Bắc or Nam?),
 * all of them are returned so the caller can ask.
 */
import { alignInOrder, alignReordered, type Candidate, type MessageWord } from "./alignment.js";
import { buildCatalogueIndex, type CatalogueIndex, type IndexedWord } from "./catalogue-index.js";
import { wordKeys } from "./match-key.js";
import { preparePhrase } from "./prepare.js";
import { typoCandidates } from "./typo-lookup.js";
import { tokenize, type Token } from "./tokens.js";

export interface Entry<T> {
  readonly id: T;
  readonly phrases: readonly string[];
}

export interface Match<T> {
  readonly id: T;
  /** The catalogue phrase as written. */
  readonly phrase: string;
  /** In [0, 1]; 1 = the phrase with exactly these accents, in order. */
  readonly score: number;
  /** Offsets in the text given to find; end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Every matched word had exactly the catalogue's diacritics (modulo hoà/hòa, tỷ/tỉ). */
  readonly exactAccents: boolean;
}

export interface MatcherOptions {
  /** Matches scoring below are dropped. Default 0.5. */
  readonly minScore?: number;
  /** How catalogue phrases are prepared besides the raw form. Default: preparePhrase. */
  readonly preparePhrase?: (phrase: string) => string;
}

export interface Matcher<T> {
  /** Non-overlapping best matches, by position; ties on the same words are all reported. */
  find(text: string): Match<T>[];
  /** The highest-scoring match (the first one when tied: use top or find to see ties). */
  best(text: string): Match<T> | undefined;
  /** The best match together with the other entries tied with it on the same words. */
  top(text: string): Match<T>[];
}

/** Messages are capped by normalizeInput; this guards callers that skip it. */
const MAX_MESSAGE_WORDS = 400;
const TIE = 1e-9;

export function createMatcher<T>(entries: readonly Entry<T>[], options: MatcherOptions = {}): Matcher<T> {
  const minScore = options.minScore ?? 0.5;
  const index = buildCatalogueIndex(entries, options.preparePhrase ?? preparePhrase);
  const collect = createCandidateCollector(index);

  const find = (text: string): Match<T>[] => {
    const words = tokenize(text).slice(0, MAX_MESSAGE_WORDS);
    const chosen = select(collect(words, minScore), index);
    return chosen
      .map((c) => toMatch(c, words, index, entries))
      .sort((a, b) => a.start - b.start || b.score - a.score);
  };
  const top = (text: string): Match<T>[] => {
    const all = find(text);
    const first = all.reduce<Match<T> | undefined>((b, m) => (b === undefined || m.score > b.score + TIE ? m : b), undefined);
    if (first === undefined) return [];
    return all.filter((m) => m.start === first.start && m.end === first.end && Math.abs(m.score - first.score) < TIE);
  };
  return { find, best: (text) => top(text)[0], top };
}

/**
 * Gathers alignments for the phrases anchored on the message's words (see CatalogueIndex.anchors).
 * Scratch arrays (per phrase and per catalogue word, stamped by call) are reused between calls — find is
 * synchronous — so a message costs work proportional to its anchored phrases, not to the catalogue.
 * The per-phrase check is written with typed arrays and no closures: it runs for every anchored phrase.
 */
function createCandidateCollector(index: CatalogueIndex) {
  const { anchors, phrases, foldIds, wordIds, wordStart, droppableMask } = index;
  const phraseStamp = new Int32Array(phrases.length);
  const wordStamp = new Int32Array(index.foldById.length);
  const wordSlot = new Int32Array(index.foldById.length);
  let generation = 0;

  return (tokens: readonly Token[], minScore: number): Candidate[] => {
    if (++generation === 0x7fffffff) {
      phraseStamp.fill(0);
      wordStamp.fill(0);
      generation = 1;
    }
    // Message positions of every catalogue word present, directly or through a typo.
    const positions: number[][] = [];
    const msg: MessageWord[] = tokens.map((t, i) => {
      const keys = wordKeys(t.text);
      const foldId = foldIds.get(keys.fold) ?? -1;
      const word: MessageWord = { keys, foldId, typoIds: foldId < 0 ? typoCandidates(index, keys.fold) : [] };
      for (const id of foldId >= 0 ? [foldId] : word.typoIds) {
        if (wordStamp[id] !== generation) {
          wordStamp[id] = generation;
          wordSlot[id] = positions.length;
          positions.push([]);
        }
        positions[wordSlot[id] as number]?.push(i);
      }
      return word;
    });
    const positionsOf = (foldId: number): readonly number[] =>
      wordStamp[foldId] === generation ? (positions[wordSlot[foldId] as number] ?? []) : [];
    const found: Candidate[] = [];
    for (const m of msg) {
      for (const id of m.foldId >= 0 ? [m.foldId] : m.typoIds) {
        const anchored = anchors[id];
        if (anchored === undefined) continue;
        for (let k = 0; k < anchored.length; k++) {
          const p = anchored[k] as number;
          if (phraseStamp[p] === generation) continue;
          phraseStamp[p] = generation;
          // At most one word missing, and only a droppable one.
          const first = wordStart[p] as number;
          const last = wordStart[p + 1] as number;
          let missing = -1;
          for (let w = first; w < last; w++) {
            if (wordStamp[wordIds[w] as number] === generation) continue;
            const j = w - first;
            if (missing >= 0 || (((droppableMask[p] as number) >>> j) & 1) === 0) {
              missing = -2;
              break;
            }
            missing = j;
          }
          if (missing !== -2) collectPhrase(p, index, msg, positionsOf, missing, minScore, found);
        }
      }
    }
    return found;
  };
}

/**
 * Tries the alignments the message can support: with a word missing, only that word dropped; alignments
 * start where the phrase's first (or, when it is dropped, second) word occurs. Keeps the best reading per start.
 */
function collectPhrase(
  p: number,
  index: CatalogueIndex,
  msg: readonly MessageWord[],
  positionsOf: (foldId: number) => readonly number[],
  missing: number,
  minScore: number,
  found: Candidate[],
): void {
  const phrase = index.phrases[p];
  if (phrase === undefined) return;
  const words = phrase.words;
  const firstFound = found.length;
  const skipCount = missing >= 0 ? 1 : phrase.droppable.length + 1;
  for (let k = 0; k < skipCount; k++) {
    const skip = missing >= 0 ? missing : k === 0 ? -1 : (phrase.droppable[k - 1] as number);
    for (const s of positionsOf((words[skip === 0 ? 1 : 0] as IndexedWord).foldId)) {
      keepBest(found, firstFound, alignInOrder(p, phrase, msg, s, skip), minScore);
    }
  }
  if (missing >= 0 || words.length < 3) return;
  let low = msg.length;
  let high = -1;
  for (const word of words) {
    const at = positionsOf(word.foldId);
    low = Math.min(low, at[0] ?? low);
    high = Math.max(high, at[at.length - 1] ?? high);
  }
  for (let s = low; s + words.length - 1 <= high; s++) keepBest(found, firstFound, alignReordered(p, phrase, msg, s), minScore);
}

/** Adds a candidate unless this phrase already has a better one at the same start (from index `since`). */
function keepBest(found: Candidate[], since: number, c: Candidate | undefined, minScore: number): void {
  if (c === undefined || c.score < minScore) return;
  for (let i = since; i < found.length; i++) {
    const other = found[i] as Candidate;
    if (other.from !== c.from) continue;
    if (c.score > other.score) found[i] = c;
    return;
  }
  found.push(c);
}

/**
 * Best first (score, then more words, then earlier); a candidate overlapping an accepted one is kept only
 * when it covers exactly the same words with the same score for a different entry: a tie to report.
 */
function select(candidates: Candidate[], index: CatalogueIndex): Candidate[] {
  const entryOf = (c: Candidate): number => index.phrases[c.phrase]?.entry ?? -1;
  candidates.sort((a, b) => b.score - a.score || b.to - b.from - (a.to - a.from) || a.from - b.from || a.phrase - b.phrase);
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    const overlapping = accepted.filter((a) => a.from <= c.to && c.from <= a.to);
    const isTie = overlapping.every(
      (a) => a.from === c.from && a.to === c.to && Math.abs(a.score - c.score) < TIE && entryOf(a) !== entryOf(c),
    );
    if (isTie) accepted.push(c);
  }
  return accepted;
}

function toMatch<T>(c: Candidate, words: readonly Token[], index: CatalogueIndex, entries: readonly Entry<T>[]): Match<T> {
  const phrase = index.phrases[c.phrase];
  const entry = entries[phrase?.entry ?? -1];
  if (phrase === undefined || entry === undefined) throw new Error("matcher index out of sync");
  return {
    id: entry.id,
    phrase: phrase.phrase,
    score: Math.round(c.score * 1e6) / 1e6,
    start: words[c.from]?.start ?? 0,
    end: words[c.to]?.end ?? 0,
    exactAccents: c.exact,
  };
}
