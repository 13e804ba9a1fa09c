import { fold } from "../vi/index.js";

/**
 * A message as folded words, for cue and keyword checks: "Tỷ lệ 64%?" → " ty le 64 phan tram ".
 * The padding lets a phrase be looked up as " word word " without matching inside longer words.
 */
export interface FoldedText {
  words: string[];
  padded: string;
}

export function foldWords(text: string): FoldedText {
  // "100%" is a quantity; a bare "%" asks for a percentage ("đạt mấy %").
  // "738.291" and "18,05" stay one number (its digits), so a figure left over is seen whole.
  const words = fold(text.replace(/(\d)\s*%/g, "$1").replace(/%/g, " phần trăm ").replace(/(\d)[.,](?=\d)/g, "$1")).split(/[^a-z0-9/]+/).filter(Boolean);
  return { words, padded: ` ${words.join(" ")} ` };
}

export function foldPhrase(phrase: string): string {
  return foldWords(phrase).words.join(" ");
}

export function containsPhrase(text: FoldedText, foldedPhrase: string): boolean {
  return foldedPhrase.length > 0 && text.padded.includes(` ${foldedPhrase} `);
}

export function containsAny(text: FoldedText, foldedPhrases: readonly string[]): boolean {
  return foldedPhrases.some((p) => containsPhrase(text, p));
}
