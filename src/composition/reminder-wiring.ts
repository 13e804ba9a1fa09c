import type { ChannelSender } from "../app/ports.js";
import { countedReminderSender } from "../app/metrics.js";
import type { ReminderDeps } from "../app/reminders/tick.js";
import { createWorkingCalendar } from "../core/calendar/index.js";
import { DEFAULT_POLICY } from "../core/reminders/index.js";
import { createKpiStore } from "../db/stores/kpi-store.js";
import { createOutboxStore } from "../db/stores/outbox-store.js";
import { reopenRecurringTasks } from "../app/recurring/reopen.js";
import { createRecurringStore } from "../db/stores/recurring-store.js";
import type { Logger } from "../infra/logger.js";
import type { Runtime } from "./runtime.js";
import { localWorkerId } from "./reclaim.js";

/** The reminder loop's dependencies, built from a running bot and the channels it can send through. */
export function reminderDeps(runtime: Runtime, senders: readonly ChannelSender[], logger: Logger): ReminderDeps {
  const calendar = createWorkingCalendar();
  return {
    store: createOutboxStore(runtime.database.db, runtime.database.provider),
    calendar,
    policy: DEFAULT_POLICY,
    ctx: { translate: runtime.translate, locale: runtime.config.defaultLocale, calendar },
    digestSource: { tasks: runtime.stores.tasks, catalog: runtime.stores.catalog, kpis: createKpiStore(runtime.database.db) },
    // Counted for /metrics (a no-op for commands): every send by channel and outcome, and the retries.
    senders: senders.map((sender) => countedReminderSender(sender, runtime.metrics)),
    // No pacing here: each channel's sender goes through its outbound queue, which counts the platform's limits
    // (the send budget) and hands back a message whose chat cannot take it soon, for the outbox to requeue.
    clock: runtime.clock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    workerId: localWorkerId(),
    log: logger,
    reopen: (now) => reopenRecurringTasks(createRecurringStore(runtime.database.db), now),
  };
}
