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
    reply("plan-progress-detail", {
      inProgress: progress.inProgressOnTime,
      overdue: progress.overdue,
      notStarted: progress.notStarted,
      remaining: progress.remaining,
    }),
  ];
  if (progress.awaitingConfirmation > 0) lines.push(reply("plan-progress-awaiting", { awaiting: progress.awaitingConfirmation }));
  if (secretariat) lines.push(reply("plan-secretariat", { unit: secretariat }));
  lines.push(reply("plan-progress-source", { source: plan.sourceDocument, date: formatDate(today, locale) }));
  return lines;
}
