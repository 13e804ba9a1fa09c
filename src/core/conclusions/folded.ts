import { fold } from "../vi/index.js";

/**
 * The text folded letter by letter (lowercase, no diacritics, đ → d), the same length as the text, so that a
 * cue found in the folded text ("chu tri", "phoi hop voi") is cut from the text at the same offsets. Notices
 * arrive with and without diacritics; every cue is looked for in this form.
 */
export function foldSameLength(text: string): string {
  let out = "";
  for (const ch of text) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

/** A folded regex source between word boundaries (letters and digits, Vietnamese included). */
export function words(source: string, flags = "u"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}
