import { formatDate, formatPercent, type Locale } from "../format.js";
import type { LocalDate } from "../local-date.js";
import type { Plan } from "../model.js";
import type { PlanProgress } from "../plan-progress.js";
import { reply, type Reply } from "../reply.js";

export function answerPlanProgress(plan: Plan, progress: PlanProgress, today: LocalDate, locale: Locale, secretariat?: string): Reply[] {
  const lines: Reply[] = [
    reply("plan-progress", {
      plan: plan.name,
      date: formatDate(today, locale),
      done: progress.done,
      total: progress.total,
      rate: formatPercent(progress.rate, locale),
    }),
    // With extensions granted, each count says which deadlines it is against: those in force, and the plan's.
    reply(progress.extended > 0 ? "plan-progress-detail-extended" : "plan-progress-detail", {
      inProgress: progress.inProgressOnTime,
      overdue: progress.overdue,
      notStarted: progress.notStarted,
      remaining: progress.remaining,
      extended: progress.extended,
    }),
  ];
  if (progress.extended > 0) {
    lines.push(reply("plan-progress-as-issued", { inProgress: progress.asIssued.inProgressOnTime, overdue: progress.asIssued.overdue, notStarted: progress.asIssued.notStarted, doneLate: progress.asIssued.doneLate }));
  }
  if (progress.done > 0) lines.push(reply("plan-progress-done-timing", { onTime: progress.done - progress.doneLate, late: progress.doneLate }));
  if (progress.blocked > 0) lines.push(reply("plan-progress-blocked", { blocked: progress.blocked }));
  if (progress.awaitingConfirmation > 0) lines.push(reply("plan-progress-awaiting", { awaiting: progress.awaitingConfirmation }));
  if (secretariat) lines.push(reply("plan-secretariat", { unit: secretariat }));
  lines.push(reply("plan-progress-source", { source: plan.sourceDocument, date: formatDate(today, locale) }));
  return lines;
}
