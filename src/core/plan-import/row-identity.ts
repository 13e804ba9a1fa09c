/**
 * Which stored task a row of a re-imported file is, when the file carries no codes: its title, compared as
 * plain words (capitals, diacritics and punctuation aside), kept as a short hash so that a long title fits
 * a unique index; a title repeated in one plan counts its repeats ("#2"). Its numbering ("II.3") is kept
 * too, to recognise a row whose wording changed.
 */
import { plainWords } from "./words.js";

/** cyrb53: a small, well-spread 53-bit string hash (bryc, public domain). */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, "0");
}

/** The identity of a title: "t:" and the hash of its plain words. */
export function titleKey(title: string): string {
  return `t:${hash53(plainWords(title))}`;
}

/** Gives each row its key, counting repeats of a title in file order: the second "Kiểm tra CCHC" is "…#2". */
export function rowKeys(titles: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const key = titleKey(title);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}

/** The numbering path of a row: its part's numeral, its sub-part's number and its own ("II.1.3"). */
export function sourceRef(parts: ReadonlyArray<string | null>, rowNumber: number): string {
  const written = parts.filter((p): p is string => p !== null && p !== "").map((p) => p.replace(/[.)]+$/, ""));
  return written.length > 0 ? written.join(".") : `#${rowNumber}`;
}
