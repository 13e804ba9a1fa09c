import { fold } from "../vi/index.js";

/** A header or a cell folded for comparison: no diacritics, lowercase, punctuation and line breaks as single spaces. */
export function plainWords(text: string): string {
  return fold(text.normalize("NFC"))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Does `phrase` (plain words) occur in `text` (plain words) as whole words? */
export function hasWords(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}
