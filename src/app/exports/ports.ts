/**
 * What an export reads from storage, in domain terms; src/db/stores/export-store.ts implements it on SQLite and
 * PostgreSQL alike. Reads only.
 */
import type { Metric, MetricValue, Unit } from "../../core/model.js";
import type { ReportExtension, ReportTask } from "../../core/exports/index.js";

export interface ExportPlan {
  id: number;
  code: string;
  name: string;
  active: boolean;
  secretariatUnitId: number;
}

/** An extension request before its previous deadline is worked out (the table keeps only the new one). */
export type StoredExtension = Omit<ReportExtension, "previousDeadline"> & { taskId: number; issuedDeadline: string };

export interface ExportStore {
  plans(): Promise<ExportPlan[]>;
  units(): Promise<Unit[]>;
  /** The plans' tasks with their plan's code, lead unit or group and cooperating units and groups. */
  tasks(planIds: readonly number[]): Promise<ReportTask[]>;
  /** Every extension request of the plans' tasks, oldest first. */
  extensions(planIds: readonly number[]): Promise<StoredExtension[]>;
  /** Metrics and their current values (superseded, pending and rejected ones are history, not figures). */
  kpis(): Promise<{ metrics: Metric[]; values: MetricValue[] }>;
}
