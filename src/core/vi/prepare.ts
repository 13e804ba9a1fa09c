/**
 * The text pipeline a message goes through before matching: clean-up, Telex/VNI repair, abbreviations.
 * Task codes should be read (extractTaskCodes) from the same prepared text or from normalizeInput's output.
 */
import { expandAbbreviations, expandMessageAbbreviations } from "./abbreviations.js";
import { normalizeInput } from "./normalize.js";
import { repairTelexText } from "./telex.js";

export function prepareMessage(text: string): string {
  return expandMessageAbbreviations(repairTelexText(separateSlashedWords(normalizeInput(text))));
}

/**
 * "Việc nào đang bị vướng/tạm dừng": two words joined by a slash are two words. Only between words of two
 * letters or more: dates and fractions ("25/7", "8/10") and "đ/c" (đồng chí) keep their slash.
 */
function separateSlashedWords(text: string): string {
  return text.replace(/(?<=\p{L}{2})\/(?=\p{L}{2})/gu, " / ");
}

/** Catalogue names are curated: no Telex repair, which could only damage foreign words in them. */
export function preparePhrase(phrase: string): string {
  return expandAbbreviations(normalizeInput(phrase));
}
