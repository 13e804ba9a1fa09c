import { isInOffice } from "../../core/model.js";
/**
 * Assignments by chat (issue #11, item 4): a leader or the secretariat writes "giao Sở TTTT chủ trì rà soát …,
 * hạn 30/9"; the bot shows the draft task (lead unit, cooperating units, deadline, plan) and creates it only on
 * "xác nhận", then tells the unit through the reminder outbox (a reminder with the task as item 1, so that
 * "xong 1" works; in working hours). Others are refused politely. Questions about assignments ("giao cho ai",
 * "Sở TTTT được giao việc gì") are not assignments (core/understand/assignment.ts) and go on to the answers.
 */
import { formatDate, type Locale } from "../../core/format.js";
import { vnDate, type LocalDate } from "../../core/local-date.js";
import type { Person, Unit } from "../../core/model.js";
import { assignmentPlanCode, createUnitResolver, planNamed, usualSecretariat } from "../../core/plan-import/index.js";
import { reply, type Reply } from "../../core/reply.js";
import { readAssignment, type AssignmentText, type UnitFinder } from "../../core/understand/assignment.js";
import type { Translate } from "../../infra/i18n.js";
import type { ChatFeature, FeatureOutcome } from "../chat-feature.js";
import { writeNewTasks } from "../conclusions/write-tasks.js";
import { createDraftBox, decisionOf, type DraftBox } from "../drafts.js";
import type { InboundMessage } from "../messages.js";
import type { PlanImportStore, PlanSummary } from "../plan-import/ports.js";
import type { PeopleStore } from "../ports.js";
import { unitMatcherCache } from "../unit-matcher.js";
import { type TellDeps, tellUnit } from "./tell-unit.js";

export interface AssignmentChatDeps {
  store: PlanImportStore;
  people: Pick<PeopleStore, "personByIdentity">;
  translate: Translate;
  /** The unit is told the way reminders reach it: the outbox, its chats, working hours. */
  notify: TellDeps;
  drafts?: DraftBox;
}

interface Draft {
  assignment: AssignmentText & { deadline: LocalDate };
  /** The plan it goes into; null: the year's plan of assignments, created with the first one. */
  plan: PlanSummary | null;
  personId: number;
}

const KIND = "assignment";
const ASSIGNERS = new Set(["leader", "secretariat", "admin"]);

export function createAssignmentChat(deps: AssignmentChatDeps): ChatFeature {
  const drafts = deps.drafts ?? createDraftBox();
  const locale: Locale = "vi";
  const out = (action: string, replies: Reply[], extra: Partial<FeatureOutcome> = {}): FeatureOutcome => ({ action, locale, replies, notices: [], ...extra });
  const word = (key: string) => deps.translate(locale, reply(key));
  const yearPlanName = (year: number) => deps.translate(locale, reply("assign-plan-name", { year: String(year) }));

  const matcherOf = unitMatcherCache();

  function finderOf(units: readonly Unit[]): UnitFinder {
    const matcher = matcherOf(units);
    const byId = new Map(units.map((u) => [u.id, u]));
    return (text) => {
      const found = matcher.find(text);
      // The longest name found at the start ("Công an tỉnh" over "Công an").
      const first = found.filter((m) => m.start === found[0]?.start).sort((a, b) => b.end - a.end || b.score - a.score)[0];
      return first ? { unit: byId.get(first.id)!, start: first.start, end: first.end } : undefined;
    };
  }

  async function proposed(message: InboundMessage, now: Date): Promise<FeatureOutcome | undefined> {
    const units = await deps.store.units();
    const today = vnDate(now);
    // Units in office today, and not the province itself (as the conclusions' unit reader takes them).
    const read = readAssignment(message.text, finderOf(units.filter((unit) => unit.kind !== "province" && isInOffice(unit, today))), today);
    if (!read) return undefined;
    const person = await deps.people.personByIdentity(message.channel, message.sender.id);
    if (!person || !ASSIGNERS.has(person.role)) return out("assign", [reply("assign-not-allowed")]);
    if (!read.ok) {
      if (read.problem === "no-task") return out("assign", [reply("assign-no-task", { unit: read.unitText }), reply("assign-example")]);
      const found = createUnitResolver(units).resolve(read.unitText);
      const closest = [...found.units, ...found.unknown.flatMap((u) => u.closest), ...found.ambiguous.flatMap((a) => a.options)].map((u) => u.name);
      return out("assign", [reply("assign-unknown-unit", { name: read.unitText, closest: [...new Set(closest)].slice(0, 3).join("; ") || "none" }), reply("assign-example")]);
    }
    const a = read.assignment;
    if (a.deadline === null) return out("assign", [reply("assign-needs-deadline", { unit: a.lead.name, title: a.title })]);
    if (a.deadline <= today) return out("assign", [reply("assign-past-deadline", { deadline: formatDate(a.deadline, locale) })]);
    const year = Number(a.deadline.slice(0, 4));
    const plans = await deps.store.plans();
    let plan: PlanSummary | null;
    if (a.plan !== null) {
      const named = planNamed(plans, a.plan, { partial: true });
      if (!named) return out("assign", [reply("assign-unknown-plan", { plan: a.plan, plans: plans.map((p) => p.code).join(", ") })]);
      plan = named;
    } else {
      plan = plans.find((p) => p.code === assignmentPlanCode(year)) ?? null;
    }
    const draft: Draft = { assignment: { ...a, deadline: a.deadline }, plan, personId: person.id };
    drafts.put(message, KIND, draft, now);
    return out("assign", [
      reply("assign-draft"),
      reply("assign-draft-task", { title: a.title }),
      reply("assign-draft-lead", { unit: a.lead.name, cooperating: a.cooperating.map((u) => u.name).join(", ") || "none" }),
      reply("assign-draft-deadline", { deadline: formatDate(a.deadline, locale) }),
      reply("assign-draft-plan", plan ? { name: plan.name, code: plan.code, fresh: "no" } : { name: yearPlanName(year), code: "none", fresh: "yes" }),
      reply("assign-ask"),
    ], { suggestions: [word("plan-chat-button-confirm"), word("plan-chat-button-cancel")] });
  }

  async function confirmed(message: InboundMessage, draft: Draft, person: Person, now: Date): Promise<FeatureOutcome> {
    drafts.drop(message);
    const a = draft.assignment;
    const year = Number(a.deadline.slice(0, 4));
    const plans = await deps.store.plans();
    // The year's plan of assignments may have been made since the draft was shown.
    const plan = draft.plan ?? plans.find((p) => p.code === assignmentPlanCode(year)) ?? null;
    const secretariat = plans.find((p) => p.id === plan?.id)?.secretariatUnitId ?? usualSecretariat(plans) ?? person.unitIds[0]!;
    const written = await writeNewTasks(
      deps.store,
      plan
        ? { planId: plan.id, planCode: plan.code }
        : { create: { code: assignmentPlanCode(year), name: yearPlanName(year), year, yearTo: null, programme: null, kind: "conclusion", secretariatUnitId: secretariat, sourceDocument: yearPlanName(year), issuedOn: null } },
      [{ title: a.title, area: "direction", leadUnitId: a.lead.id, leadGroup: null, cooperatingUnitIds: a.cooperating.map((u) => u.id), cooperatingGroups: [], deadline: a.deadline, deadlineText: formatDate(a.deadline, locale), note: deps.translate(locale, reply("assign-note", { person: person.name, date: formatDate(vnDate(now), locale) })) }],
      { label: "chat", personId: person.id, at: now },
    );
    if (!written.ok) return out("assign_confirm", [reply("chat-draft-stale", { what: "assignment" })]);
    const code = written.codes[0]!;
    const task = (await deps.store.storedTasks(written.planId)).find((t) => t.code === code)!;
    const created = reply("assign-created", { code, unit: a.lead.name, plan: written.planCode });
    const told = await tellUnit(deps.notify, deps.translate, { id: task.id, code, title: a.title, deadline: a.deadline, unitId: a.lead.id, unitName: a.lead.name, cooperating: a.cooperating.map((u) => u.name) }, person.name, now, locale);
    if (told.chats === 0) return out("assign_confirm", [created, reply("assign-no-chat", { unit: a.lead.name })], { changed: true, target: code });
    return out("assign_confirm", [created, reply("assign-told", { unit: a.lead.name, chats: told.chats, later: told.later })], { changed: true, target: code });
  }

  return {
    async handle(message, now) {
      if (message.file) return undefined;
      const draft = drafts.get<Draft>(message, KIND, now);
      if (draft) {
        const decision = decisionOf(message.text);
        if (decision === "cancel") {
          drafts.drop(message);
          return out("assign_cancel", [reply("assign-cancelled")]);
        }
        if (decision) {
          const person = await deps.people.personByIdentity(message.channel, message.sender.id);
          if (!person || person.id !== draft.personId) return out("assign", [reply("assign-not-allowed")]);
          return confirmed(message, draft, person, now);
        }
      }
      return proposed(message, now);
    },
  };
}
