import type { TrackedValue } from "../../core/kpi-history/index.js";
import type { KpiDraft } from "../../core/kpi-update/types.js";
import type { LocalDate } from "../../core/local-date.js";
import type { Scope } from "../../core/model.js";

/** A value to write, with where it came from (issue #12: who, when, from which message). */
export interface KpiRecord extends KpiDraft {
  status: "current" | "pending";
  sourceKey: string;
  sourceTitle: string;
  target: string | null;
  targetDate: LocalDate | null;
  denominator: string | null;
  origin: "cli" | "import" | "chat";
  recordedAt: Date;
  recordedById: number | null;
  channel: string | null;
  chatId: string | null;
  messageId: string | null;
}

/** One value of a series as history shows it, current or not. */
export interface KpiHistoryEntry {
  id: number;
  value: string;
  status: "current" | "superseded" | "pending" | "rejected";
  asOf: LocalDate | null;
  periodFrom: LocalDate | null;
  periodTo: LocalDate | null;
  sourceTitle: string;
  origin: string | null;
  recordedAt: Date | null;
  recordedBy: string | null;
  supersededById: number | null;
}

export interface PendingKpi extends KpiDraft {
  id: number;
  status: KpiHistoryEntry["status"];
  sourceTitle: string;
  recordedById: number | null;
  channel: string | null;
  chatId: string | null;
}

export type Decision = { approve: true } | { approve: false; reason: string | null };

export interface KpiStore {
  /** Writes a value; a current one supersedes the current values of the same figure (kept, never erased). */
  record(value: KpiRecord): Promise<{ id: number; superseded: number[] }>;
  /** Several values in one transaction (a spreadsheet): all or nothing. */
  recordAll(values: readonly KpiRecord[]): Promise<Array<{ id: number; superseded: number[] }>>;
  pending(id: number): Promise<PendingKpi | null>;
  /** The secretariat's decision on a pending value: approved, it becomes current and supersedes as a new record would. */
  decide(id: number, decision: Decision, personId: number, now: Date): Promise<{ ok: true; superseded: number[] } | { ok: false; reason: "not_pending" }>;
  history(metricId: number, scope: Scope, unitId: number | null): Promise<KpiHistoryEntry[]>;
  /**
   * Every value, of any status, of the series that something happened to since then (a value recorded, approved
   * or corrected; a seeded value dated since), for "what changed since the last digest".
   */
  seriesTouchedSince(since: Date): Promise<TrackedValue[]>;
}
