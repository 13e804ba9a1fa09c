import type { WorkingCalendar } from "../../core/calendar/index.js";
import type { Clock } from "../../core/clock.js";
import { changesBetween, type SeriesChange } from "../../core/kpi-history/index.js";
import { previousDigestAt, type ReminderPolicy } from "../../core/reminders/index.js";
import type { KpiStore } from "./ports.js";

/** The figures that changed since the last weekly digest, for the briefing (issue #12, item 5). */
export interface KpiChanges {
  sinceLastDigest(): Promise<{ since: Date; changes: SeriesChange[] }>;
}

export interface KpiChangesDeps {
  kpis: Pick<KpiStore, "seriesTouchedSince">;
  /** The key of the last digest sent ("digest|<Monday>"), as the reminder loop wrote it. */
  lastDigestKey(): Promise<string | null>;
  calendar: WorkingCalendar;
  policy: ReminderPolicy;
  clock: Clock;
}

export function createKpiChanges(deps: KpiChangesDeps): KpiChanges {
  return {
    async sinceLastDigest() {
      const now = deps.clock.now();
      const since = previousDigestAt(await deps.lastDigestKey(), now, deps.calendar, deps.policy);
      return { since, changes: changesBetween(await deps.kpis.seriesTouchedSince(since), since, now) };
    },
  };
}
