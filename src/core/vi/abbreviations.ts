/**
 * Expands abbreviations and chat shorthand into full words, so that "hstt", "HS TT" and "hồ sơ trực tuyến"
 * all reach the matcher as the same words. Works on accented and unaccented text. Catalogue phrases get
 * accented expansions (they are the reference the matcher compares against); a message typed without
 * diacritics gets its expansions without them too ("cap tk dinh danh" → "cap tai khoan dinh danh"), since a few
 * accented words among unaccented ones are held to their marks while their neighbours are not, and the message
 * reads as a mixture no one typed ("ho so de nghi cap tk dinh danh" was not understood).
 * Task codes ("CCHC23-07", "cchc 23-7") are never rewritten.
 */
import { ABBREVIATIONS, type Abbreviation } from "./abbreviation-table.js";
import { wordKeys, type WordKeys } from "./match-key.js";
import { fold } from "./normalize.js";
import { findTaskCodes } from "./task-codes.js";
import { tokenize, type Token } from "./tokens.js";

interface CompiledForm {
  readonly folds: readonly string[];
  /** Accented keys the form was written with, per word; unaccented input is always accepted. */
  readonly accents: readonly string[];
  /** Trimmed separators the form has between its words ("", "&", "-"). */
  readonly gaps: readonly string[];
  readonly expansion: string;
  readonly accentsRequired: boolean;
}

export type AbbreviationExpander = (text: string) => string;

export interface ExpanderOptions {
  /** Unaccented text gets unaccented expansions (for messages; catalogue phrases keep the table's accents). */
  readonly followTextAccents?: boolean;
}

export function createAbbreviationExpander(table: readonly Abbreviation[], options: ExpanderOptions = {}): AbbreviationExpander {
  const byFirstWord = compile(table);
  return (text) => {
    const words = tokenize(text);
    if (words.length === 0) return text;
    const keys = words.map((w) => wordKeys(w.text));
    const codes = findTaskCodes(text);
    const unaccented = options.followTextAccents === true && fold(text) === text.toLowerCase();
    let out = "";
    let copied = 0;
    for (let i = 0; i < words.length; ) {
      const word = words[i] as Token;
      const forms = byFirstWord.get((keys[i] as WordKeys).fold);
      const form = forms === undefined || codes.some((c) => word.start < c.end && word.end > c.start)
        ? undefined
        : forms.find((f) => formMatchesAt(f, text, words, keys, i));
      if (form === undefined) {
        i++;
        continue;
      }
      const last = words[i + form.folds.length - 1] as Token;
      out += text.slice(copied, word.start) + (unaccented ? fold(form.expansion) : form.expansion);
      copied = last.end;
      i += form.folds.length;
    }
    return copied === 0 ? text : out + text.slice(copied);
  };
}

/** Expands with the default table (ABBREVIATIONS), into accented words: for catalogue phrases. */
export const expandAbbreviations: AbbreviationExpander = createAbbreviationExpander(ABBREVIATIONS);

/** Expands a message with the default table, in the message's own accent style. */
export const expandMessageAbbreviations: AbbreviationExpander = createAbbreviationExpander(ABBREVIATIONS, { followTextAccents: true });

function compile(table: readonly Abbreviation[]): Map<string, CompiledForm[]> {
  const byFirstWord = new Map<string, CompiledForm[]>();
  for (const rule of table) {
    for (const form of rule.forms) {
      const words = tokenize(form);
      const first = words[0];
      if (first === undefined) continue;
      const keys = words.map((w) => wordKeys(w.text));
      const compiled: CompiledForm = {
        folds: keys.map((k) => k.fold),
        accents: keys.map((k) => k.acc),
        gaps: words.slice(1).map((w, k) => form.slice((words[k] as Token).end, w.start).trim()),
        expansion: rule.expansion,
        accentsRequired: rule.accentsRequired === true,
      };
      const list = byFirstWord.get(compiled.folds[0] ?? "") ?? [];
      list.push(compiled);
      byFirstWord.set(compiled.folds[0] ?? "", list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.folds.length - a.folds.length);
  return byFirstWord;
}

function formMatchesAt(form: CompiledForm, text: string, words: readonly Token[], keys: readonly WordKeys[], at: number): boolean {
  if (at + form.folds.length > words.length) return false;
  for (let k = 0; k < form.folds.length; k++) {
    const key = keys[at + k] as WordKeys;
    if (key.fold !== form.folds[k]) return false;
    if ((key.marked || form.accentsRequired) && key.acc !== form.accents[k]) return false;
    if (k > 0) {
      const gap = text.slice((words[at + k - 1] as Token).end, (words[at + k] as Token).start).trim();
      if (gap !== form.gaps[k - 1]) return false;
    }
  }
  return true;
}
