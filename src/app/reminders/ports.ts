/**
 * What the reminder outbox needs from storage, in domain terms; src/db/stores/outbox-*.ts implement it. Three
 * steps, each durable on its own: planning writes Reminder rows (one per idempotency key), composing turns due
 * reminders into Delivery rows (one transaction), dispatching claims deliveries one batch at a time.
 */
import type { LocalDate } from "../../core/local-date.js";
import type { TaskStatus } from "../../core/model.js";
import type { DeadlineShape, PlannedReminder, Recurrence, ReminderTask } from "../../core/reminders/index.js";

export interface ChatRef {
  channel: string;
  chatId: string;
}

/**
 * An open task the planner may remind about; its title only when asked for (the dry run shows it). A task
 * whose deadline is not one day says how it reads (core/reminders/recurrence.ts).
 */
export type CandidateTask = ReminderTask & { title?: string } & Partial<Pick<DeadlineShape, "deadlineKind" | "recurrence" | "deadlineFrom">>;

/**
 * Deadlines to look up: exact dates and inclusive ranges (indexed lookups, never a scan of all tasks), which
 * apply to tasks due on one day; and recurring tasks still running on `today` whose period of one of
 * `recurrences` ends on a deadline looked up (or whose last day is one).
 */
export interface CandidateQuery {
  deadlines: readonly LocalDate[];
  ranges: ReadonlyArray<{ from: LocalDate; to: LocalDate }>;
  recurring?: { today: LocalDate; recurrences: readonly Recurrence[] };
}

export interface ReminderPlanStore {
  lastPlannedAt(): Promise<Date | null>;
  /** Tasks the unit still has to act on (not done, not awaiting confirmation) with a deadline in the query. */
  candidateTasks(query: CandidateQuery, options?: { withTitles?: boolean }): Promise<CandidateTask[]>;
  /**
   * In one transaction: inserts the reminders whose key is new (a known key is left as it is) and moves
   * lastPlannedAt forward to `plannedAt` (never back). Returns how many were new.
   */
  savePlanned(reminders: readonly PlannedReminder[], plannedAt: Date): Promise<number>;
  /** Which of these keys the outbox already holds, in any state (for previews, which write nothing). */
  existingKeys(keys: readonly string[]): Promise<Set<string>>;
}

/** A planned reminder waiting to be composed, with its task as it is now. */
export interface PendingReminder extends PlannedReminder {
  /** Row id; negative for reminders a preview planned in memory only. */
  id: number;
  title: string;
  status: TaskStatus;
}

export interface UnitRecipients {
  unitId: number;
  name: string;
  /** Active chats bound to the unit. */
  chats: ChatRef[];
  /** Private chats of the unit's heads (people with Membership.isHead), where known and not retired. */
  headChats: ChatRef[];
}

/** How a reminder names a task's plan when several are followed at once. */
export interface PlanLabel {
  code: string;
  name: string;
}

export interface RecipientDirectory {
  /** The units asked for, and the secretariat units of the plans asked for. */
  units: ReadonlyMap<number, UnitRecipients>;
  secretariatOfPlan: ReadonlyMap<number, number>;
  /** The plans asked for, by id. */
  plans: ReadonlyMap<number, PlanLabel>;
  /**
   * How many plans are active now. With more than one, a unit cannot tell "KL23-04" from a task of the year's
   * plan by its code alone: every reminder names the plan of its tasks (issue #11).
   */
  activePlans: number;
}

export interface DeliveryItemDraft {
  number: number;
  taskId: number;
  reminderId: number | null;
}

export interface DeliveryDraft extends ChatRef {
  kind: string;
  text: string;
  notBefore: Date;
  items: readonly DeliveryItemDraft[];
}

export type ComposedReminderStatus = "queued" | "merged" | "dropped";

/** Reads the composer needs; also used by previews outside any transaction. */
export interface ComposeReader {
  /** Pending reminders with dueAt ≤ now, joined with their tasks. */
  pendingReminders(now: Date): Promise<PendingReminder[]>;
  recipients(unitIds: readonly number[], planIds: readonly number[]): Promise<RecipientDirectory>;
  /** Private chats of the people with the leader role (the weekly digest). */
  leaderChats(): Promise<ChatRef[]>;
  /** Deliveries composed but not sent yet (pending or being sent), oldest first. */
  unsentDeliveries(limit: number): Promise<Array<DeliveryDraft & { id: number; status: string }>>;
  stateValue(key: string): Promise<string | null>;
  /** How many reminders to the unit itself each task has had composed (sent or on their way): what the head is told went unanswered. */
  unitRemindersComposed(taskIds: readonly number[]): Promise<Map<number, number>>;
}

/** Everything inside one transaction that holds the compose lock: one composer at a time, across processes. */
export interface ComposeSession extends ComposeReader {
  /** Creates the deliveries with their items; returns their ids in order. */
  addDeliveries(drafts: readonly DeliveryDraft[], createdAt: Date): Promise<number[]>;
  setReminderStatus(ids: readonly number[], status: ComposedReminderStatus, deliveryId: number | null): Promise<void>;
  /** Sets a scheduler state value unless it already holds it; true when this call changed it. */
  claimState(key: string, value: string, at: Date): Promise<boolean>;
}

export interface ComposeStore extends ComposeReader {
  composeSession<T>(work: (session: ComposeSession) => Promise<T>): Promise<T>;
}

export interface ClaimedDelivery extends ChatRef {
  id: number;
  kind: string;
  text: string;
  attempts: number;
  isGroup: boolean;
}

/** A nudge's delivery: a reminder for every channel, and the only kind sent outside working hours ("gửi ngay"). */
export const NUDGE_KIND = "reminder_nudge";

export interface ClaimQuery {
  workerId: string;
  now: Date;
  /** A delivery claimed longer ago than this by a worker that never finished it (a crash) is claimed again. */
  leaseMs: number;
  channels: readonly string[];
  limit: number;
  /** Only deliveries of these kinds (outside working hours: the nudges sent with "gửi ngay"). */
  kinds?: readonly string[];
}

/** What the secretariat must hear when a chat is gone, gathered while the chat is retired. */
export interface RetiredChat {
  /** False when the chat was already retired (by another delivery or process): no second notice. */
  wasActive: boolean;
  unitName: string | null;
  taskCodes: string[];
  /** Active chats of the secretariat units concerned (the plans of the tasks, else every plan's). */
  secretariatChats: ChatRef[];
}

export interface DispatchStore {
  /** Atomically marks up to `limit` due deliveries as being sent by `workerId` and returns them, oldest first. */
  claim(query: ClaimQuery): Promise<ClaimedDelivery[]>;
  /**
   * Deliveries left "sending" by workers that are known dead (a process of this machine that no longer runs)
   * go back to pending at once, without waiting for their lease; returns how many.
   */
  reclaimFromDeadWorkers(isDead: (workerId: string) => boolean): Promise<number>;
  /** When the next pending delivery on these channels may go, or null when none is pending. */
  nextPendingAt(channels: readonly string[], kinds?: readonly string[]): Promise<Date | null>;
  /** `via`: the chat it was sent to instead of its own (another channel's); the row moves there. */
  markSent(id: number, sentAt: Date, externalMessageId: string, via?: ChatRef): Promise<void>;
  /** Back to pending for later without counting an attempt (a rate limit). */
  release(id: number, notBefore: Date, note: string | null): Promise<void>;
  /** Back to pending after a failed attempt, counting it. */
  retry(id: number, notBefore: Date, error: string): Promise<void>;
  markFailed(id: number, error: string, at: Date): Promise<void>;
  /**
   * The chat no longer exists: its binding becomes inactive and its other unsent deliveries fail with this
   * delivery, in one transaction.
   */
  retireChat(chat: ChatRef, deliveryId: number, error: string, at: Date): Promise<RetiredChat>;
  addDeliveries(drafts: readonly DeliveryDraft[], createdAt: Date): Promise<number[]>;
}

export type OutboxStore = ReminderPlanStore & ComposeStore & DispatchStore;
