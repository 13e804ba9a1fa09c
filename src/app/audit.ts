import type { InboundMessage } from "./messages.js";

/**
 * The audit trail: who did what through the chat. One entry per action that changes something (a task
 * command, a KPI figure, a plan import, an assignment, a conclusion's tasks, an invite opened) and per stranger
 * turned away, written by the app's one inbound path for every channel alike. Never what anyone wrote: ids,
 * the action, what it was about and how it ended.
 */
export interface AuditEntry {
  at: Date;
  channel: string;
  chatId: string;
  senderId: string;
  personId: number | null;
  action: string;
  /** A task's code, an extension request ("yêu cầu 5"), a unit; null when the action names none. */
  target: string | null;
  outcome: string;
}

export interface AuditQuery {
  since: Date;
  until?: Date;
  action?: string;
  personId?: number;
  /** At most this many, oldest first. */
  limit: number;
}

/** Where the entries are kept (the database: src/db/stores/audit-store.ts). */
export interface AuditTrail {
  record(entry: AuditEntry): Promise<void>;
  list(query: AuditQuery): Promise<AuditEntry[]>;
}

/** Where a change outside the message pipeline was asked for (an invite made, a member revoked). */
export interface AuditedChat {
  channel: string;
  chatId: string;
  senderId: string;
}

/** What happened, as the inbound path saw it: the rest of the entry comes from the message. */
export interface AuditedAction {
  action: string;
  outcome: string;
  target?: string | null;
  personId?: number | null;
}

export function auditEntry(message: Pick<InboundMessage, "channel" | "chatId" | "sender">, at: Date, done: AuditedAction): AuditEntry {
  return {
    at,
    channel: message.channel,
    chatId: message.chatId,
    senderId: message.sender.id,
    personId: done.personId ?? null,
    action: done.action,
    target: done.target ?? null,
    outcome: done.outcome,
  };
}

/** Task commands that only read (the secretariat's queue) leave no entry; every other one does, whatever its outcome. */
export function auditsTaskCommand(action: string): boolean {
  return action !== "queue";
}

/** A chat feature's step that writes (the confirmation of a plan import, an assignment, a conclusion's tasks). */
export function auditsFeature(outcome: { action: string; changed?: boolean }): boolean {
  return outcome.changed === true || outcome.action.endsWith("_confirm");
}

/** The trail kept in memory (tests and an app built without a database). */
export function inMemoryAuditTrail(): AuditTrail & { entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return {
    entries,
    async record(entry) {
      entries.push(entry);
    },
    async list(query) {
      return entries
        .filter((e) => e.at >= query.since && (!query.until || e.at < query.until) && (!query.action || e.action === query.action) && (query.personId === undefined || e.personId === query.personId))
        .slice(0, query.limit);
    },
  };
}

/**
 * A trail whose failed writes are reported and do not fail what was done: the change is already made, and the
 * person must get its answer (the database failing is logged and alerted on elsewhere).
 */
export function tolerantAuditTrail(trail: AuditTrail, onError: (error: unknown, entry: AuditEntry) => void): AuditTrail {
  return {
    async record(entry) {
      try {
        await trail.record(entry);
      } catch (error) {
        onError(error, entry);
      }
    },
    list: (query) => trail.list(query),
  };
}
