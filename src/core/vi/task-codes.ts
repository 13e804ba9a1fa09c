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
  /** A known plan's code named alone, with no task number after it ("KL23 việc nào giao Công an"): the plan's code. */
  plans(text: string): TaskCodeHit[];
}

const BEFORE = "(?<![\\p{L}\\p{N}])";
// Not a longer word or number, nor a date going on ("cchc 23-7-2023").
const AFTER = "(?![\\p{L}\\p{N}]|[-/.]\\d)";

/** A code's letters and digits as typed: "đ" or "d", each change between letters and digits or a hyphen spaced or not. */
function typedForm(code: string): string {
  const runs = fold(code).match(/[a-z]+|\d+/g) ?? [];
  return runs.map((run) => run.replace(/d/g, "[dđ]")).join("[\\s_-]?");
}

/**
 * Codes of two shapes: a prefix the bot knows (a plan's programme: "cchc 23-7" → CCHC23-07, whatever plans are
 * held), and the codes of the plans held, as their tasks are coded ("DA06-24-03", "CCHC23-2-01" for a code taken
 * twice) and typed (a known plan's tasks also with no separator before a two-digit number: "cchc2322"; a bare
 * prefix never, "cchc 2023" is a year).
 */
export function createTaskCodeFinder(prefixes: readonly string[], planCodes: readonly string[] = []): TaskCodeFinder {
  const alternatives = prefixes
    .map((p) => fold(p).replace(/[^a-z0-9]/g, "").replace(/d/g, "[dđ]"))
    .filter((p) => p !== "")
    .join("|");
  const pattern = new RegExp(`${BEFORE}(${alternatives})[\\s_-]?(\\d{2})[\\s_-]+(\\d{1,3})${AFTER}`, "giu");
  // The longest first, so that "CCHC23-2" is tried before "CCHC23"; the regex falls back to the shorter one.
  const known = [...new Set(planCodes.filter((c) => /[a-z]/i.test(c) && /\d/.test(c)))].sort((a, b) => b.length - a.length);
  const knownPattern = known.length === 0 ? null : new RegExp(`${BEFORE}(?:${known.map((c) => `(${typedForm(c)})`).join("|")})(?:[\\s_-]+(\\d{1,3})|(\\d{2}))${AFTER}`, "giu");
  const alonePattern = known.length === 0 ? null : new RegExp(`${BEFORE}(?:${known.map((c) => `(${typedForm(c)})`).join("|")})(?![\\p{L}\\p{N}]|[\\s_-]*\\d)`, "giu");
  // A plain regex for "is a prefix there at all" spares most messages the Unicode-aware one.
  const quickCheck = new RegExp(alternatives === "" ? "(?!)" : alternatives, "i");
  const knownQuick = new RegExp(known.length === 0 ? "(?!)" : [...new Set(known.map((c) => (fold(c).match(/[a-z]+/)?.[0] ?? "").replace(/d/g, "[dđ]")))].join("|"), "i");
  const knownHits = (regex: RegExp | null, text: string, withNumber: boolean): TaskCodeHit[] => {
    const hits: TaskCodeHit[] = [];
    if (!regex || !knownQuick.test(text)) return hits;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const which = known.findIndex((_, i) => m![i + 1] !== undefined);
      const number = withNumber ? (m[known.length + 1] ?? m[known.length + 2] ?? "") : "";
      hits.push({ code: withNumber ? `${known[which]}-${number.padStart(2, "0")}` : known[which]!, start: m.index, end: m.index + m[0].length });
    }
    return hits;
  };
  const find = (text: string): TaskCodeHit[] => {
    const hits = knownHits(knownPattern, text, true);
    if (quickCheck.test(text)) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const [whole, prefix = "", year = "", number = ""] = m;
        const hit = { code: `${fold(prefix).toUpperCase()}${year}-${number.padStart(2, "0")}`, start: m.index, end: m.index + whole.length };
        if (!hits.some((h) => h.start < hit.end && hit.start < h.end)) hits.push(hit);
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  };
  return { find, extract: (text) => [...new Set(find(text).map((h) => h.code))], plans: (text) => knownHits(alonePattern, text, false) };
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
