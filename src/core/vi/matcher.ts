/**
 * Finds catalogue phrases (metric names and aliases, scopes such as "cấp huyện", unit names) inside a
 * free-text question, typed with or without diacritics, with abbreviations, small typos or shuffled words.
 *
 * Pass the prepared message (prepareMessage) for best results; positions refer to the text passed to find.
 * Accents decide when present: "Sở Tư pháp" never matches "Sở Tài chính", "cấp xã" never "cấp huyện".
 * When different entries tie at the best score on the same words (the user typed "Trà My": Bắc or Nam?),
 * all of them are returned so the caller can ask.
 */
import type { Candidate } from "./alignment.js";
import { createCandidateSearch } from "./candidate-search.js";
import { buildCatalogueIndex, type CatalogueIndex } from "./catalogue-index.js";
import { preparePhrase } from "./prepare.js";
import { lastInputMemo } from "../memo.js";
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
  /**
   * Score each entry as if it were alone in the catalogue (for bestOfEach): a word of one entry may then be
   * a typo for a word of another ("activation" for "activations"). Default false: a catalogue word is itself.
   */
  readonly entriesApart?: boolean;
}

export interface Matcher<T> {
  /** Non-overlapping best matches, by position; ties on the same words are all reported. */
  find(text: string): Match<T>[];
  /** The highest-scoring match (the first one when tied: use top or find to see ties). */
  best(text: string): Match<T> | undefined;
  /** The best match together with the other entries tied with it on the same words. */
  top(text: string): Match<T>[];
  /**
   * For every entry found, its own best match — what `best` would give if that entry were alone in the
   * catalogue — in catalogue order. Lets one search score many entries that must not hide one another.
   */
  bestOfEach(text: string): Match<T>[];
}

/** Messages are capped by normalizeInput; this guards callers that skip it. */
const MAX_MESSAGE_WORDS = 400;
const TIE = 1e-9;
/** Selection bonus per extra word covered; smaller than any quality step of a single word. */
const LENGTH_BONUS = 0.01;

export function createMatcher<T>(entries: readonly Entry<T>[], options: MatcherOptions = {}): Matcher<T> {
  const minScore = options.minScore ?? 0.5;
  const index = buildCatalogueIndex(entries, options.preparePhrase ?? preparePhrase);
  const collect = createCandidateSearch(index, options.entriesApart ?? false);

  const find = (text: string): Match<T>[] => {
    const words = wordsOf(text);
    const chosen = select(collect(words, minScore), index);
    return chosen.map((c) => toMatch(c, words, index, entries)).sort(byPlace);
  };
  const top = (text: string): Match<T>[] => {
    const all = find(text);
    const first = highest(all);
    if (first === undefined) return [];
    return all.filter((m) => m.start === first.start && m.end === first.end && Math.abs(m.score - first.score) < TIE);
  };
  const bestOfEach = (text: string): Match<T>[] => {
    const words = wordsOf(text);
    const byEntry = new Map<number, Candidate[]>();
    for (const c of collect(words, minScore)) {
      const entry = index.phrases[c.phrase]?.entry ?? -1;
      const group = byEntry.get(entry);
      if (group === undefined) byEntry.set(entry, [c]);
      else group.push(c);
    }
    return [...byEntry.keys()]
      .sort((a, b) => a - b)
      .map((entry) => highest(select(byEntry.get(entry)!, index).map((c) => toMatch(c, words, index, entries)).sort(byPlace)))
      .filter((m): m is Match<T> => m !== undefined);
  };
  return { find, best: (text) => top(text)[0], top, bestOfEach };
}

const byPlace = <T>(a: Match<T>, b: Match<T>): number => a.start - b.start || b.score - a.score;

/** The first of the highest-scoring matches. */
function highest<T>(matches: readonly Match<T>[]): Match<T> | undefined {
  return matches.reduce<Match<T> | undefined>((b, m) => (b === undefined || m.score > b.score + TIE ? m : b), undefined);
}

// One message is searched by many matchers in a row (metrics, levels, units, areas): its words are read once.
const wordsOf = lastInputMemo((text): readonly Token[] => tokenize(text).slice(0, MAX_MESSAGE_WORDS));

/**
 * Greedy, best first; a candidate overlapping an accepted one is kept only when it covers exactly the same
 * words with the same score for a different entry: a tie to report. "Best" is the score plus a small bonus
 * per word covered, so that in an unaccented message the long "ty le kich hoat tai khoan dinh danh" wins
 * over "tai khoan dinh danh", which scores a little higher only because "danh" has no diacritics to miss.
 */
function select(candidates: Candidate[], index: CatalogueIndex): Candidate[] {
  const entryOf = (c: Candidate): number => index.phrases[c.phrase]?.entry ?? -1;
  const rank = (c: Candidate): number => c.score + LENGTH_BONUS * (c.to - c.from);
  candidates.sort((a, b) => rank(b) - rank(a) || b.score - a.score || a.from - b.from || a.phrase - b.phrase);
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
