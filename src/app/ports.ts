import type { LocalDate } from "../core/local-date.js";
import type { Metric, MetricValue, Person, Plan, Task, TaskArea, Unit } from "../core/model.js";
import type { ProgressCounts } from "../core/plan-progress.js";

/** What the use cases need from storage, in domain terms; src/db implements these with Prisma. */

export interface Catalog {
  units: Unit[];
  metrics: Metric[];
  metricValues: MetricValue[];
  plans: Plan[];
}

export interface CatalogStore {
  loadCatalog(): Promise<Catalog>;
}

export type TaskFilterState = "open" | "overdue" | "done" | "in_progress_on_time" | "not_started_on_time";

export interface TaskQuery {
  today: LocalDate;
  planIds?: readonly number[];
  leadUnitIds?: readonly number[];
  areas?: readonly TaskArea[];
  state?: TaskFilterState;
  dueFrom?: LocalDate;
  dueTo?: LocalDate;
  limit: number;
}

export interface TaskStore {
  progressCounts(planId: number, today: LocalDate): Promise<ProgressCounts>;
  findTasks(query: TaskQuery): Promise<{ tasks: Task[]; total: number }>;
  findTaskByCode(code: string): Promise<Task | null>;
  cooperatingUnitIds(taskId: number): Promise<number[]>;
}

export interface PeopleStore {
  personByIdentity(channel: string, externalId: string): Promise<Person | null>;
  personByKey(key: string): Promise<Person | null>;
  listPeople(): Promise<Array<Person & { key: string | null }>>;
}

/** What a channel answers when asked to send: delivered (with the platform's message id) or why not. */
export type SendResult =
  | { ok: true; externalMessageId: string }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number }
  | { ok: false; reason: "chat_unavailable"; detail: string }
  | { ok: false; reason: "quota_exhausted"; detail: string }
  | { ok: false; reason: "transient"; detail: string };

/** A chat platform's outgoing side, as the reminder loop sees it. */
export interface ChannelSender {
  readonly channel: string;
  send(message: { chatId: string; text: string; replyToMessageId?: string }): Promise<SendResult>;
}
