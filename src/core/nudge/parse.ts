/**
 * A nudge asked for in chat: "nhắc Sở Tài chính về CCHC23-32", "nhắc lại Sở Tài chính về nhiệm vụ 32: đề nghị
 * báo cáo trước thứ Sáu", "… gửi ngay". The secretariat or a leader sends the unit a reminder now, outside the
 * schedule. Read before the task commands; the task is what it names, the unit only as typed.
 */
import { scanMessage } from "../commands/scan.js";
import type { Locale } from "../format.js";

export interface NudgeRequest {
  task: { kind: "code"; code: string } | { kind: "number"; number: number };
  /** The unit as typed ("Sở Tài chính"), to check against the task's lead unit. */
  unitText: string;
  /** The sender's own words for the unit, if any. */
  note?: string;
  /** "Gửi ngay": not held back until working hours. */
  immediate: boolean;
  locale: Locale;
}

const VERB = /^(?:nhac lai|nhac nho|nhac|don doc|remind|nudge)\s+/;
const ABOUT = /\s(?:ve|about)\s+/g;
/** "việc", "nhiệm vụ số" before the code or number: optional with a code, needed with a bare number. */
const TASK_WORD = /^(?:nhiem vu|nv|viec|cong viec|task)\s*(?:so\s*)?/;
const NUMBER = /^(\d{1,3})(?![\d/.,]\d)\b/;
const IMMEDIATE = /(?:^|[\s,;.])(?:gui ngay|ngay lap tuc|send now|now)\s*$/;

export function parseNudge(text: string): NudgeRequest | undefined {
  const scan = scanMessage(text);
  const folded = scan.folded;
  const verb = VERB.exec(folded);
  if (!verb) return undefined;
  for (const about of folded.matchAll(ABOUT)) {
    const at = about.index + about[0].length;
    const unitText = scan.clean.slice(verb[0].length, about.index).trim();
    if (unitText.length === 0) continue;
    const word = TASK_WORD.exec(folded.slice(at));
    const from = at + (word?.[0].length ?? 0);
    const code = scan.words.find((w) => w.code && w.start === from);
    const number = code || !word ? undefined : NUMBER.exec(folded.slice(from));
    if (!code && !number) continue;
    const end = code ? code.end : from + number![0].length;
    let rest = scan.clean.slice(end);
    const immediate = IMMEDIATE.test(scanMessage(rest).folded);
    if (immediate) rest = rest.replace(/[\s,;.]*(?:gửi ngay|gui ngay|ngay lập tức|ngay lap tuc|send now|now)\s*$/iu, "");
    const note = rest.replace(/^[\s,;:.\-–—]+/u, "").replace(/^(?:rằng|rang|là|la)\s+/iu, "").trim();
    return {
      task: code ? { kind: "code", code: code.code! } : { kind: "number", number: Number(number![1]) },
      unitText,
      ...(note ? { note } : {}),
      immediate,
      locale: /^(?:remind|nudge)\b/.test(folded) ? "en" : "vi",
    };
  }
  return undefined;
}
