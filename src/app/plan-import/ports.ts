/**
 * What importing a plan needs from storage, in domain terms; src/db/stores/plan-import-store.ts implements it
 * on SQLite and PostgreSQL alike.
 */
import type { LocalDate } from "../../core/local-date.js";
import type { Unit } from "../../core/model.js";
import type { PlanKind, Programme, StoredTask, TaskDraft, UnitGroupDef } from "../../core/plan-import/index.js";

/** A plan the import creates. */
export interface NewPlan {
  code: string;
  name: string;
  year: number;
  yearTo: number | null;
  programme: Programme | null;
  kind: PlanKind;
  secretariatUnitId: number;
  sourceDocument: string;
  issuedOn: LocalDate | null;
}

/** A plan as the import shows it (its issue date is not needed there). */
export interface PlanSummary extends Omit<NewPlan, "issuedOn"> {
  id: number;
}

export interface PlanImportWrite {
  plan: { id: number } | { create: NewPlan };
  /** New tasks, each with its code. */
  create: Array<TaskDraft & { code: string; row: number }>;
  /** Changed tasks, with the fields that changed. */
  update: Array<{ taskId: number; draft: TaskDraft; fields: readonly string[]; row: number }>;
  /** Unchanged tasks whose place in the file moved: only their numbering and row key are written. */
  renumber: Array<{ taskId: number; sourceRef: string; rowKey: string }>;
  /** The groups the tasks name (created when missing). */
  groups: readonly UnitGroupDef[];
  /**
   * The plan's stored tasks as the preview saw them (see storedSignature): when they differ inside the
   * transaction, someone changed the plan since, and nothing is written.
   */
  expectedSignature: string;
  /** For the audit trail: the file, who imported it (null: the operator at the command line), when. */
  source: { file: string; personId: number | null; at: Date };
}

export type PlanImportApplied =
  | { ok: true; planId: number; planCode: string; created: number; updated: number }
  | { ok: false; reason: "stale" };

export interface PlanImportStore {
  units(): Promise<Unit[]>;
  plans(): Promise<PlanSummary[]>;
  /** A plan's tasks as the import compares them. */
  storedTasks(planId: number): Promise<StoredTask[]>;
  /** Which of these task codes exist, and in which plan. */
  taskCodes(codes: readonly string[]): Promise<Map<string, { planId: number; planCode: string }>>;
  /** Every task code starting with the prefix. */
  taskCodesStartingWith(prefix: string): Promise<Set<string>>;
  /** All in one transaction, or nothing. */
  apply(write: PlanImportWrite): Promise<PlanImportApplied>;
}
