/**
 * The leaders' weekly digest (Monday 08:00, or the first working day after it): plan progress, overdue tasks
 * by unit, and the KPIs whose figures changed since the last digest (issue #12, item 5). Sent once a week: the
 * week's key is written in the same transaction as the deliveries (compare-and-set), so two processes or a
 * restart never send it twice.
 */
import { movementWords } from "../../core/answer/kpi-change.js";
import { metricAmount, metricName, whenOf } from "../../core/answer/kpi-text.js";
import { shorten } from "../../core/answer/tasks.js";
import type { WorkingCalendar } from "../../core/calendar/index.js";
import { formatDate, formatPercent } from "../../core/format.js";
import { changesBetween, movementBetween, type TrackedValue } from "../../core/kpi-history/index.js";
import { vnDate } from "../../core/local-date.js";
import { planProgress } from "../../core/plan-progress.js";
import { previousDigestAt, type ReminderPolicy, weeklyDigestSlot } from "../../core/reminders/index.js";
import { reply, type Reply } from "../../core/reply.js";
import type { KpiStore } from "../kpi/ports.js";
import type { CatalogStore, TaskStore } from "../ports.js";
import type { ComposeReader } from "./ports.js";
import type { TextContext } from "./render.js";

export const DIGEST_STATE_KEY = "digest.week";
const MAX_UNITS = 15;
const MAX_CODES = 6;
const BLOCKED_REASON_MAX = 60;
const MAX_KPI_LINES = 12;

export interface DigestSource {
  tasks: TaskStore;
  catalog: CatalogStore;
  kpis: Pick<KpiStore, "seriesTouchedSince">;
}

export interface DigestDraft {
  /** "digest|<Monday>": the week it belongs to. */
  key: string;
  text: string;
}

/** This week's digest when it is due and not yet sent, else null. */
export async function prepareDigest(
  now: Date,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  source: DigestSource,
  reader: ComposeReader,
  ctx: TextContext,
): Promise<DigestDraft | null> {
  const slot = weeklyDigestSlot(now, calendar, policy);
  const lastSent = await reader.stateValue(DIGEST_STATE_KEY);
  if (!slot || lastSent === slot.key) return null;
  const today = vnDate(now);
  const t = (r: Reply) => ctx.translate(ctx.locale, r);
  const catalog = await source.catalog.loadCatalog();
  const lines = [t(reply("digest-header", { date: formatDate(today, ctx.locale) }))];
  // Every plan followed now, each under its name (the year's plan, a meeting's conclusions beside it).
  for (const plan of catalog.plans.filter((p) => p.active !== false)) {
    const progress = planProgress(await source.tasks.progressCounts(plan.id, today));
    if (progress.total === 0) continue;
    lines.push(t(reply("plan-progress", { plan: plan.name, date: formatDate(today, ctx.locale), done: progress.done, total: progress.total, rate: formatPercent(progress.rate, ctx.locale) })));
    // With extensions granted, the counts say which deadlines they are against, as the answers do.
    const detail = { inProgress: progress.inProgressOnTime, overdue: progress.overdue, notStarted: progress.notStarted, remaining: progress.remaining, extended: progress.extended };
    lines.push(t(reply(progress.extended > 0 ? "plan-progress-detail-extended" : "plan-progress-detail", detail)));
    if (progress.extended > 0) {
      lines.push(t(reply("plan-progress-as-issued", { inProgress: progress.asIssued.inProgressOnTime, overdue: progress.asIssued.overdue, notStarted: progress.asIssued.notStarted, doneLate: progress.asIssued.doneLate })));
    }
  }
  const overdue = await source.tasks.findTasks({ today, state: "overdue", limit: 10_000 });
  const unitName = new Map(catalog.units.map((u) => [u.id, u.name]));
  const byUnit = new Map<number, string[]>();
  for (const task of overdue.tasks) byUnit.set(task.leadUnitId, [...(byUnit.get(task.leadUnitId) ?? []), task.code]);
  const units = [...byUnit].sort((a, b) => b[1].length - a[1].length || (unitName.get(a[0]) ?? "").localeCompare(unitName.get(b[0]) ?? "", "vi"));
  lines.push(t(reply(units.length > 0 ? "digest-overdue-header" : "digest-overdue-none")));
  for (const [unitId, codes] of units.slice(0, MAX_UNITS)) {
    const shown = codes.slice(0, MAX_CODES).join(", ") + (codes.length > MAX_CODES ? ", …" : "");
    lines.push(t(reply("digest-overdue-line", { unit: unitName.get(unitId) ?? "?", count: codes.length, codes: shown })));
  }
  // Blocked tasks wait on someone other than the unit: the leaders are the ones who can unblock them.
  const blocked = await source.tasks.findTasks({ today, state: "blocked", limit: MAX_UNITS });
  if (blocked.total > 0) {
    const shown = blocked.tasks.map((task) => t(reply("digest-blocked-task", { code: task.code, unit: unitName.get(task.leadUnitId) ?? "?", reason: task.notes ? shorten(task.notes, BLOCKED_REASON_MAX) : "none" })));
    lines.push(t(reply("digest-blocked", { count: blocked.total, tasks: shown.join("; ") })));
  }
  const since = previousDigestAt(lastSent, slot.dueAt, calendar, policy);
  lines.push(...kpiLines(catalog, await source.kpis.seriesTouchedSince(since), since, now, unitName, ctx));
  return { key: slot.key, text: lines.join("\n") };
}

/**
 * What changed in the figures since the last digest: each series whose latest value is not the one it had then,
 * with that value and how far it moved (or that it was corrected); the latest values, never superseded ones.
 */
function kpiLines(
  catalog: Awaited<ReturnType<CatalogStore["loadCatalog"]>>,
  touched: readonly TrackedValue[],
  since: Date,
  now: Date,
  unitName: ReadonlyMap<number, string>,
  ctx: TextContext,
): string[] {
  const t = (r: Reply) => ctx.translate(ctx.locale, r);
  const sinceDate = formatDate(vnDate(since), ctx.locale);
  const changes = changesBetween(touched, since, now);
  if (changes.length === 0) return [t(reply("digest-kpi-none", { since: sinceDate }))];
  const metrics = new Map(catalog.metrics.map((m) => [m.id, m]));
  const lines = [t(reply("digest-kpi-header", { since: sinceDate }))];
  for (const { now: value, before, corrected } of changes.slice(0, MAX_KPI_LINES)) {
    const metric = metrics.get(value.metricId);
    if (!metric) continue;
    const args = {
      metric: metricName(metric, ctx.locale),
      scope: value.scope,
      unit: value.unitId === null ? "" : unitName.get(value.unitId) ?? "",
      value: metricAmount(metric, value, ctx.locale),
      when: whenOf(value, ctx.locale),
      previous: before ? metricAmount(metric, before, ctx.locale) : "none",
      previousWhen: before ? whenOf(before, ctx.locale) : "none",
      change: before ? movementWords(metric, movementBetween(before, value, metric), ctx.locale) : "none",
    };
    lines.push(t(reply(corrected ? "digest-kpi-correction" : "digest-kpi-line", args)));
  }
  if (changes.length > MAX_KPI_LINES) lines.push(t(reply("digest-kpi-more", { count: changes.length - MAX_KPI_LINES })));
  return lines;
}
