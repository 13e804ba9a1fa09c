import { truncatedPercent } from "./rates.js";

/** The figures of "tiến độ kế hoạch": counts as of one day, and the completion rate as official reports print it. */
export interface PlanProgress {
  total: number;
  done: number;
  inProgressOnTime: number;
  overdue: number;
  notStarted: number;
  awaitingConfirmation: number;
  /** Completion rate in percent, truncated to two decimals: 14/43 → 32.55. */
  rate: number;
  remaining: number;
}

export interface ProgressCounts {
  total: number;
  done: number;
  inProgressOnTime: number;
  overdue: number;
  notStartedOnTime: number;
  awaitingConfirmation: number;
}

export function planProgress(counts: ProgressCounts): PlanProgress {
  return {
    total: counts.total,
    done: counts.done,
    inProgressOnTime: counts.inProgressOnTime,
    overdue: counts.overdue,
    notStarted: counts.notStartedOnTime,
    awaitingConfirmation: counts.awaitingConfirmation,
    rate: truncatedPercent(counts.done, counts.total),
    remaining: counts.total - counts.done,
  };
}
