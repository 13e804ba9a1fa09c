import type { LocalDate } from "../local-date.js";
import type { Qualifier, Scope } from "../model.js";

/**
 * A KPI value about to be recorded (issue #12, item 1): read from a chat message, a `kpi set` line or a
 * spreadsheet row, checked by the rules here, repeated to the person, and recorded only once confirmed.
 */
export interface KpiDraft {
  metricId: number;
  metricKey: string;
  scope: Scope;
  unitId: number | null;
  /** A plain decimal string, as MetricValue keeps it ("20.5", "560000"). */
  value: string;
  qualifier: Qualifier;
  asOf: LocalDate | null;
  periodFrom: LocalDate | null;
  periodTo: LocalDate | null;
  /** The source as the person named it ("Báo cáo số 12/BC-CAT"), or null: the app fills in who sent it. */
  source: string | null;
}

/** Why a figure is not recorded; each has its own answer (locales: kpi-update-problem). */
export type KpiProblem =
  | "unknown_metric"
  | "several_values"
  | "not_a_result"
  | "out_of_range"
  | "negative"
  | "date_missing"
  | "future_date"
  | "invalid_date"
  | "unknown_unit"
  | "not_reported"
  | "invalid_value";

export type Checked<T> = { ok: true; draft: T } | { ok: false; problem: KpiProblem; detail?: string };

/** What a person may do with a figure: record it, propose it for the secretariat's confirmation, or nothing. */
export type KpiPermission = "record" | "propose" | "refused";

/** A chat message about KPI updates, by its shape (never by the database). */
export type KpiCommand =
  | { kind: "update"; body: string }
  | { kind: "accept" }
  | { kind: "cancel" }
  | { kind: "approve"; id: number }
  | { kind: "reject"; id: number; reason: string | null };
