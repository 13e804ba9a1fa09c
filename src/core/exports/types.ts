import type { LocalDate } from "../local-date.js";
import type { Metric, MetricValue, Task } from "../model.js";

/** A task as a report lists it: the task with the names around it (plan, lead, cooperating units). */
export interface ReportTask extends Task {
  planCode: string;
  leadUnitName: string;
  /** A task led by a group ("Các sở, ban, ngành"): the group as written. */
  leadGroupName: string | null;
  cooperating: readonly string[];
  product: string | null;
}

/** One extension request, decided or waiting, as the extension history lists it. */
export interface ReportExtension {
  taskCode: string;
  taskTitle: string;
  unitName: string;
  requestedBy: string;
  createdAt: Date;
  /** The deadline the task had when it was asked for: the plan's, or an earlier extension's. */
  previousDeadline: LocalDate | null;
  newDeadline: LocalDate;
  reason: string;
  status: "pending" | "approved" | "refused";
  decidedBy: string | null;
  decidedAt: Date | null;
  note: string | null;
}

/** One KPI figure with what it measures, its scope, period and source. */
export interface ReportKpi {
  metric: Pick<Metric, "key" | "name" | "nameEn" | "measure">;
  value: MetricValue;
  unitName: string | null;
}

/** Everything a report is written from, as of one day. */
export interface ReportData {
  asOf: LocalDate;
  /** The province ("Ủy ban nhân dân tỉnh Quảng Nam") and the office that writes the report ("Sở Nội vụ"). */
  province: string;
  office: string;
  plans: ReadonlyArray<{ code: string; name: string }>;
  tasks: readonly ReportTask[];
  extensions: readonly ReportExtension[];
  kpis: readonly ReportKpi[];
}
