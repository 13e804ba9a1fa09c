/**
 * An assignment typed in chat: "giao Sở TTTT chủ trì rà soát thủ tục hành chính, hạn 30/9". Only the
 * imperative shape is one: the message starts with "giao" (or "giao cho") followed by a unit's name. Questions
 * about assignments are left to the understanding: "giao cho ai", "giao việc gì cho Sở TTTT?", "Sở TTTT được
 * giao việc gì" (it does not start with "giao"), anything ending with a question mark. Pure: the unit names are
 * found by the finder given.
 */
import { readDeadline } from "../conclusions/deadline.js";
import type { LocalDate } from "../local-date.js";
import type { Unit } from "../model.js";
import { fold } from "../vi/index.js";

export interface AssignmentText {
  lead: Unit;
  cooperating: Unit[];
  /** What to do, as written, without the unit, the cooperation and the deadline. */
  title: string;
  /** The deadline, resolved against today; null when the message states none (the bot asks). */
  deadline: LocalDate | null;
  deadlineText: string | null;
  /** A plan named in the message ("kế hoạch CCHC23", "thuộc kế hoạch chuyển đổi số"), as written. */
  plan: string | null;
}

export type AssignmentRead = { ok: true; assignment: AssignmentText } | { ok: false; problem: "no-unit" | "no-task"; unitText: string };

const QUESTION_AFTER = /^(?:ai|gi|viec gi|nhiem vu gi|nhung gi|cai gi|nao|don vi nao|bao nhieu|the nao|khi nao|chua|duoc khong|cho ai)(?:\s|$|[?,.])/u;
/** A question about an assignment, wherever its question words stand ("… xong chưa, ngày nào", "… theo quyết định nào"). */
const QUESTION_ANYWHERE = /(?:\b(?:xong chua|bao gio|khi nao|luc nao|the nao|ra sao|la gi|o dau|bao nhieu|phai khong|duoc chua|chua ta|co khong|cho ai|ai chu tri|ai phu trach)\b|\b(?:nao|chua|gi|khong)\s*[.!]*$)/u;
const LEAD_WORD_START = /^\s*,?\s*(?:chủ trì|chu tri)(?![\p{L}])\s*,?\s*/iu;

/**
 * The unit whose name (or short name, or alias) is found first in a text, with its place; undefined when none
 * is (or when two units tie). The app builds it with the questions' accent-aware matcher.
 */
export type UnitFinder = (text: string) => { unit: Unit; start: number; end: number } | undefined;

/** undefined: not an assignment (a question, or another message). */
export function readAssignment(text: string, finder: UnitFinder, today: LocalDate): AssignmentRead | undefined {
  const t = text.normalize("NFC").trim();
  const head = /^giao\s+(?:cho\s+)?/iu.exec(t);
  // An assignment is never asked: a question mark anywhere ("giao nv … cho ai vậy? ai chủ trì") makes a question.
  if (!head || /\?/u.test(t)) return undefined;
  let rest = t.slice(head[0].length).trim();
  if (QUESTION_AFTER.test(fold(rest)) || QUESTION_ANYWHERE.test(fold(t))) return undefined;

  const plan = /\s*[,;(]?\s*(?:thuộc|thuoc|vào|vao|trong)?\s*(?:kế hoạch|ke hoach)\s+([^,;()]+?)\s*\)?\s*(?=[,;]|$)/iu.exec(rest);
  if (plan) rest = (rest.slice(0, plan.index) + rest.slice(plan.index + plan[0].length)).trim();

  // The unit: the name the message starts with ("Sở TTTT chủ trì, …", "Công an tỉnh triển khai …").
  const first = unitAt(finder, rest);
  if (!first) {
    // "Giao biên chế công chức năm 2023 …" names a task, not a unit: only "giao <tên> chủ trì …" is an
    // assignment to a unit the bot does not know, answered as such.
    const named = /^(.{2,60}?)\s*,?\s*(?:chủ trì|chu tri)(?![\p{L}])/iu.exec(rest);
    return named ? { ok: false, problem: "no-unit", unitText: named[1]!.trim() } : undefined;
  }
  const leadUnit = first.unit;
  let body = rest.slice(first.end).replace(LEAD_WORD_START, "");

  // "phối hợp với Sở Nội vụ, Sở Tài chính …": the units named one after the other; what follows is the task again.
  const cooperating: Unit[] = [];
  const withWord = /[,;]?\s*(?:phối hợp với|phoi hop voi|phối hợp|phoi hop)\s+/iu.exec(body);
  if (withWord) {
    let after = body.slice(withWord.index + withWord[0].length);
    for (let next = unitAt(finder, after); next; next = unitAt(finder, after)) {
      if (next.unit.id !== leadUnit.id && !cooperating.some((u) => u.id === next!.unit.id)) cooperating.push(next.unit);
      after = after.slice(next.end);
      const joiner = /^\s*(?:,\s*(?:và\s+|va\s+)?|;\s*|\s+và\s+|\s+va\s+)/iu.exec(after);
      if (!joiner || !unitAt(finder, after.slice(joiner[0].length))) break;
      after = after.slice(joiner[0].length);
    }
    if (cooperating.length > 0) body = `${body.slice(0, withWord.index)} ${after}`;
  }
  const deadline = readDeadline(body, today);
  if (deadline) body = body.slice(0, deadline.start).replace(/[,;]?\s*(?:hạn chót|han chot|hạn|han|thời hạn|thoi han|trước ngày|truoc ngay|trước|truoc|hoàn thành trước|hoan thanh truoc|hoàn thành|hoan thanh|xong trước|đến|den)?\s*:?\s*$/iu, "") + body.slice(deadline.end);
  const title = body.replace(/^[\s,:;.-]+|[\s,:;.-]+$/gu, "").replace(/^(?:việc|viec|nhiệm vụ|nhiem vu)\s+/iu, "").replace(/\s{2,}/gu, " ");
  if (title.split(/\s+/u).filter(Boolean).length < 2) return { ok: false, problem: "no-task", unitText: leadUnit.name };
  return {
    ok: true,
    assignment: {
      lead: leadUnit,
      cooperating,
      title: title.charAt(0).toLocaleUpperCase("vi") + title.slice(1),
      deadline: deadline?.date ?? null,
      deadlineText: deadline?.text ?? null,
      plan: plan ? plan[1]!.trim() : null,
    },
  };
}

/** A unit named at the very start of the text (after spaces), and where its name ends. */
function unitAt(finder: UnitFinder, text: string): { unit: Unit; end: number } | undefined {
  const lead = text.length - text.trimStart().length;
  const found = finder(text.trimStart());
  return found && found.start === 0 ? { unit: found.unit, end: lead + found.end } : undefined;
}
