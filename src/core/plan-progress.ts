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
  /** Open tasks the units reported blocked (counted among overdue or not started as well). */
  blocked: number;
  /** Done tasks finished after their deadline (in force); the rest were done on time. */
  doneLate: number;
  /** Tasks whose deadline an approved extension moved. With some, the counts are also given as issued. */
  extended: number;
  /** The same states against the deadlines the plan issued, before any extension. */
  asIssued: { overdue: number; inProgressOnTime: number; notStarted: number; doneLate: number };
}

export interface ProgressCounts {
  total: number;
  done: number;
  inProgressOnTime: number;
  overdue: number;
  notStartedOnTime: number;
  awaitingConfirmation: number;
  /** Absent from counts that do not tell them apart (older stores, fakes): read as none. */
  blocked?: number;
  doneLate?: number;
  doneLateAsIssued?: number;
  extended?: number;
  asIssued?: { overdue: number; inProgressOnTime: number; notStartedOnTime: number };
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
    blocked: counts.blocked ?? 0,
    doneLate: counts.doneLate ?? 0,
    extended: counts.extended ?? 0,
    asIssued: {
      overdue: counts.asIssued?.overdue ?? counts.overdue,
      inProgressOnTime: counts.asIssued?.inProgressOnTime ?? counts.inProgressOnTime,
      notStarted: counts.asIssued?.notStartedOnTime ?? counts.notStartedOnTime,
      doneLate: counts.doneLateAsIssued ?? counts.doneLate ?? 0,
    },
  };
}
