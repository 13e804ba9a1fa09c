/**
 * The search half of the matcher: which catalogue phrases a message could contain, and how each lines up.
 */
import { alignInOrder, alignReordered, type Candidate, type MessageWord } from "./alignment.js";
import type { CatalogueIndex, IndexedWord } from "./catalogue-index.js";
import { boundedMemo } from "../memo.js";
import { wordKeys } from "./match-key.js";
import type { Token } from "./tokens.js";
import { typoCandidates } from "./typo-lookup.js";

/**
 * Gathers alignments for the phrases anchored on the message's words (see CatalogueIndex.anchors).
 * Scratch arrays (per phrase and per catalogue word, stamped by call) are reused between calls — find is
 * synchronous — so a message costs work proportional to its anchored phrases, not to the catalogue.
 * The per-phrase check is written with typed arrays and no closures: it runs for every anchored phrase.
 */
export function createCandidateSearch(index: CatalogueIndex, entriesApart = false): (tokens: readonly Token[], minScore: number) => Candidate[] {
  const { anchors, phrases, foldIds, wordIds, wordStart, droppableMask } = index;
  const phraseStamp = new Int32Array(phrases.length);
  const wordStamp = new Int32Array(index.foldById.length);
  const wordSlot = new Int32Array(index.foldById.length);
  let generation = 0;
  // One such search runs per matcher for every message, and most words of a message are not in this
  // catalogue: their typo lookup costs a dozen map probes. It is remembered per word (see boundedMemo).
  const lookUp = boundedMemo((text): MessageWord => {
    const keys = wordKeys(text);
    const foldId = foldIds.get(keys.fold) ?? -1;
    const typoIds = foldId < 0 ? typoCandidates(index, keys.fold) : entriesApart ? typoCandidates(index, keys.fold, foldId) : [];
    return { keys, foldId, typoIds, ids: foldId < 0 ? typoIds : [foldId, ...typoIds] };
  });

  return (tokens: readonly Token[], minScore: number): Candidate[] => {
    if (++generation === 0x7fffffff) {
      phraseStamp.fill(0);
      wordStamp.fill(0);
      generation = 1;
    }
    // Message positions of every catalogue word present, directly or through a typo.
    const positions: number[][] = [];
    const msg: MessageWord[] = tokens.map((t, i) => {
      const word = lookUp(t.text);
      for (const id of word.ids) {
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
      for (const id of m.ids) {
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
          if (missing !== -2) collectPhrase(p, index, msg, positionsOf, missing, minScore, found, entriesApart);
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
  entriesApart: boolean,
): void {
  const phrase = index.phrases[p];
  if (phrase === undefined) return;
  const own = entriesApart ? index.entryWords[phrase.entry] : undefined;
  const words = phrase.words;
  const firstFound = found.length;
  const skipCount = missing >= 0 ? 1 : phrase.droppable.length + 1;
  for (let k = 0; k < skipCount; k++) {
    const skip = missing >= 0 ? missing : k === 0 ? -1 : (phrase.droppable[k - 1] as number);
    for (const s of positionsOf((words[skip === 0 ? 1 : 0] as IndexedWord).foldId)) {
      keepBest(found, firstFound, alignInOrder(p, phrase, msg, s, skip, own), minScore);
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
  for (let s = low; s + words.length - 1 <= high; s++) keepBest(found, firstFound, alignReordered(p, phrase, msg, s, own), minScore);
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
