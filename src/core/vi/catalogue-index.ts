/**
 * Everything the matcher precomputes from a catalogue: the words of every phrase with their keys,
 * anchor postings from folded word to phrase, and a deletion index for one-letter typos.
 * Each phrase is indexed as written and, when different, as prepared (abbreviations expanded),
 * so "UBND huyện Tiên Phước" is found from "ubnd huyen tien phuoc" and "ủy ban nhân dân huyện Tiên Phước".
 */
import { deletions } from "./edit-distance.js";
import { wordKeys, type WordKeys } from "./match-key.js";
import { normalizeInput } from "./normalize.js";
import { tokenize } from "./tokens.js";

/** Longer phrases are cut: catalogue entries are names, not sentences. */
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
}

export interface CatalogueIndex {
  readonly phrases: readonly IndexedPhrase[];
  readonly foldIds: ReadonlyMap<string, number>;
  readonly foldById: readonly string[];
  /**
   * By fold id: the phrases anchored on that word. A phrase is anchored on its rarest word that may not be
   * missing (or on its two rarest words if any may be): every message that can match the phrase contains
   * an anchor, and frequent words ("xã", "huyện", "ủy ban") do not make every phrase a candidate.
   */
  readonly anchors: readonly Int32Array[];
  /** Fold ids of all phrase words end to end; phrase p owns wordIds[wordStart[p] .. wordStart[p + 1]). */
  readonly wordIds: Int32Array;
  readonly wordStart: Int32Array;
  /** Per phrase, bit j set when word j may be missing: lets the hot loop check a phrase with typed arrays. */
  readonly droppableMask: Int32Array;
  /** Deletion → fold ids of catalogue words (letters only, MIN_TYPO_LENGTH or longer). */
  readonly typoIndex: ReadonlyMap<string, readonly number[]>;
  /** By entry: the fold ids of all its phrases' words. */
  readonly entryWords: readonly ReadonlySet<number>[];
}

export function buildCatalogueIndex(
  entries: readonly { readonly phrases: readonly string[] }[],
  prepare: (phrase: string) => string,
): CatalogueIndex {
  const foldIds = new Map<string, number>();
  const foldById: string[] = [];
  const frequency: number[] = [];
  const phrases: IndexedPhrase[] = [];

  const foldIdOf = (fold: string): number => {
    let id = foldIds.get(fold);
    if (id === undefined) {
      id = foldById.length;
      foldIds.set(fold, id);
      foldById.push(fold);
      frequency.push(0);
    }
    return id;
  };

  entries.forEach((entry, entryIndex) => {
    const seen = new Set<string>();
    for (const phrase of entry.phrases) {
      const raw = normalizeInput(phrase);
      const prepared = prepare(phrase);
      for (const form of raw === prepared ? [raw] : [raw, prepared]) {
        const words = tokenize(form).slice(0, MAX_PHRASE_WORDS).map((t) => {
          const keys = wordKeys(t.text);
          return { keys, foldId: foldIdOf(keys.fold), stop: STOPWORDS.has(keys.acc) };
        });
        const signature = words.map((w) => w.keys.acc).join(" ");
        if (words.length === 0 || seen.has(signature)) continue;
        seen.add(signature);
        phrases.push({ entry: entryIndex, phrase, words, ...dropRules(words) });
        for (const id of new Set(words.map((w) => w.foldId))) frequency[id] = (frequency[id] ?? 0) + 1;
      }
    }
  });

  return {
    phrases,
    foldIds,
    foldById,
    anchors: buildAnchors(phrases, frequency),
    wordIds: Int32Array.from(phrases.flatMap((p) => p.words.map((w) => w.foldId))),
    wordStart: offsets(phrases.map((p) => p.words.length)),
    droppableMask: Int32Array.from(phrases.map((p) => p.droppable.reduce((mask, j) => mask | (1 << j), 0))),
    typoIndex: buildTypoIndex(foldById),
    entryWords: entries.map((_, e) => new Set(phrases.filter((p) => p.entry === e).flatMap((p) => p.words.map((w) => w.foldId)))),
  };
}

function offsets(lengths: readonly number[]): Int32Array {
  const out = new Int32Array(lengths.length + 1);
  lengths.forEach((length, i) => (out[i + 1] = (out[i] as number) + length));
  return out;
}

function buildAnchors(phrases: readonly IndexedPhrase[], frequency: readonly number[]): Int32Array[] {
  const lists: number[][] = frequency.map(() => []);
  phrases.forEach((p, phraseIndex) => {
    const byRarity = (a: number, b: number): number => (frequency[a] ?? 0) - (frequency[b] ?? 0);
    const mandatory = p.words.filter((_, j) => !p.droppable.includes(j)).map((w) => w.foldId).sort(byRarity);
    const anchors = mandatory.length > 0 ? mandatory.slice(0, 1) : p.words.map((w) => w.foldId).sort(byRarity).slice(0, 2);
    for (const id of new Set(anchors)) lists[id]?.push(phraseIndex);
  });
  return lists.map((l) => Int32Array.from(l));
}

/**
 * Which word may be missing: a function word in phrases of 3+ words; the first word of a 3-word name
 * ("Trà My" for "Bắc Trà My", "Tư pháp" for "Sở Tư pháp"); in phrases with 4+ content words, any content
 * word but the last two ("ủy ban nhân dân Tiên Phước" for "… huyện Tiên Phước"). The end of a phrase is
 * what tells it apart: "tỷ lệ hồ sơ trực tiếp" must not pass for "… trực tuyến", and "UBND huyện Phước Sơn"
 * not for "UBND huyện Tiên Phước" without "Tiên".
 */
function dropRules(words: readonly IndexedWord[]): { droppable: number[] } {
  const n = words.length;
  const content = words.filter((w) => !w.stop).length;
  const droppable: number[] = [];
  if (n >= 3) {
    words.forEach((w, j) => {
      if (w.stop || (j === 0 && n === 3) || (content >= 4 && j < n - 2)) droppable.push(j);
    });
  }
  return { droppable };
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
