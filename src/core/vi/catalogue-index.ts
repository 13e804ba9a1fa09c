/**
 * Everything the matcher precomputes from a catalogue: the words of every phrase with their keys,
 * postings from folded word to (phrase, position), and a deletion index for one-letter typos.
 * Each phrase is indexed as written and, when different, as prepared (abbreviations expanded),
 * so "UBND huyện Tiên Phước" is found from "ubnd huyen tien phuoc" and "ủy ban nhân dân huyện Tiên Phước".
 */
import { deletions } from "./edit-distance.js";
import { wordKeys, type WordKeys } from "./match-key.js";
import { normalizeInput } from "./normalize.js";
import { tokenize } from "./tokens.js";

/** Positions are stored in 5 bits of a posting and in a 32-bit mask: longer phrases are cut. */
export const MAX_PHRASE_WORDS = 32;
/** Shorter words are too easily turned into one another by a single typo. */
export const MIN_TYPO_LENGTH = 5;

// Function words a catalogue phrase may lose without changing what it names ("Sở Khoa học Công nghệ").
const STOPWORDS: ReadonlySet<string> = new Set(
  ["của", "và", "các", "những", "là", "tại", "trong", "theo", "cho", "với", "về", "được", "đã", "đang", "va"].map(
    (w) => wordKeys(w).acc,
  ),
);
const LETTERS = /^[a-z]+$/;

export interface IndexedWord {
  readonly keys: WordKeys;
  readonly foldId: number;
  readonly stop: boolean;
}

export interface IndexedPhrase {
  readonly entry: number;
  /** The phrase as the catalogue wrote it. */
  readonly phrase: string;
  readonly words: readonly IndexedWord[];
  /** Positions that may be missing from the message (see alignment.ts). */
  readonly droppable: readonly number[];
  /** Distinct positions that must be hit before alignment is worth trying. */
  readonly minHits: number;
}

export interface CatalogueIndex {
  readonly phrases: readonly IndexedPhrase[];
  readonly foldIds: ReadonlyMap<string, number>;
  readonly foldById: readonly string[];
  /** By fold id: phrase index * MAX_PHRASE_WORDS + position. */
  readonly postings: readonly Int32Array[];
  /** Deletion → fold ids of catalogue words (letters only, MIN_TYPO_LENGTH or longer). */
  readonly typoIndex: ReadonlyMap<string, readonly number[]>;
}

export function buildCatalogueIndex(
  entries: readonly { readonly phrases: readonly string[] }[],
  prepare: (phrase: string) => string,
): CatalogueIndex {
  const keyCache = new Map<string, WordKeys>();
  const foldIds = new Map<string, number>();
  const foldById: string[] = [];
  const postingLists: number[][] = [];
  const phrases: IndexedPhrase[] = [];

  const foldIdOf = (fold: string): number => {
    let id = foldIds.get(fold);
    if (id === undefined) {
      id = foldById.length;
      foldIds.set(fold, id);
      foldById.push(fold);
      postingLists.push([]);
    }
    return id;
  };

  entries.forEach((entry, entryIndex) => {
    const seen = new Set<string>();
    for (const phrase of entry.phrases) {
      for (const form of [normalizeInput(phrase), prepare(phrase)]) {
        const words = tokenize(form).slice(0, MAX_PHRASE_WORDS).map((t) => {
          const keys = keyCache.get(t.text) ?? wordKeys(t.text);
          keyCache.set(t.text, keys);
          return { keys, foldId: foldIdOf(keys.fold), stop: STOPWORDS.has(keys.acc) };
        });
        const signature = words.map((w) => w.keys.acc).join(" ");
        if (words.length === 0 || seen.has(signature)) continue;
        seen.add(signature);
        const phraseIndex = phrases.length;
        phrases.push({ entry: entryIndex, phrase, words, ...dropRules(words) });
        words.forEach((w, position) => postingLists[w.foldId]?.push(phraseIndex * MAX_PHRASE_WORDS + position));
      }
    }
  });

  return { phrases, foldIds, foldById, postings: postingLists.map((p) => Int32Array.from(p)), typoIndex: buildTypoIndex(foldById) };
}

/**
 * Which word may be missing: a function word in phrases of 3+ words; the first word of a 3-word name
 * ("Trà My" for "Bắc Trà My", "Tư pháp" for "Sở Tư pháp"); any content word but the last in phrases
 * with 4+ content words. Never the last word: "tỷ lệ hồ sơ trực tiếp" must not pass for "… trực tuyến".
 */
function dropRules(words: readonly IndexedWord[]): { droppable: number[]; minHits: number } {
  const n = words.length;
  const content = words.filter((w) => !w.stop).length;
  const droppable: number[] = [];
  if (n >= 3) {
    words.forEach((w, j) => {
      if (w.stop || (j === 0 && n === 3) || (content >= 4 && j < n - 1)) droppable.push(j);
    });
  }
  return { droppable, minHits: droppable.length > 0 ? n - 1 : n };
}

function buildTypoIndex(foldById: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  foldById.forEach((word, id) => {
    if (word.length < MIN_TYPO_LENGTH || !LETTERS.test(word)) return;
    for (const d of deletions(word)) {
      const ids = index.get(d);
      if (ids === undefined) index.set(d, [id]);
      else ids.push(id);
    }
  });
  return index;
}
