import type { LocalDate } from "../core/local-date.js";
import type { Metric, MetricValue, Person, Plan, Task, TaskArea, Unit } from "../core/model.js";
import type { ProgressCounts } from "../core/plan-progress.js";
import type { ExtensionRequest, TaskEventRecord, TaskPatch } from "../core/commands/types.js";

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

export type TaskFilterState = "open" | "overdue" | "blocked" | "done" | "in_progress_on_time" | "not_started_on_time" | "not_started" | "in_progress" | "open_on_time";

export interface TaskQuery {
  today: LocalDate;
  planIds?: readonly number[];
  leadUnitIds?: readonly number[];
  /** Tasks not led by these units ("trừ của VPUB"). */
  notLeadUnitIds?: readonly number[];
  /** Tasks these units cooperate on (without leading them). */
  cooperatingUnitIds?: readonly number[];
  /** Tasks these units lead or cooperate on. */
  anyRoleUnitIds?: readonly number[];
  areas?: readonly TaskArea[];
  state?: TaskFilterState;
  dueFrom?: LocalDate;
  dueTo?: LocalDate;
  /** Only the tasks of these codes. */
  codes?: readonly string[];
  limit: number;
}

export interface TaskStore {
  progressCounts(planId: number, today: LocalDate): Promise<ProgressCounts>;
  countByState(query: Omit<TaskQuery, "limit" | "state">): Promise<ProgressCounts>;
  findTasks(query: TaskQuery): Promise<{ tasks: Task[]; total: number }>;
  /** Only the codes and titles of the tasks a filter leaves: what a search by words of a title reads. */
  findTaskTitles(query: TaskQuery): Promise<Array<{ code: string; title: string }>>;
  /** A task by its code with the units that cooperate on it (by id, ascending). */
  findTaskDetail(code: string): Promise<{ task: Task; cooperatingUnitIds: number[] } | null>;
}

export interface PeopleStore {
  personByIdentity(channel: string, externalId: string): Promise<Person | null>;
  personByKey(key: string): Promise<Person | null>;
  listPeople(): Promise<Array<Person & { key: string | null }>>;
}

/**
 * What a channel answers when asked to send: delivered (with the platform's message id) or why not. `via` says
 * the message went out elsewhere than asked (Zalo's monthly quota closed: the person's Telegram chat), so the
 * outbox records where it really is and a reply to it there finds it.
 */
export type SendResult =
  | { ok: true; externalMessageId: string; via?: ChatAddress }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number }
  | { ok: false; reason: "chat_unavailable"; detail: string }
  | { ok: false; reason: "quota_exhausted"; detail: string }
  | { ok: false; reason: "transient"; detail: string };

/** A chat platform's outgoing side, as the reminder loop sees it. */
export interface ChannelSender {
  readonly channel: string;
  /**
   * `deliveryId`, when the message is a Delivery row, lets a channel with buttons (Telegram) attach them to the
   * delivery's numbered items; channels without buttons ignore it.
   */
  send(message: { chatId: string; text: string; replyToMessageId?: string; deliveryId?: number }): Promise<SendResult>;
}

// ---- Task commands: marking done, progress, extensions, confirmation (src/app/task-commands.ts) ----

/** A chat the bot can write to. */
export interface ChatAddress {
  channel: string;
  chatId: string;
}

/** A reminder message as sent to a chat, with its numbered items ("xong 3" means item 3). */
export interface SentDelivery {
  id: number;
  channel: string;
  chatId: string;
  sentAt: Date;
  items: Array<{ number: number; taskId: number }>;
}

/** A row of the audit trail about to be written: the record without its id. */
export type NewTaskEvent = Omit<TaskEventRecord, "id" | "details"> & { details: Record<string, unknown> };

/** What a change does to the ExtensionRequest table, each guarded by the status it expects to find. */
export type ExtensionWrite =
  | { kind: "create"; requestedById: number; newDeadline: LocalDate; reason: string; createdAt: Date }
  | { kind: "decide"; requestId: number; status: "approved" | "refused"; decidedById: number; decidedAt: Date; note: string | null }
  | { kind: "reopen"; requestId: number; from: "approved" | "refused" }
  | { kind: "withdraw"; requestId: number; decidedById: number; decidedAt: Date; note: string };

/**
 * One change, written in one transaction: the task is updated only if it still holds `expected` (the values
 * the change was decided on), the extension request only if it still has the status expected, and the event
 * is appended. A concurrent change makes the whole write a conflict and nothing is written.
 */
export interface TaskChangeWrite {
  taskId: number;
  expected: TaskPatch;
  patch: TaskPatch;
  extension?: ExtensionWrite;
  /** The event; a new extension request's id is added to its details as requestId. */
  event: NewTaskEvent;
}

export type TaskChangeResult = { ok: true; eventId: number; requestId?: number } | { ok: false; reason: "conflict" };

export interface TaskCommandStore {
  /** The sent reminder a message replies to. */
  deliveryByMessage(channel: string, chatId: string, externalMessageId: string): Promise<SentDelivery | null>;
  /** The last reminder with items sent to a chat at or before an instant. */
  latestDelivery(channel: string, chatId: string, atOrBefore: Date): Promise<SentDelivery | null>;
  taskById(id: number): Promise<Task | null>;
  taskByCode(code: string): Promise<Task | null>;
  tasksByIds(ids: readonly number[]): Promise<Task[]>;
  plans(): Promise<Plan[]>;
  unitName(unitId: number): Promise<string | null>;
  /** Every name a unit goes by: its name, short names ("STC") and aliases. */
  unitNames(unitId: number): Promise<string[]>;
  /** The active chats bound to a unit. */
  chatsOfUnit(unitId: number): Promise<ChatAddress[]>;
  extensionRequest(id: number): Promise<ExtensionRequest | null>;
  /** Requests waiting for a decision, oldest first. */
  pendingExtensions(filter: { taskId?: number; planIds?: readonly number[] }): Promise<ExtensionRequest[]>;
  tasksAwaitingConfirmation(planIds: readonly number[]): Promise<Task[]>;
  /** The plans' tasks reported blocked, longest blocked first. */
  blockedTasks(planIds: readonly number[]): Promise<Task[]>;
  /** A person's latest events, newest first. */
  latestEventsBy(personId: number, limit: number): Promise<TaskEventRecord[]>;
  /** A task's latest event with one of the actions. */
  latestEvent(taskId: number, actions: readonly string[]): Promise<TaskEventRecord | null>;
  applyChange(write: TaskChangeWrite): Promise<TaskChangeResult>;
  /** Appends an event that changes nothing (a refused attempt). */
  recordEvent(event: NewTaskEvent): Promise<number>;
}

/** Where refused and failed commands are logged (pino in the shell). */
export interface AuditLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}
