/**
 * A unit hears of a task given to it in chat (an assignment, a conclusion's task) the way reminders reach it:
 * through the outbox, to its chats, in working hours, as a reminder with the task as item 1 (so that "xong 1"
 * in reply works on every channel).
 */
import type { WorkingCalendar } from "../../core/calendar/index.js";
import { formatDate, type Locale } from "../../core/format.js";
import { vnDate, type LocalDate } from "../../core/local-date.js";
import { nextSendingWindow, type ReminderPolicy } from "../../core/reminders/index.js";
import { reply } from "../../core/reply.js";
import type { Translate } from "../../infra/i18n.js";
import type { ChatAddress } from "../ports.js";
import { NUDGE_KIND, type DispatchStore } from "../reminders/ports.js";

export interface TellDeps {
  outbox: Pick<DispatchStore, "addDeliveries">;
  chatsOfUnit(unitId: number): Promise<ChatAddress[]>;
  calendar: WorkingCalendar;
  policy: ReminderPolicy;
}

export interface TaskToTell {
  id: number;
  code: string;
  title: string;
  deadline: LocalDate;
  unitId: number;
  unitName: string;
  cooperating: readonly string[];
}

/** The unit's chats written to (none: the unit has no chat bound), and the day the message goes when not now. */
export async function tellUnit(deps: TellDeps, translate: Translate, task: TaskToTell, by: string, now: Date, locale: Locale = "vi"): Promise<{ chats: number; later: string }> {
  const chats = await deps.chatsOfUnit(task.unitId);
  if (chats.length === 0) return { chats: 0, later: "none" };
  const deadline = formatDate(task.deadline, locale);
  const text = [
    reply("assign-notice", { unit: task.unitName, person: by }),
    reply("assign-notice-line", { code: task.code, title: task.title, deadline, cooperating: task.cooperating.join(", ") || "none" }),
    reply("remind-answer", { audience: "unit", situation: "before", number: 1, code: task.code, date: deadline }),
  ].map((r) => translate(locale, r)).join("\n");
  const notBefore = nextSendingWindow(now, deps.calendar, deps.policy);
  await deps.outbox.addDeliveries(chats.map((chat) => ({ ...chat, kind: NUDGE_KIND, text, notBefore, items: [{ number: 1, taskId: task.id, reminderId: null }] })), now);
  return { chats: chats.length, later: notBefore.getTime() > now.getTime() ? formatDate(vnDate(notBefore), locale) : "none" };
}
