/**
 * Catalogue words one typo away from a message word. Only letters-only words of 4+ letters that are
 * neither catalogue words nor real unaccented syllables are tried: "tuyn" is a typo for "tuyen", but
 * "truong" is the word trường, not a typo for "trung".
 */
import type { CatalogueIndex } from "./catalogue-index.js";
import { MIN_TYPO_LENGTH } from "./catalogue-index.js";
import { deletions, withinOneEdit } from "./edit-distance.js";
import { isPlainSyllable } from "./syllable.js";

const LETTERS = /^[a-z]+$/;
const MAX_TYPO_WORD = 16;
const NONE: readonly number[] = [];

/**
 * `known`: the word's own fold id when it is a catalogue word itself. A matcher whose entries are scored apart
 * (Matcher.bestOfEach) still looks for typos of such a word: it may be a word of one entry and a typo for
 * another's ("activation" for "activations"); alignment then refuses the typo within the word's own entry.
 */
export function typoCandidates(index: CatalogueIndex, folded: string, known?: number): readonly number[] {
  if (folded.length < MIN_TYPO_LENGTH - 1 || folded.length > MAX_TYPO_WORD) return NONE;
  if (!LETTERS.test(folded) || (known === undefined && index.foldIds.has(folded)) || isPlainSyllable(folded)) return NONE;
  const found: number[] = [];
  const consider = (id: number): void => {
    const word = index.foldById[id];
    if (id !== known && word !== undefined && !found.includes(id) && withinOneEdit(folded, word)) found.push(id);
  };
  index.typoIndex.get(folded)?.forEach(consider); // a letter left out: "tuyn" for "tuyen"
  for (const d of deletions(folded)) {
    const id = index.foldIds.get(d); // a letter added: "huyenn" for "huyen"
    if (id !== undefined && d.length >= MIN_TYPO_LENGTH) consider(id);
    index.typoIndex.get(d)?.forEach(consider); // a letter changed or two swapped
  }
  return found;
}
