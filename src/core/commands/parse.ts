/**
 * parseTaskCommand: the chat commands that change a task, typed with or without diacritics, with polite
 * words, emoji and small typing slips. Anything that reads as a question is left to question answering:
 * "những nhiệm vụ nào đã hoàn thành", "tiến độ kế hoạch CCHC", "CCHC23-07", "xong chưa?".
 */
import type { Locale } from "../format.js";
import type { LocalDate } from "../local-date.js";
import { anotherTarget, Cursor, phrases, readTarget, type Phrase } from "./cursor.js";
import { findDates, type DateMatch } from "./dates.js";
import { freeText, isQuestion, looksLikeQuestion, REASON_LEAD, EVIDENCE_LEAD } from "./free-text.js";
import { scanMessage } from "./scan.js";
import type { CommandAction, ExtensionRef, IncompleteProblem, TaskCommand, TaskTarget } from "./types.js";
import {
  APPROVE, BLOCKED, CONFIRM, CONFIRM_TAIL, DATE_LEAD, DONE, DONE_FILLERS, ENGLISH, EXTEND, EXTEND_FILLERS, NOT_DONE, PERCENT_LEAD,
  POLITE, PREFIXES, PROGRESS, REFUSE, REQUEST_WORDS, RETURN, UNDO, UNDO_TAIL,
} from "./vocabulary.js";

const localeOf = (verb: Phrase): Locale => (ENGLISH.has(verb[0]!) ? "en" : "vi");

const PERCENT = /^(\d{1,3})(?:[.,]\d{1,2})?\s?(?:%|phan tram(?![\p{L}])|percent(?![\p{L}]))/u;
const REQUEST_ID = /^\d{1,6}$/;

export function parseTaskCommand(text: string, today: LocalDate): TaskCommand | undefined {
  const scan = scanMessage(text);
  // "% hoàn thành NV CCHC": a leading percent sign asks for a rate; a report never starts with one.
  if (scan.words.length === 0 || isQuestion(scan) || /^\s*%/.test(text)) return undefined;
  const c = new Cursor(scan);
  skipPrefixes(c);
  const start = c.i;
  for (const parse of [parseUndo, parseDecision, parseTaskChange]) {
    c.i = start;
    const command = parse(c, today);
    if (command) return command;
  }
  return undefined;
}

function skipPrefixes(c: Cursor): void {
  for (;;) {
    if (c.peek() && c.gapBefore().endsWith("@")) c.i++; // a mention: "@nhacviec_bot xong 3"
    else if (!c.takeAny(PREFIXES)) return;
  }
}

const incomplete = (action: CommandAction, problem: IncompleteProblem, locale: Locale): TaskCommand => ({ kind: "incomplete", action, problem, locale });

function parseUndo(c: Cursor): TaskCommand | undefined {
  const verb = c.takeAny(UNDO);
  if (!verb) return undefined;
  c.skipAll(UNDO_TAIL);
  return c.atEnd() ? { kind: "undo", locale: localeOf(verb) } : undefined;
}

function parseDecision(c: Cursor, today: LocalDate): TaskCommand | undefined {
  const start = c.i;
  let verb = c.takeAny(APPROVE);
  if (verb) {
    const locale = localeOf(verb);
    const ref = readExtensionRef(c);
    if (ref.kind !== "implicit" && anotherTarget(c)) return incomplete("approve_extension", "several_targets", locale);
    c.skipAll(DATE_LEAD);
    const date = dateAt(c, today);
    if (date) c.moveTo(date.end);
    const note = freeText(c.scan, c.offset(), REASON_LEAD);
    // "duyệt gia hạn cho Sở Tư pháp": which request is not clear enough to act on.
    if (ref.kind === "implicit" && !date && note && note === freeText(c.scan, c.offset()) && !/[,;:.\-–—]/.test(c.gapBefore())) return undefined;
    return { kind: "approve_extension", ref, ...(date ? { deadline: date.input } : {}), ...(note ? { note } : {}), locale };
  }
  c.i = start;
  verb = c.takeAny(REFUSE);
  if (verb) {
    const locale = localeOf(verb);
    const ref = readExtensionRef(c);
    if (ref.kind !== "implicit" && anotherTarget(c)) return incomplete("refuse_extension", "several_targets", locale);
    const reason = freeText(c.scan, c.offset(), REASON_LEAD);
    // The unit must learn why: a refusal without a reason is asked for again, not sent.
    if (!reason) return incomplete("refuse_extension", "reason_missing", locale);
    return { kind: "refuse_extension", ref, reason, locale };
  }
  c.i = start;
  verb = c.takeAny(CONFIRM);
  if (verb) {
    const locale = localeOf(verb);
    const target = readTarget(c);
    if (target && anotherTarget(c)) return incomplete("confirm", "several_targets", locale);
    c.takeAny(CONFIRM_TAIL);
    c.skipAll(POLITE);
    return c.atEnd() ? { kind: "confirm", target: target ?? { kind: "implicit" }, locale } : undefined;
  }
  c.i = start;
  verb = c.takeAny(RETURN);
  if (verb) {
    const locale = localeOf(verb);
    const target = readTarget(c);
    if (target && anotherTarget(c)) return incomplete("return", "several_targets", locale);
    const from = c.offset();
    const reason = freeText(c.scan, from, REASON_LEAD);
    // Without a task named, only a reason that is clearly one ("trả lại vì …", "trả lại: …") makes this a command.
    if (!target && reason && freeText(c.scan, from) === reason && !/[,;:.\-–—]/.test(c.gapBefore())) return undefined;
    if (!reason) return target || c.atEnd() ? incomplete("return", "reason_missing", locale) : undefined;
    return { kind: "return", target: target ?? { kind: "implicit" }, reason, locale };
  }
  return undefined;
}

/** "5", "yêu cầu 5", "#5" (a request number); "CCHC23-07" or "nhiệm vụ 3" (the task's pending request); nothing. */
function readExtensionRef(c: Cursor): ExtensionRef {
  const start = c.i;
  c.takeAny(REQUEST_WORDS);
  c.take(["so"]);
  const word = c.peek();
  const after = word ? c.scan.clean.slice(word.end, word.end + 2) : "";
  if (word && REQUEST_ID.test(word.key) && Number(word.key) > 0 && !/^\s?[/.-]\d/.test(after)) {
    c.i++;
    return { kind: "request", id: Number(word.key) };
  }
  c.i = start;
  return readTarget(c) ?? { kind: "implicit" };
}

function parseTaskChange(c: Cursor, today: LocalDate): TaskCommand | undefined {
  const lead = readTarget(c);
  const afterLead = c.i;
  for (const tail of [notDone, blocked, extend, progress, done]) {
    c.i = afterLead;
    const command = tail(c, lead, today);
    if (command) return command;
  }
  return undefined;
}

type Tail = (c: Cursor, lead: TaskTarget | undefined, today: LocalDate) => TaskCommand | undefined;

/** The target after the verb when none came before it; "several" when a second one follows. */
function targetAfterVerb(c: Cursor, lead: TaskTarget | undefined): TaskTarget | "several" | undefined {
  if (lead) return lead;
  const target = readTarget(c);
  return target && anotherTarget(c) ? "several" : target;
}

const notDone: Tail = (c, lead) => {
  const verb = c.takeAny(NOT_DONE);
  if (!verb) return undefined;
  const locale = localeOf(verb);
  const target = targetAfterVerb(c, lead);
  if (target === "several") return incomplete("not_done", "several_targets", locale);
  const reason = freeText(c.scan, c.offset(), REASON_LEAD);
  return { kind: "not_done", target: target ?? { kind: "implicit" }, ...(reason ? { reason } : {}), locale };
};

const blocked: Tail = (c, lead) => {
  const verb = c.takeAny(BLOCKED);
  if (!verb) return undefined;
  const locale = localeOf(verb);
  const target = targetAfterVerb(c, lead);
  if (target === "several") return incomplete("blocked", "several_targets", locale);
  const reason = freeText(c.scan, c.offset(), REASON_LEAD);
  if (!reason) return incomplete("blocked", "reason_missing", locale);
  return { kind: "blocked", target: target ?? { kind: "implicit" }, reason, locale };
};

const extend: Tail = (c, lead, today) => {
  const verb = c.takeAny(EXTEND);
  if (!verb) return undefined;
  const locale = localeOf(verb);
  c.skipAll(EXTEND_FILLERS);
  const target = targetAfterVerb(c, lead);
  if (target === "several") return incomplete("extend", "several_targets", locale);
  return extendBody(c, target ?? { kind: "implicit" }, today, locale);
};

/** The new deadline and the reason of an extension request, in either order, from the cursor on. */
function extendBody(c: Cursor, target: TaskTarget, today: LocalDate, locale: Locale): TaskCommand | undefined {
  c.skipAll(EXTEND_FILLERS);
  c.skipAll(DATE_LEAD);
  const from = c.offset();
  const date = dateAt(c, today) ?? introducedDate(c, from, today);
  if (!date) return looksLikeQuestion(c.scan, from) ? undefined : incomplete("extend", "date_missing", locale);
  // The reason may follow the date or come before it ("vì chờ ý kiến Bộ, đến 15/8").
  const before = date.start > from ? freeText(c.scan, from, REASON_LEAD, trimDateLead(c, from, date.start)) : "";
  const after = freeText(c.scan, date.end, REASON_LEAD);
  const reason = [before, after].filter((r) => r.length > 0).join("; ");
  if (!reason) return incomplete("extend", "reason_missing", locale);
  return { kind: "extend", target, deadline: date.input, reason, locale };
}

const progress: Tail = (c, lead) => {
  const verb = c.takeAny(PROGRESS);
  if (!verb) return undefined;
  const locale = localeOf(verb);
  let target = targetAfterVerb(c, lead);
  if (target === "several") return incomplete("progress", "several_targets", locale);
  c.skipAll(PERCENT_LEAD);
  target ??= readTarget(c);
  c.skipAll(PERCENT_LEAD);
  const percent = percentAt(c);
  return percent === undefined ? undefined : progressCommand(c, target ?? { kind: "implicit" }, percent, locale);
};

const done: Tail = (c, lead) => {
  const verb = c.takeAny(DONE);
  if (!verb) return undefined;
  const locale = localeOf(verb);
  let target = targetAfterVerb(c, lead);
  if (target === "several") return incomplete("done", "several_targets", locale);
  c.skipAll(phrases("duoc"));
  const percent = percentAt(c); // "hoàn thành 70%" is progress
  if (percent !== undefined) return progressCommand(c, target ?? { kind: "implicit" }, percent, locale);
  const beforeFillers = c.i;
  let separated = c.skipAll(DONE_FILLERS) > 0;
  // "hoàn thành nv cchc" talks about tasks in general (a question typed without "?"); a report names one.
  const namedTasksInGeneral = c.words.slice(beforeFillers, c.i).some((w) => TASK_WORDS_IN_GENERAL.has(w.key));
  if (!target) {
    target = readTarget(c);
    if (target && anotherTarget(c)) return incomplete("done", "several_targets", locale);
    if (target) separated = c.skipAll(DONE_FILLERS) > 0 || separated;
  }
  separated ||= /[,;:.\-–—]/.test(c.gapBefore());
  const from = c.offset();
  const evidence = freeText(c.scan, from, EVIDENCE_LEAD);
  if (evidence) {
    if (looksLikeQuestion(c.scan, from)) return undefined;
    if (!target) {
      const codes = [...new Set(c.words.filter((w) => w.code && w.start >= from).map((w) => w.code!))];
      if (codes.length > 1) return incomplete("done", "several_targets", locale);
      if (codes.length === 1) target = { kind: "code", code: codes[0]! };
      else if ((!separated || namedTasksInGeneral) && !/\d/.test(evidence)) return undefined;
    }
  }
  return { kind: "done", target: target ?? { kind: "implicit" }, ...(evidence ? { evidence } : {}), locale };
};

const TASK_WORDS_IN_GENERAL = new Set(["nv", "nhiem", "vu", "viec"]);

function progressCommand(c: Cursor, target: TaskTarget, percent: number, locale: Locale): TaskCommand {
  if (percent > 100) return incomplete("progress", "percent_out_of_range", locale);
  const note = freeText(c.scan, c.offset(), REASON_LEAD);
  if (percent === 100) return { kind: "done", target, ...(note ? { evidence: note } : {}), locale };
  return { kind: "progress", target, percent, ...(note ? { note } : {}), locale };
}

function percentAt(c: Cursor, pattern: RegExp = PERCENT): number | undefined {
  const word = c.peek();
  if (!word || !/^\d/.test(word.key)) return undefined;
  const m = pattern.exec(c.scan.folded.slice(word.start));
  if (!m) return undefined;
  c.moveTo(word.start + m[0].length);
  return Number(m[1]);
}

/** A date right at the cursor. */
function dateAt(c: Cursor, today: LocalDate): DateMatch | undefined {
  const from = c.offset();
  const first = findDates(c.scan.folded, from, today, c.scan.clean)[0];
  return first && c.scan.folded.slice(from, first.start).trim() === "" ? first : undefined;
}

/** A date further on: the first one introduced by "đến", "tới", "to"…, else the first one. */
function introducedDate(c: Cursor, from: number, today: LocalDate): DateMatch | undefined {
  const dates = findDates(c.scan.folded, from, today, c.scan.clean);
  return dates.find((d) => DATE_LEAD_BEFORE.test(c.scan.folded.slice(from, d.start))) ?? dates[0];
}

const DATE_LEAD_BEFORE = /(?:^|[^\p{L}\p{N}])(?:den|toi|sang|to|until|till|by)(?:\s+(?:het\s+)?ngay)?\s*$/u;

function trimDateLead(c: Cursor, from: number, end: number): number {
  const m = DATE_LEAD_BEFORE.exec(c.scan.folded.slice(from, end));
  return m ? from + m.index : end;
}

/**
 * The answer to a question the bot asked about one task ("📈 CCHC23-07: reply with the progress", "⏳ reply with
 * the new deadline and why"), read as the body of that command: "70", "70% đã trình UBND", "đến 15/8 vì chờ ý
 * kiến Bộ", with or without the command's own words typed again. Always a command: what the answer lacks (a
 * percent, a date, a reason) is said as for a typed command, never read as a question instead.
 */
export function parsePromptAnswer(prompt: { action: "progress" | "extend"; target: TaskTarget }, text: string, today: LocalDate, locale: Locale): TaskCommand {
  const c = new Cursor(scanMessage(text));
  skipPrefixes(c);
  if (prompt.action === "extend") {
    c.takeAny(EXTEND);
    return extendBody(c, prompt.target, today, locale) ?? incomplete("extend", "date_missing", locale);
  }
  c.takeAny(PROGRESS);
  c.skipAll(PERCENT_LEAD);
  const percent = percentAt(c, PROMPT_PERCENT);
  return percent === undefined ? incomplete("progress", "percent_missing", locale) : progressCommand(c, prompt.target, percent, locale);
}

/** Asked for a percent, a bare number is one ("70"); a date or a document number is not. */
const PROMPT_PERCENT = /^(\d{1,3})(?:[.,]\d{1,2})?(?:\s?(?:%|phan tram(?![\p{L}])|percent(?![\p{L}])))?(?![\p{N}]|[/.-]\p{N})/u;
