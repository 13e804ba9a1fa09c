import type { Locale } from "../format.js";
import type { Scope, TaskArea } from "../model.js";
import type { CompareMode } from "../answer/kpi.js";
import type { TaskListState } from "../answer/tasks.js";

/** What a message asks, in slots the app can answer from data. */
export type Understanding =
  | { intent: "kpi_value"; metric: string; scope: Scope; unit?: string }
  | { intent: "kpi_compare"; metric: string; scopes?: Scope[]; mode: CompareMode }
  | { intent: "kpi_gap"; metric: string }
  | { intent: "ranking"; metric: string }
  | { intent: "plan_progress"; plan?: string }
  | { intent: "task_list"; state: TaskListState; unit?: string; area?: TaskArea; due?: "week" | "month" }
  | { intent: "task_detail"; code: string }
  | { intent: "help" }
  | { intent: "greeting" }
  | { intent: "thanks" }
  | { intent: "out_of_domain" }
  | { intent: "empty" }
  | { intent: "unknown"; reason: "vague" | "unknown_metric" | "unknown_unit" | "ambiguous_unit"; name?: string; options?: string[] }
  | { intent: "task_command"; action: string };

export type Intent = Understanding["intent"];

export interface Understood {
  understanding: Understanding;
  locale: Locale;
}
