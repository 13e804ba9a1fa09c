import type { Person, Plan } from "../core/model.js";
import type { Understanding } from "../core/understand/types.js";
import { fold } from "../core/vi/index.js";
import type { UnderstandingIndex } from "../core/understand/index-build.js";

/**
 * A question asked with a command or a menu (/nhiemvu, /quahan, /tiendo, /baocao), as the typed query it
 * stands for: the app answers it directly instead of reading a sentence a channel made up for it.
 * `unitName` and `planName` are what the person typed after the command; `chatUnitName`, the unit the chat
 * speaks for when it is a unit's group.
 */
export type CommandQuery =
  | { kind: "open_tasks"; unitName?: string; chatUnitName?: string }
  | { kind: "overdue_tasks"; unitName?: string; chatUnitName?: string }
  | { kind: "plan_progress"; planName?: string }
  | { kind: "briefing" }
  /** A task shown whole: a reminder's 📄 button. */
  | { kind: "task_detail"; code: string };

/**
 * The query a command asks. Without a unit typed, the tasks are those of the chat's unit, else the person's
 * own; overdue tasks are the whole plan's for leaders, the secretariat and admins (and the public, where the
 * bot answers it) writing outside a unit's group: a unit officer sees the unit's.
 */
export function commandUnderstanding(query: CommandQuery, index: UnderstandingIndex, plans: readonly Plan[], person: Person | null): Understanding {
  if (query.kind === "briefing") return { intent: "briefing" };
  if (query.kind === "task_detail") return { intent: "task_detail", code: query.code };
  if (query.kind === "plan_progress") {
    if (!query.planName) return { intent: "plan_progress" };
    const wanted = fold(query.planName).trim();
    const plan = plans.find((p) => fold(p.code) === wanted || fold(p.name).includes(wanted));
    return plan ? { intent: "plan_progress", plan: plan.code } : { intent: "unknown", reason: "vague" };
  }
  const state = query.kind === "open_tasks" ? "open" : "overdue";
  const named = query.unitName?.trim() || query.chatUnitName;
  if (named) {
    const found = index.units.top(named);
    if (found.length > 1) return { intent: "unknown", reason: "ambiguous_unit", name: named, options: found.map((unit) => unit.id) };
    return found[0] ? { intent: "task_list", state, unit: found[0].id } : { intent: "unknown", reason: "unknown_unit", name: named };
  }
  const wide = query.kind === "overdue_tasks" && (person === null || person.role !== "unit_officer");
  return wide ? { intent: "task_list", state } : { intent: "task_list", state, mine: true };
}

const SLASH = /^\s*\/(nhiemvu|quahan|tiendo|baocao)(?:@\S+)?(?:\s+(.*))?$/isu;

/**
 * A command typed as text ("/quahan Sở Tài chính" on Zalo or in the console, where commands are no menu): the
 * same typed query as Telegram's menu sends.
 */
export function typedCommand(text: string): CommandQuery | undefined {
  const found = SLASH.exec(text);
  if (!found) return undefined;
  const rest = (found[2] ?? "").trim();
  switch (found[1]!.toLowerCase()) {
    case "nhiemvu":
      return { kind: "open_tasks", ...(rest ? { unitName: rest } : {}) };
    case "quahan":
      return { kind: "overdue_tasks", ...(rest ? { unitName: rest } : {}) };
    case "tiendo":
      return { kind: "plan_progress", ...(rest ? { planName: rest } : {}) };
    default:
      return { kind: "briefing" };
  }
}
