/**
 * The leaders' weekly digest (Monday 08:00, or the first working day after it): plan progress, overdue tasks
 * by unit, and KPIs with new figures this week. Sent once a week: the week's key is written in the same
 * transaction as the deliveries (compare-and-set), so two processes or a restart never send it twice.
 */
import { metricAmount, metricName, whenOf } from "../../core/answer/kpi-text.js";
import { shorten } from "../../core/answer/tasks.js";
import type { WorkingCalendar } from "../../core/calendar/index.js";
import { formatDate, formatPercent } from "../../core/format.js";
import { type LocalDate, addDays, vnDate } from "../../core/local-date.js";
import type { MetricValue } from "../../core/model.js";
import { planProgress } from "../../core/plan-progress.js";
import { type ReminderPolicy, weeklyDigestSlot } from "../../core/reminders/index.js";
import { reply, type Reply } from "../../core/reply.js";
import type { CatalogStore, TaskStore } from "../ports.js";
import type { ComposeReader } from "./ports.js";
import type { TextContext } from "./render.js";

export const DIGEST_STATE_KEY = "digest.week";
const MAX_UNITS = 15;
const MAX_CODES = 6;
const BLOCKED_REASON_MAX = 60;

export interface DigestSource {
  tasks: TaskStore;
  catalog: CatalogStore;
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
  if (!slot || (await reader.stateValue(DIGEST_STATE_KEY)) === slot.key) return null;
  const today = vnDate(now);
  const t = (r: Reply) => ctx.translate(ctx.locale, r);
  const catalog = await source.catalog.loadCatalog();
  const lines = [t(reply("digest-header", { date: formatDate(today, ctx.locale) }))];
  for (const plan of catalog.plans) {
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
  lines.push(...kpiLines(catalog, addDays(slot.slot, -7), today, unitName, ctx));
  return { key: slot.key, text: lines.join("\n") };
}

/** Values dated (as of, or period end) within the week before the digest, each with the value before it. */
function kpiLines(
  catalog: Awaited<ReturnType<CatalogStore["loadCatalog"]>>,
  since: LocalDate,
  today: LocalDate,
  unitName: ReadonlyMap<number, string>,
  ctx: TextContext,
): string[] {
  const t = (r: Reply) => ctx.translate(ctx.locale, r);
  const dateOf = (v: MetricValue) => v.asOf ?? v.periodTo ?? "";
  const fresh = catalog.metricValues.filter((v) => dateOf(v) > since && dateOf(v) <= today);
  if (fresh.length === 0) return [t(reply("digest-kpi-none"))];
  const metrics = new Map(catalog.metrics.map((m) => [m.id, m]));
  const lines = [t(reply("digest-kpi-header"))];
  for (const value of fresh.slice(0, 12)) {
    const metric = metrics.get(value.metricId);
    if (!metric) continue;
    const previous = catalog.metricValues
      .filter((v) => v.metricId === value.metricId && v.scope === value.scope && v.unitId === value.unitId && dateOf(v) < dateOf(value))
      .sort((a, b) => dateOf(b).localeCompare(dateOf(a)))[0];
    lines.push(
      t(reply("digest-kpi-line", {
        metric: metricName(metric, ctx.locale),
        scope: value.scope,
        unit: value.unitId === null ? "" : unitName.get(value.unitId) ?? "",
        value: metricAmount(metric, value, ctx.locale),
        when: whenOf(value, ctx.locale),
        previous: previous ? metricAmount(metric, previous, ctx.locale) : "none",
        previousWhen: previous ? whenOf(previous, ctx.locale) : "none",
      })),
    );
  }
  return lines;
}
