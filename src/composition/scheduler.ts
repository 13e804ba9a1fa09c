import cron from "node-cron";
import { runReminderTick, type ReminderDeps } from "../app/reminders/tick.js";
import type { Logger } from "../infra/logger.js";

export interface Scheduler {
  /** Runs one tick now (or joins the one running). */
  tick(): Promise<void>;
  /** Stops the schedule and waits for a running tick to end. */
  stop(): Promise<void>;
}

/**
 * The reminder loop: a tick every minute, Vietnam time, plus one at start (which catches up after downtime).
 * node-cron keeps no state: what is due lives in the database, and each tick claims it. One error boundary per
 * tick: a failure is logged and the next minute tries again.
 */
export function startScheduler(deps: ReminderDeps, logger: Logger, options: { runAtStart?: boolean } = {}): Scheduler {
  let running: Promise<void> | null = null;
  const tick = (): Promise<void> => {
    running ??= (async () => {
      try {
        const result = await runReminderTick(deps);
        const { planned, composed, dispatched } = result;
        if (planned.inserted > 0 || (composed?.deliveries ?? 0) > 0 || (dispatched?.sent ?? 0) > 0 || (dispatched?.failed ?? 0) > 0) {
          logger.info({ at: result.at.toISOString(), planned: planned.inserted, composed: composed?.deliveries ?? 0, ...dispatched }, "reminder tick");
        }
      } catch (error) {
        logger.error({ err: error }, "reminder tick failed; the next tick carries on");
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const task = cron.schedule("* * * * *", tick, { timezone: "Asia/Ho_Chi_Minh", noOverlap: true, name: "reminders" });
  if (options.runAtStart ?? true) void tick();
  return {
    tick,
    async stop() {
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
