/**
 * Vietnamese text layer. Typical use on a message:
 *   const text = prepareMessage(raw);        // normalizeInput → repairTelexText → expandAbbreviations
 *   const codes = extractTaskCodes(text);
 *   const found = metricMatcher.find(text);  // createMatcher built once per catalogue
 */
export { MAX_INPUT_LENGTH, fold, normalizeInput } from "./normalize.js";
export { tokenize, tokens, type Token } from "./tokens.js";
export { matchKey, wordKeys, isLessMarked, type WordKeys } from "./match-key.js";
export { placeTone, splitTone, type Tone } from "./tones.js";
export { isPlainSyllable, isSyllable } from "./syllable.js";
export { repairTelex, repairTelexText } from "./telex.js";
export {
  DEFAULT_TASK_CODE_PREFIXES,
  createTaskCodeFinder,
  extractTaskCodes,
  findTaskCodes,
  type TaskCodeFinder,
  type TaskCodeHit,
} from "./task-codes.js";
export { ABBREVIATIONS, type Abbreviation } from "./abbreviation-table.js";
export { createAbbreviationExpander, expandAbbreviations, type AbbreviationExpander } from "./abbreviations.js";
export { prepareMessage, preparePhrase } from "./prepare.js";
export { createMatcher, type Entry, type Match, type Matcher, type MatcherOptions } from "./matcher.js";
