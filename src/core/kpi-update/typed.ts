import { findNumerals } from "../kpi-extract/numerals.js";
import { fold } from "../vi/normalize.js";
import { isLocalDate, localDate, type LocalDate } from "../local-date.js";
import type { Metric, Scope } from "../model.js";
import { checkDraft, decimalText, type KpiContext } from "./rules.js";
import type { Checked, KpiDraft } from "./types.js";

/**
 * Figures typed on the command line or in a spreadsheet cell, read the Vietnamese way: "20,5" and "447.246"
 * (a dot groups thousands), or plain "20.5" and "560000"; dates "15/7/2023" or "2023-07-15". A number is read by
 * the report extraction's reader (kpi-extract/numerals.ts), and must be the whole field: "12.3456" or "5 tỷ"
 * is no typed figure.
 */
export function parseTypedNumber(text: string): number | undefined {
  const t = text.trim().replace(/\s*%$/, "");
  const found = findNumerals(t);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === t.length ? Number(found[0]!.digits) : undefined;
}

export function parseTypedDate(text: string): LocalDate | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isLocalDate(t) ? t : undefined;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return undefined;
  const date = localDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isLocalDate(date) ? date : undefined;
}

const SCOPES: ReadonlyArray<[Scope, readonly string[]]> = [
  ["province", ["province", "tinh", "toan tinh", "ca tinh"]],
  ["department_level", ["department level", "cap so", "khoi so", "so nganh", "khoi so nganh", "cap tinh"]],
  ["district_level", ["district level", "cap huyen", "huyen"]],
  ["commune_level", ["commune level", "cap xa", "xa"]],
  ["unit", ["unit", "don vi"]],
];

export function parseScope(text: string): Scope | undefined {
  const t = fold(text).replace(/[-_]/g, " ").replace(/\s+/g, " ").trim();
  return SCOPES.find(([, words]) => words.includes(t))?.[0];
}

/** A metric by its key, its name or one of its aliases (accents and case aside). */
export function findMetric(metrics: readonly Metric[], text: string): Metric | undefined {
  const t = fold(text).replace(/\s+/g, " ").trim();
  return metrics.find((m) => m.key === text.trim())
    ?? metrics.find((m) => fold(m.name) === t || (m.nameEn !== null && fold(m.nameEn) === t))
    ?? metrics.find((m) => m.aliases.some((a) => fold(a) === t));
}

/** One figure written as fields (a `kpi set` line, a spreadsheet row). Empty fields are null. */
export interface TypedFigure {
  metric: string;
  scope: string;
  unit: string | null;
  value: string;
  asOf: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  source: string | null;
}

export type TypedProblem = { field: "metric" | "scope" | "unit" | "value" | "date"; text: string };

/** The draft a typed figure stands for, after the same checks as a chat update; or what is wrong with it. */
export function draftFromTyped(f: TypedFigure, ctx: KpiContext, unitOf: (name: string) => number | undefined): Checked<KpiDraft> | { ok: false; typed: TypedProblem } {
  const metric = findMetric(ctx.metrics, f.metric);
  if (!metric) return { ok: false, typed: { field: "metric", text: f.metric } };
  const scope = parseScope(f.scope);
  if (!scope) return { ok: false, typed: { field: "scope", text: f.scope } };
  let unitId: number | null = null;
  if (scope === "unit") {
    unitId = f.unit === null ? null : (unitOf(f.unit) ?? null);
    if (unitId === null) return { ok: false, typed: { field: "unit", text: f.unit ?? "" } };
  }
  const number = parseTypedNumber(f.value);
  if (number === undefined) return { ok: false, typed: { field: "value", text: f.value } };
  const dates: Array<LocalDate | null> = [];
  for (const d of [f.asOf, f.periodFrom, f.periodTo]) {
    if (d === null || d.trim() === "") dates.push(null);
    else {
      const parsed = parseTypedDate(d);
      if (parsed === undefined) return { ok: false, typed: { field: "date", text: d } };
      dates.push(parsed);
    }
  }
  const [asOf, periodFrom, periodTo] = dates as [LocalDate | null, LocalDate | null, LocalDate | null];
  return checkDraft({
    metricId: metric.id, metricKey: metric.key, scope, unitId, value: decimalText(number), qualifier: "exact",
    asOf: periodTo ? null : asOf, periodFrom: periodTo ? periodFrom : null, periodTo, source: f.source,
  }, ctx);
}
