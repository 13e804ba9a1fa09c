/**
 * The text pipeline a message goes through before matching: clean-up, Telex/VNI repair, abbreviations.
 * Task codes should be read (extractTaskCodes) from the same prepared text or from normalizeInput's output.
 */
import { expandAbbreviations, expandMessageAbbreviations } from "./abbreviations.js";
import { normalizeInput } from "./normalize.js";
import { repairTelexText } from "./telex.js";

export function prepareMessage(text: string): string {
  return expandMessageAbbreviations(repairTelexText(normalizeInput(text)));
}

/** Catalogue names are curated: no Telex repair, which could only damage foreign words in them. */
export function preparePhrase(phrase: string): string {
  return expandAbbreviations(normalizeInput(phrase));
}
