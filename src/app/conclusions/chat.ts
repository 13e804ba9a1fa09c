/**
 * Conclusions as tasks in chat (issue #11, item 3): the secretariat pastes a conclusion notice or a meeting
 * article (or sends it as a file, see plan-import/chat.ts); the bot proposes the tasks, numbered, each with its
 * units, deadline and the sentence it came from. "bỏ 3", "sửa hạn 2 thành 15/8", "sửa đơn vị 1 thành Công an
 * tỉnh" change the list; "xác nhận" creates the tasks in a new conclusion plan once each has a lead and a
 * deadline; "hủy" drops them. Nothing is created before "xác nhận".
 */
import { type AssignedUnit, type ProposedTask, parseProposalEdit, proposeTasks, readNoticeDate } from "../../core/conclusions/index.js";
import { foldSameLength } from "../../core/conclusions/folded.js";
import { findDates } from "../../core/commands/dates.js";
import { formatDate, type Locale } from "../../core/format.js";
import { vnDate, type LocalDate } from "../../core/local-date.js";
import type { Person, Unit } from "../../core/model.js";
import { UNIT_GROUPS, createUnitResolver, findGroups, newPlanCode, usualSecretariat } from "../../core/plan-import/index.js";
import { reply, type Reply } from "../../core/reply.js";
import { fold } from "../../core/vi/index.js";
import type { ChatFeature, FeatureOutcome } from "../chat-feature.js";
import { createDraftBox, decisionOf, type DraftBox } from "../drafts.js";
import type { InboundMessage } from "../messages.js";
import type { PlanImportStore } from "../plan-import/ports.js";
import type { PeopleStore } from "../ports.js";
import { proposalsReply } from "./proposal-view.js";
import { type NewTask, writeNewTasks } from "./write-tasks.js";
import { type TellDeps, tellUnit } from "../assignments/tell-unit.js";

export interface ConclusionChatDeps {
  store: PlanImportStore;
  people: Pick<PeopleStore, "personByIdentity">;
  translate(locale: Locale, r: Reply): string;
  drafts?: DraftBox;
  /** The lead units are told of their new tasks as of an assignment; absent: not told. */
  notify?: TellDeps;
}

interface Proposal {
  noticeDate: LocalDate;
  source: string;
  tasks: ProposedTask[];
}

const KIND = "conclusions";
/** A pasted text this short is a question or a command, not a notice. */
const MIN_NOTICE_LENGTH = 160;
const NOTICE_WORDS = /\b(ket luan|chi dao|giao|de nghi|yeu cau|thong bao)\b/u;
/** Messages that are other commands however long they are: a KPI update, a task's report, a nudge. */
const OTHER_COMMAND = /^\s*(?:cap nhat|update|xong|chua xong|tien do|nhac|xin gia han|duyet|tu choi|vuong|giao)\b/u;

export interface ConclusionChat extends ChatFeature {
  /** A notice's text (pasted, or read from a file): the proposed tasks. */
  propose(message: InboundMessage, text: string, now: Date): Promise<FeatureOutcome | undefined>;
}

export function createConclusionChat(deps: ConclusionChatDeps): ConclusionChat {
  const drafts = deps.drafts ?? createDraftBox();
  const locale: Locale = "vi";
  const out = (action: string, replies: Reply[], extra: Partial<FeatureOutcome> = {}): FeatureOutcome => ({ action, locale, replies, notices: [], ...extra });
  const words = (key: string) => deps.translate(locale, reply(key));
  const buttons = () => [words("plan-chat-button-confirm"), words("plan-chat-button-cancel")];
  const secretariat = async (message: InboundMessage): Promise<Person | null> => {
    const person = await deps.people.personByIdentity(message.channel, message.sender.id);
    return person && (person.role === "secretariat" || person.role === "admin") ? person : null;
  };
  const shown = (p: Proposal): Reply[] => [proposalsReply(p.tasks, p.noticeDate, locale), reply("conclusions-chat-how")];

  async function propose(message: InboundMessage, text: string, now: Date, fromFile = true): Promise<FeatureOutcome | undefined> {
    if (!(await secretariat(message))) return fromFile ? out("conclusions", [reply("plan-chat-not-allowed")]) : undefined;
    const noticeDate = readNoticeDate(text) ?? vnDate(now);
    const units = await deps.store.units();
    const tasks = proposeTasks(text, noticeDate, units);
    if (tasks.length === 0) return fromFile ? out("conclusions", [reply("conclusions-none-found")]) : undefined;
    const proposal: Proposal = { noticeDate, source: firstLine(text), tasks };
    drafts.put(message, KIND, proposal, now);
    return out("conclusions", shown(proposal), { suggestions: buttons() });
  }

  async function edit(message: InboundMessage, proposal: Proposal, now: Date): Promise<FeatureOutcome | undefined> {
    const decision = decisionOf(message.text);
    if (decision === "cancel") {
      drafts.drop(message);
      return out("conclusions_cancel", [reply("conclusions-chat-cancelled")]);
    }
    if (decision) return confirm(message, proposal, now);
    const change = parseProposalEdit(message.text);
    if (!change) return undefined;
    const count = proposal.tasks.length;
    const outOfList = (n: number) => out("conclusions_edit", [reply("conclusions-chat-no-such", { number: n, count })]);
    if (change.kind === "drop") {
      const wrong = change.numbers.find((n) => n < 1 || n > count);
      if (wrong !== undefined) return outOfList(wrong);
      const tasks = proposal.tasks.filter((_, i) => !change.numbers.includes(i + 1));
      if (tasks.length === 0) {
        drafts.drop(message);
        return out("conclusions_cancel", [reply("conclusions-chat-all-dropped")]);
      }
      return updated(message, { ...proposal, tasks }, now);
    }
    if (change.number < 1 || change.number > count) return outOfList(change.number);
    const task = proposal.tasks[change.number - 1]!;
    if (change.kind === "deadline") {
      const date = typedDeadline(change.text, proposal.noticeDate);
      if (!date) return out("conclusions_edit", [reply("conclusions-chat-bad-deadline", { text: change.text })]);
      return replaceTask(message, proposal, change.number, { ...task, deadline: date, deadlineText: change.text }, now);
    }
    const lead = await leadOf(change.text);
    if ("problem" in lead) return out("conclusions_edit", [lead.problem]);
    const others = task.units.slice(1).filter((u) => u.name !== lead.unit.name);
    return replaceTask(message, proposal, change.number, { ...task, units: [lead.unit, ...others] }, now);
  }

  async function leadOf(text: string): Promise<{ unit: AssignedUnit } | { problem: Reply }> {
    const units = await deps.store.units();
    const found = createUnitResolver(units).resolve(text);
    if (found.units.length === 1 && found.unknown.length === 0 && found.ambiguous.length === 0) {
      const u = found.units[0]!;
      return { unit: { kind: "unit", code: u.code, name: u.name, written: text } };
    }
    const group = findGroups(text)[0];
    if (group) return { unit: { kind: "group", name: group.group.name, written: text } };
    const closest = [...found.unknown.flatMap((u) => u.closest), ...found.ambiguous.flatMap((a) => a.options)].map((u) => u.name);
    return { problem: reply("conclusions-chat-unknown-unit", { name: text, closest: [...new Set(closest)].slice(0, 3).join("; ") || "none" }) };
  }

  function replaceTask(message: InboundMessage, proposal: Proposal, number: number, task: ProposedTask, now: Date) {
    return updated(message, { ...proposal, tasks: proposal.tasks.map((t, i) => (i === number - 1 ? task : t)) }, now);
  }

  function updated(message: InboundMessage, proposal: Proposal, now: Date): FeatureOutcome {
    drafts.put(message, KIND, proposal, now);
    return out("conclusions_edit", shown(proposal), { suggestions: buttons() });
  }

  async function confirm(message: InboundMessage, proposal: Proposal, now: Date): Promise<FeatureOutcome> {
    const person = await secretariat(message);
    if (!person) return out("conclusions_confirm", [reply("plan-chat-not-allowed")]);
    const missing = proposal.tasks.flatMap((t, i) => [
      // A group leads only when it is one the bot keeps ("Các sở, ban, ngành"); another is the secretariat's to name.
      ...(t.units[0]?.kind === "unit" || (t.units[0]?.kind === "group" && groupKey(t.units[0].name) !== null) ? [] : [reply("conclusions-chat-missing-lead", { number: i + 1 })]),
      ...(t.deadline === null ? [reply("conclusions-chat-missing-deadline", { number: i + 1, text: t.deadlineText ?? "none" })] : []),
    ]);
    if (missing.length > 0) return out("conclusions_confirm", [reply("conclusions-chat-missing"), ...missing]);
    const [units, plans] = await Promise.all([deps.store.units(), deps.store.plans()]);
    const followUp = followUpUnit(person, plans, units);
    const byCode = new Map(units.map((u) => [u.code, u]));
    const tasks = proposal.tasks.map((t): NewTask => {
      const [lead, ...rest] = t.units;
      return {
        title: t.title,
        area: "direction",
        leadUnitId: lead!.kind === "unit" ? byCode.get(lead!.code)!.id : followUp,
        leadGroup: lead!.kind === "group" ? groupKey(lead!.name) : null,
        cooperatingUnitIds: rest.flatMap((u) => (u.kind === "unit" && byCode.has(u.code) ? [byCode.get(u.code)!.id] : [])),
        cooperatingGroups: rest.flatMap((u) => (u.kind === "group" && groupKey(u.name) ? [groupKey(u.name)!] : [])),
        deadline: t.deadline!,
        deadlineText: t.deadlineText ?? formatDate(t.deadline!, locale),
        note: t.sentence,
      };
    });
    const year = Number(proposal.noticeDate.slice(0, 4));
    const code = newPlanCode("conclusion", null, year, new Set(plans.map((p) => p.code)));
    const written = await writeNewTasks(deps.store, {
      create: {
        code,
        name: deps.translate(locale, reply("conclusions-chat-plan-name", { date: formatDate(proposal.noticeDate, locale) })),
        year,
        yearTo: null,
        programme: null,
        kind: "conclusion",
        secretariatUnitId: followUp,
        sourceDocument: proposal.source,
        issuedOn: proposal.noticeDate,
      },
    }, tasks, { label: "chat", personId: person.id, at: now });
    drafts.drop(message);
    if (!written.ok) return out("conclusions_confirm", [reply("chat-draft-stale", { what: "conclusions" })]);
    const createdLine = reply("conclusions-chat-created", { count: written.codes.length, plan: written.planCode, codes: written.codes.join(", ") });
    const target = `${written.planCode}: ${written.codes.join(", ")}`;
    if (!deps.notify) return out("conclusions_confirm", [createdLine], { changed: true, target });
    // Each lead unit hears of its task; a task led by a group has no chat to go to (the secretariat follows it).
    const ids = new Map((await deps.store.storedTasks(written.planId)).map((t) => [t.code, t.id]));
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    // Units, not tasks: a unit given three tasks is told once per task but counted once.
    const told = new Set<number>();
    let later = "none";
    const untold: string[] = [];
    for (const [i, task] of tasks.entries()) {
      if (task.leadGroup !== null) continue;
      const code = written.codes[i]!;
      const name = unitName.get(task.leadUnitId) ?? "";
      const result = await tellUnit(deps.notify, deps.translate, { id: ids.get(code)!, code, title: task.title, deadline: task.deadline, unitId: task.leadUnitId, unitName: name, cooperating: task.cooperatingUnitIds.map((id) => unitName.get(id) ?? "") }, person.name, now, locale);
      if (result.chats === 0) untold.push(name);
      else {
        told.add(task.leadUnitId);
        // Every unit is told at the same moment, so any one's time is the time the messages go out.
        later = result.later;
      }
    }
    return out("conclusions_confirm", [createdLine, reply("conclusions-chat-told", { count: told.size, later, missing: [...new Set(untold)].join(", ") || "none" })], { changed: true, target });
  }

  return {
    propose: (message, text, now) => propose(message, text, now, true),
    async handle(message, now) {
      if (message.file) return undefined;
      const pending = drafts.get<Proposal>(message, KIND, now);
      if (pending) {
        const handled = await edit(message, pending, now);
        if (handled) return handled;
      }
      const text = message.text;
      const folded = fold(text);
      if (text.length < MIN_NOTICE_LENGTH || !NOTICE_WORDS.test(folded) || OTHER_COMMAND.test(folded)) return undefined;
      return propose(message, text, now, false);
    },
  };
}

/** The unit that follows the tasks up: the secretariat's own unit, else the one following most plans. */
function followUpUnit(person: Person, plans: ReadonlyArray<{ secretariatUnitId: number }>, units: readonly Unit[]): number {
  const secretariats = new Set(plans.map((p) => p.secretariatUnitId));
  return person.unitIds.find((id) => secretariats.has(id)) ?? person.unitIds[0] ?? usualSecretariat(plans) ?? units[0]!.id;
}

function groupKey(name: string): string | null {
  const hits = findGroups(name);
  // The whole name must be the group ("các ngành, địa phương"), not a group inside a longer wording.
  const whole = hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end >= name.trim().length ? hits[0]!.group.key : null;
  return UNIT_GROUPS.find((g) => g.name === name)?.key ?? whole;
}

/**
 * "15/8", "15/8/2023", "15 tháng 8", "cuối tháng 8" typed as a task's new deadline: the commands' date reader,
 * its year the notice's and the day after the notice's; null for anything else (a day that does not exist).
 */
function typedDeadline(text: string, noticeDate: LocalDate): LocalDate | null {
  const typed = text.trim();
  const dates = findDates(foldSameLength(typed), 0, noticeDate, typed);
  const only = dates.length === 1 && dates[0]!.start === 0 && dates[0]!.end >= typed.replace(/[.\s]+$/u, "").length ? dates[0]!.input : undefined;
  return only?.ok ? only.date : null;
}

/** The notice's first line, as the plan's source document ("THÔNG BÁO Kết luận của Chủ tịch …"). */
function firstLine(text: string): string {
  const line = text.split("\n").map((l) => l.trim()).find((l) => l.length > 0) ?? "";
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
