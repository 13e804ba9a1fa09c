/**
 * Plan task codes such as "CCHC23-07" (plan prefix, two-digit year, task number), however they were typed:
 * "cchc23 07", "CCHC 23-7", "cchc-23-07". Dates are not codes: "cchc 25/7" and "cchc 23-7-2023" are left out.
 */
import { fold } from "./normalize.js";

/**
 * The prefixes of the codes the bot's plans use: CCHC and CĐS plans, and those it gives itself (core/plan-import/
 * codes.ts): "KL" for a conclusion notice's tasks ("KL23-03"), "GV" for assignments made in chat, "KH" for other plans.
 */
export const DEFAULT_TASK_CODE_PREFIXES: readonly string[] = ["CCHC", "CĐS", "KL", "GV", "KH"];

export interface TaskCodeHit {
  /** Canonical form: folded uppercase prefix, year, hyphen, number padded to two digits. */
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

export interface TaskCodeFinder {
  find(text: string): TaskCodeHit[];
  /** Distinct canonical codes in order of appearance. */
  extract(text: string): string[];
}

export function createTaskCodeFinder(prefixes: readonly string[]): TaskCodeFinder {
  const alternatives = prefixes
    .map((p) => fold(p).replace(/[^a-z0-9]/g, "").replace(/d/g, "[dđ]"))
    .filter((p) => p !== "")
    .join("|");
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${alternatives})[\\s_-]?(\\d{2})[\\s_-]+(\\d{1,3})(?![\\p{L}\\p{N}]|[-/.]\\d)`,
    "giu",
  );
  // A plain regex for "is a prefix there at all" spares most messages the Unicode-aware one.
  const quickCheck = new RegExp(alternatives === "" ? "(?!)" : alternatives, "i");
  const find = (text: string): TaskCodeHit[] => {
    const hits: TaskCodeHit[] = [];
    if (!quickCheck.test(text)) return hits;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const [whole, prefix = "", year = "", number = ""] = m;
      hits.push({ code: `${fold(prefix).toUpperCase()}${year}-${number.padStart(2, "0")}`, start: m.index, end: m.index + whole.length });
    }
    return hits;
  };
  return { find, extract: (text) => [...new Set(find(text).map((h) => h.code))] };
}

const defaultFinder = createTaskCodeFinder(DEFAULT_TASK_CODE_PREFIXES);

/** "xem cchc 23-7 và CCHC23-08" → ["CCHC23-07", "CCHC23-08"]. */
export function extractTaskCodes(text: string): string[] {
  return defaultFinder.extract(text.normalize("NFC"));
}

/** Positions of the default task codes, for stages that must not rewrite inside them. */
export function findTaskCodes(text: string): TaskCodeHit[] {
  return defaultFinder.find(text);
}
