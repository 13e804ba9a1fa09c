import type { LocalDate } from "./local-date.js";

/** Plain domain records shared by the core and the app layer; the database maps its rows onto these. */

export type UnitKind = "province" | "provincial_office" | "department" | "district" | "commune" | "police" | "other";
export type Role = "leader" | "secretariat" | "unit_officer" | "admin";
export type TaskArea =
  | "institutions"
  | "procedures"
  | "apparatus"
  | "civil_service"
  | "public_finance"
  | "digital_government"
  | "direction";
export type TaskStatus = "not_started" | "in_progress" | "pending_confirmation" | "blocked" | "done";
export type Measure = "percent" | "count" | "vnd" | "rank";
/** Which way a figure improves: a rate or a count goes up, a rank goes down (20th beats 28th). */
export type Direction = "higher" | "lower";
export type Scope = "province" | "department_level" | "district_level" | "commune_level" | "unit";
export type Qualifier = "exact" | "more_than" | "less_than" | "about";

export const TASK_AREAS: readonly TaskArea[] = [
  "direction",
  "institutions",
  "procedures",
  "apparatus",
  "civil_service",
  "public_finance",
  "digital_government",
];
export const SCOPES: readonly Scope[] = ["province", "department_level", "district_level", "commune_level", "unit"];

export interface Unit {
  id: number;
  code: string;
  name: string;
  shortNames: readonly string[];
  aliases: readonly string[];
  kind: UnitKind;
  parentId: number | null;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  successorId: number | null;
}

export interface Person {
  id: number;
  name: string;
  title: string | null;
  role: Role;
  unitIds: readonly number[];
  headOfUnitIds: readonly number[];
}

export interface Plan {
  id: number;
  code: string;
  name: string;
  year: number;
  sourceDocument: string;
  secretariatUnitId: number;
  requiresConfirmation: boolean;
  /** A bare "xong" on an overdue task asks for the document number (or "không có") first. Absent: it does. */
  evidenceWhenLate?: boolean;
  /** A plan's task list, or a meeting's conclusions made tasks. Absent: a plan. */
  kind?: "plan" | "conclusion";
  /** The programme the plan serves (CCHC, CĐS, Đề án 06), by which a question names it. Absent: none. */
  programme?: "cchc" | "cds" | "da06" | null;
  /** Followed now; several plans may be active at once. Absent: active. */
  active?: boolean;
  /** The day the plan or the conclusion notice was issued (the meeting held). */
  issuedOn?: LocalDate | null;
}

export interface Task {
  id: number;
  code: string;
  planId: number;
  title: string;
  area: TaskArea;
  leadUnitId: number;
  deadline: LocalDate;
  status: TaskStatus;
  completedAt: Date | null;
  progress: number;
  evidence: string | null;
  notes: string | null;
  /**
   * How the deadline reads in the plan (imported plans): a recurring duty ("Thường xuyên", "Hằng quý") or one
   * that comes when something arises ("Khi có phát sinh") is never overdue, and `deadline` is then only the
   * plan's last day. Absent: a fixed day.
   */
  deadlineKind?: DeadlineKind;
  /** The deadline as the plan wrote it, shown for a deadline that is not one day. */
  deadlineText?: string | null;
  /** The deadline as the plan issued it, once an approved extension moved `deadline`; null (or absent) before. */
  originalDeadline?: LocalDate | null;
  /** When the unit reported the task blocked; the reason is in `notes`. Read only while status is "blocked". */
  blockedSince?: Date | null;
}

/** The deadline the plan issued: counts "against the plan as issued" and a task's history read it. */
export function issuedDeadline(task: Pick<Task, "deadline" | "originalDeadline">): LocalDate {
  return task.originalDeadline ?? task.deadline;
}

/** An approved extension moved the deadline. */
export function wasExtended(task: Pick<Task, "deadline" | "originalDeadline">): boolean {
  return task.originalDeadline !== null && task.originalDeadline !== undefined && task.originalDeadline !== task.deadline;
}

export type DeadlineKind = "fixed" | "range" | "recurring" | "on_demand";

/** A unit that exists on that day: a district merged away, or a province before its merger, does not. */
export function isInOffice(unit: Pick<Unit, "validFrom" | "validTo">, date: LocalDate): boolean {
  return (!unit.validFrom || unit.validFrom <= date) && (!unit.validTo || date <= unit.validTo);
}

/** A deadline that is a period's end or an occasion, not a day a task can pass. */
export function hasNoFixedDay(task: Pick<Task, "deadlineKind">): boolean {
  return task.deadlineKind === "recurring" || task.deadlineKind === "on_demand";
}

export interface Metric {
  id: number;
  key: string;
  name: string;
  nameEn: string | null;
  aliases: readonly string[];
  /** Words that rule the metric out of a question. */
  excludes: readonly string[];
  /** Words of which a question must contain at least one to be about the metric (empty: none needed). */
  requires: readonly string[];
  measure: Measure;
  direction: Direction;
  /** What the figure is about beyond its measure (see core/understand/aspects.ts): "accounts", "activated"… */
  aspects: readonly string[];
  unitLabel: string | null;
  definition: string;
}

export interface MetricValue {
  id: number;
  metricId: number;
  scope: Scope;
  unitId: number | null;
  /** Decimal string exactly as the source printed it ("63.46", "447246"). */
  value: string;
  qualifier: Qualifier;
  denominator: string | null;
  target: string | null;
  targetDate: LocalDate | null;
  periodFrom: LocalDate | null;
  periodTo: LocalDate | null;
  asOf: LocalDate | null;
  source: string;
  sourceTitle: string;
  note: string | null;
}
