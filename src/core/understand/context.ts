import type { Scope, TaskArea } from "../model.js";
import type { TaskListState } from "../answer/tasks.js";
import type { Intent, TimeFilter, Understanding } from "./types.js";

/** What a chat talked about last; a follow-up replaces only what it names. */
export interface ConversationContext {
  at: Date;
  intent?: Intent;
  metric?: string;
  scope?: Scope;
  /** The level asked about just before, for "chênh nhau bao nhiêu" after two levels in a row. */
  previousScope?: Scope;
  unit?: string;
  taskState?: TaskListState;
  area?: TaskArea;
  due?: TimeFilter;
  role?: "cooperating" | "either";
  /** The last task question was about the asker's own unit ("đơn vị mình"). */
  mine?: boolean;
  programme?: string;
  /** The tasks the last answer listed, so that "chi tiết nv đó" can point at one of them. */
  tasks?: readonly string[];
}

export function activeContext(context: ConversationContext | undefined, now: Date, ttlMinutes: number): ConversationContext | undefined {
  if (!context) return undefined;
  return now.getTime() - context.at.getTime() <= ttlMinutes * 60_000 ? context : undefined;
}

/** The context after answering: small talk and failures keep the subject of the conversation. */
export function nextContext(
  previous: ConversationContext | undefined,
  u: Understanding,
  now: Date,
  shownTasks: readonly string[] = [],
): ConversationContext | undefined {
  const tasks = shownTasks.length > 0 ? { tasks: shownTasks } : {};
  switch (u.intent) {
    case "kpi_value": {
      const before = previous?.metric === u.metric && previous.scope && previous.scope !== u.scope ? { previousScope: previous.scope } : {};
      return { at: now, intent: u.intent, metric: u.metric, scope: u.scope, ...before, ...(u.unit ? { unit: u.unit } : {}) };
    }
    case "kpi_change":
      return { at: now, intent: u.intent, metric: u.metric, scope: u.scope, ...(u.unit ? { unit: u.unit } : {}) };
    case "kpi_compare":
    case "kpi_gap":
    case "ranking":
      return { ...(previous?.metric === u.metric ? previous : {}), at: now, intent: u.intent, metric: u.metric };
    case "task_list":
    case "task_count":
      return {
        at: now,
        intent: u.intent,
        taskState: u.state,
        ...(u.unit ? { unit: u.unit } : {}),
        ...(u.area ? { area: u.area } : {}),
        ...(u.due ? { due: u.due } : {}),
        ...(u.role ? { role: u.role } : {}),
        ...(u.mine ? { mine: true } : {}),
        ...(u.programme ? { programme: u.programme } : {}),
        ...tasks,
      };
    case "task_detail":
      return { at: now, intent: u.intent, tasks: [u.code, ...(u.also ?? [])] };
    case "plan_progress":
    case "plan_figure":
    case "briefing":
    case "unit_ranking":
      return { at: now, intent: u.intent };
    case "kpi_derived":
      return { at: now, intent: u.intent };
    // Two questions in one: a follow-up goes on from the last of them.
    case "several":
      return nextContext(previous, u.parts[u.parts.length - 1]!, now, shownTasks);
    default:
      return previous ? { ...previous, at: now } : undefined;
  }
}
