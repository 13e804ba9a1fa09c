/**
 * The data of a report: the plans asked for (one by its code or name, else every active plan), their tasks and
 * extension history as they stood on the day, and the KPI figures known on that day.
 */
import { type ReportData, type ReportExtension, type ReportKpi, extensionsAsOf, taskAsOf } from "../../core/exports/index.js";
import type { LocalDate } from "../../core/local-date.js";
import { isInOffice, type Unit } from "../../core/model.js";
import { plansNamed, usualSecretariat } from "../../core/plan-import/index.js";
import { reply, type Reply } from "../../core/reply.js";
import type { ExportPlan, ExportStore, StoredExtension } from "./ports.js";

export type Gathered = { ok: true; data: ReportData } | { ok: false; reply: Reply };

export async function gatherReport(store: ExportStore, options: { plan?: string; asOf: LocalDate }): Promise<Gathered> {
  const [plans, units] = await Promise.all([store.plans(), store.units()]);
  const chosen = choosePlans(plans, options.plan);
  if (chosen.length === 0) {
    const known = plans.map((p) => p.code).join(", ");
    return { ok: false, reply: options.plan ? reply("export-unknown-plan", { plan: options.plan, plans: known || "none" }) : reply("export-no-plans") };
  }
  const ids = chosen.map((p) => p.id);
  const [tasks, stored, kpis] = await Promise.all([store.tasks(ids), store.extensions(ids), store.kpis()]);
  const metrics = new Map(kpis.metrics.map((m) => [m.id, m]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const figures: ReportKpi[] = kpis.values
    .filter((v) => (v.asOf ?? v.periodTo ?? v.periodFrom ?? "") <= options.asOf && metrics.has(v.metricId))
    .map((value) => ({ metric: metrics.get(value.metricId)!, value, unitName: value.unitId === null ? null : unitName.get(value.unitId) ?? null }));
  return {
    ok: true,
    data: {
      asOf: options.asOf,
      province: provinceOf(units, options.asOf),
      office: officeOf(chosen, units),
      plans: chosen.map((p) => ({ code: p.code, name: p.name })),
      tasks: tasks.map((t) => taskAsOf(t, options.asOf)),
      extensions: extensionsAsOf(withPreviousDeadlines(stored), options.asOf),
      kpis: figures,
    },
  };
}

/** One plan by its code or its name (with or without diacritics, or words of it), or every active plan. */
function choosePlans(plans: readonly ExportPlan[], selector: string | undefined): ExportPlan[] {
  const wanted = selector?.trim();
  return wanted ? plansNamed(plans, wanted, { partial: true }) : plans.filter((p) => p.active);
}

/** The province in office on the day (Quảng Nam in 2023, Đà Nẵng after the 2025 merger). */
function provinceOf(units: readonly Unit[], day: LocalDate): string {
  const provinces = units.filter((u) => u.kind === "province");
  return (provinces.find((u) => isInOffice(u, day)) ?? provinces[0])?.name ?? "";
}

/** The office that follows the plans up (their secretariat; the most common one when they differ). */
function officeOf(plans: readonly ExportPlan[], units: readonly Unit[]): string {
  const id = usualSecretariat(plans);
  return units.find((u) => u.id === id)?.name ?? "";
}

/**
 * The table keeps only the deadline asked for: the one before it is the plan's, moved by each approval before
 * this request, in the order the requests were made.
 */
function withPreviousDeadlines(stored: readonly StoredExtension[]): ReportExtension[] {
  const current = new Map<number, string>();
  return stored.map(({ taskId, issuedDeadline, ...e }) => {
    const previousDeadline = current.get(taskId) ?? issuedDeadline;
    if (e.status === "approved") current.set(taskId, e.newDeadline);
    return { ...e, previousDeadline };
  });
}
