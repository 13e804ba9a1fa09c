import type { ExtractedValue } from "../kpi-extract/types.js";
import { compareDates, isLocalDate, type LocalDate } from "../local-date.js";
import type { Metric, MetricValue, Person, Scope, Unit } from "../model.js";
import type { Checked, KpiDraft, KpiPermission } from "./types.js";

/**
 * The rules a KPI value must meet before it is recorded, whoever brings it (chat, `kpi set`, a spreadsheet):
 * a known metric, a result (not a target or a change), a value its measure allows, a date that has come, and a
 * scope that reports that metric. Pure: the catalogue and today are passed in.
 */
export interface KpiContext {
  metrics: readonly Metric[];
  units: readonly Unit[];
  /** The current values, to know which scopes and units report a metric and to carry a series' target on. */
  values: readonly MetricValue[];
  today: LocalDate;
}

/** The level a unit's own figure belongs to: a department's online rate is one of the department level's. */
const LEVEL_OF_KIND: Partial<Record<Unit["kind"], Scope>> = { department: "department_level", provincial_office: "department_level", district: "district_level", commune: "commune_level" };
/** Province-wide figures a kind of unit reports itself: the police count the identity accounts (Đề án 06). */
const REPORTED_BY_KIND: Partial<Record<Unit["kind"], readonly string[]>> = { police: ["vneid", "da06"] };

/** Plain decimal text of a number: 20.5 → "20.5", 560000 → "560000" (never an exponent). */
export function decimalText(value: number): string {
  if (!Number.isFinite(value)) return "NaN";
  const text = Number.isInteger(value) ? value.toFixed(0) : String(Number(value.toFixed(6)));
  return text.includes("e") ? value.toFixed(6).replace(/0+$/, "").replace(/\.$/, "") : text;
}

/** The one known figure of an update message, as a draft, or why it cannot be one. */
export function draftFromExtracted(
  found: readonly ExtractedValue[],
  ctx: KpiContext,
  unitOf: (name: string) => Unit | undefined,
  source: string | null,
  /** A unit the message names anywhere: the figure is that unit's, wherever the name stands. */
  namedUnit?: Unit,
): Checked<KpiDraft> {
  const known = found.filter((f) => f.metric !== null);
  if (known.length === 0) return { ok: false, problem: "unknown_metric" };
  if (known.length > 1) return { ok: false, problem: "several_values" };
  const f = known[0]!;
  const metric = ctx.metrics.find((m) => m.key === f.metric)!;
  if (f.kind !== "result") return { ok: false, problem: "not_a_result" };
  let unitId: number | null = null;
  if (namedUnit && f.scope !== "unit") {
    return checkDraft({
      metricId: metric.id, metricKey: metric.key, scope: "unit", unitId: namedUnit.id, value: decimalText(f.value), qualifier: f.qualifier,
      asOf: f.periodTo ? null : f.asOf, periodFrom: f.periodFrom, periodTo: f.periodTo, source,
    }, ctx);
  }
  if (f.scope === "unit") {
    const unit = f.unit === null ? undefined : unitOf(f.unit);
    if (!unit) return { ok: false, problem: "unknown_unit", detail: f.unit ?? "" };
    unitId = unit.id;
  }
  return checkDraft({
    metricId: metric.id, metricKey: metric.key, scope: f.scope, unitId, value: decimalText(f.value), qualifier: f.qualifier,
    asOf: f.periodTo ? null : f.asOf, periodFrom: f.periodFrom, periodTo: f.periodTo, source,
  }, ctx);
}

/** The checks every draft goes through, however it was written. */
export function checkDraft(draft: KpiDraft, ctx: KpiContext): Checked<KpiDraft> {
  const metric = ctx.metrics.find((m) => m.id === draft.metricId);
  if (!metric) return { ok: false, problem: "unknown_metric" };
  const value = Number(draft.value);
  if (!/^-?\d+(\.\d+)?$/.test(draft.value) || !Number.isFinite(value)) return { ok: false, problem: "invalid_value" };
  if (value < 0) return { ok: false, problem: "negative" };
  if (metric.measure === "percent" && value > 100) return { ok: false, problem: "out_of_range" };
  if (metric.measure === "rank" && (value < 1 || !Number.isInteger(value))) return { ok: false, problem: "out_of_range" };
  const dates = [draft.asOf, draft.periodFrom, draft.periodTo].filter((d): d is LocalDate => d !== null);
  if (dates.length === 0) return { ok: false, problem: "date_missing" };
  if (dates.some((d) => !isLocalDate(d))) return { ok: false, problem: "invalid_date" };
  if (dates.some((d) => compareDates(d, ctx.today) > 0)) return { ok: false, problem: "future_date" };
  if (draft.periodFrom && draft.periodTo && compareDates(draft.periodFrom, draft.periodTo) > 0) return { ok: false, problem: "invalid_date" };
  if (!reportsMetric(metric, draft.scope, draft.unitId, ctx)) return { ok: false, problem: "not_reported" };
  return { ok: true, draft };
}

/**
 * Whether a scope reports a metric: it has a value of it already; or, for one unit, the unit's level does
 * (each department has its own online rate when the department level has one).
 */
export function reportsMetric(metric: Metric, scope: Scope, unitId: number | null, ctx: Pick<KpiContext, "values" | "units">): boolean {
  const values = ctx.values.filter((v) => v.metricId === metric.id);
  if (scope !== "unit") return values.some((v) => v.scope === scope);
  if (values.some((v) => v.scope === "unit" && v.unitId === unitId)) return true;
  const unit = ctx.units.find((u) => u.id === unitId);
  const level = unit ? LEVEL_OF_KIND[unit.kind] : undefined;
  return level !== undefined && values.some((v) => v.scope === level);
}

/**
 * Who may record a figure: the secretariat and admins record it; a unit proposes its own figures (its own
 * scope, or the province-wide figures its kind reports) for the secretariat to confirm; nobody else.
 */
export function permissionFor(person: Pick<Person, "role" | "unitIds">, draft: Pick<KpiDraft, "scope" | "unitId" | "metricId">, ctx: Pick<KpiContext, "metrics" | "units">): KpiPermission {
  if (person.role === "secretariat" || person.role === "admin") return "record";
  if (person.role !== "unit_officer") return "refused";
  if (draft.scope === "unit") return draft.unitId !== null && person.unitIds.includes(draft.unitId) ? "propose" : "refused";
  const metric = ctx.metrics.find((m) => m.id === draft.metricId);
  if (draft.scope !== "province" || !metric) return "refused";
  const own = person.unitIds.some((id) => {
    const kind = ctx.units.find((u) => u.id === id)?.kind;
    const aspects = kind ? REPORTED_BY_KIND[kind] : undefined;
    return aspects !== undefined && metric.aspects.some((a) => aspects.includes(a));
  });
  return own ? "propose" : "refused";
}

/** Two values are the same figure (a correction of one another) when metric, scope, unit and date agree. */
export function sameFigure(a: Pick<KpiDraft, "metricId" | "scope" | "unitId" | "asOf" | "periodFrom" | "periodTo">, b: typeof a): boolean {
  return a.metricId === b.metricId && a.scope === b.scope && a.unitId === b.unitId && a.asOf === b.asOf && a.periodFrom === b.periodFrom && a.periodTo === b.periodTo;
}

/**
 * The target a new value of a series carries: the series' latest target when the update states none (a figure
 * updated on 28/7 is still measured against the 738.291 accounts due 31/7).
 */
export function carriedTarget(draft: Pick<KpiDraft, "metricId" | "scope" | "unitId">, measure: Metric["measure"], values: readonly MetricValue[]): { target: string | null; targetDate: LocalDate | null; denominator: string | null } {
  const series = values
    .filter((v) => v.metricId === draft.metricId && v.scope === draft.scope && v.unitId === draft.unitId)
    .sort((a, b) => compareDates(a.asOf ?? a.periodTo ?? "", b.asOf ?? b.periodTo ?? ""));
  const targeted = series.filter((v) => v.target !== null).at(-1);
  // A rank keeps its "out of" (28/63 provinces); a share's denominator belongs to its own count and is not carried.
  const denominator = measure === "rank" ? (series.at(-1)?.denominator ?? null) : null;
  return { target: targeted?.target ?? null, targetDate: targeted?.targetDate ?? null, denominator };
}
