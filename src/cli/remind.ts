import { previewReminders } from "../app/reminders/preview.js";
import { clockTime, previewText } from "../app/reminders/preview-text.js";
import { runReminderTick } from "../app/reminders/tick.js";
import { createConsoleSender } from "../channels/console-sender.js";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { formatDate } from "../core/format.js";
import { vnDate } from "../core/local-date.js";
import { nextSendingWindow } from "../core/reminders/index.js";
import { reply } from "../core/reply.js";
import type { Logger } from "../infra/logger.js";
import { reminderDeps } from "../composition/reminder-wiring.js";
import { startRuntime } from "../composition/runtime.js";
import { openOutboundSenders, type OutboundSenders } from "../composition/outbound-senders.js";
import { reclaimFromDeadLocalWorkers } from "../composition/reclaim.js";
import { pendingDeliveriesByChannel } from "../db/stores/delivery-counts.js";

export interface RemindOptions {
  at?: string | undefined;
  now?: string | undefined;
  "dry-run"?: boolean | undefined;
}

/**
 * `remind [--dry-run] [--at <ISO time>]`: one reminder tick as of a moment. With --dry-run it prints what would
 * be sent, to whom and why, and writes nothing; without, it plans, composes and sends through every configured
 * channel it can send through (Telegram, Zalo; the console prints each message as "→ [console:<chat>]"), and
 * says how many deliveries it left in the outbox for the running bot (the personal Zalo channel).
 */
export async function remindCommand(options: RemindOptions, logger: Logger): Promise<number> {
  const config = configAt(options.at ?? options.now);
  const runtime = await startRuntime(config, logger);
  let outbound: OutboundSenders | undefined;
  try {
    const write = (text: string) => process.stdout.write(`${text}\n`);
    outbound = options["dry-run"] ? undefined : openOutboundSenders(runtime, logger);
    const deps = reminderDeps(runtime, [createConsoleSender(write), ...(outbound?.senders ?? [])], logger);
    const t = (key: string, args?: Record<string, string | number>) => runtime.translate(deps.ctx.locale, reply(key, args));
    const now = config.now ?? runtime.clock.now();
    if (options["dry-run"]) {
      const preview = await previewReminders({ now, store: deps.store, calendar: deps.calendar, policy: deps.policy, ctx: deps.ctx, digestSource: deps.digestSource });
      write(previewText(preview, deps.ctx));
      return 0;
    }
    write(t("remind-run-header", { time: clockTime(now), date: formatDate(vnDate(now), deps.ctx.locale) }));
    await reclaimFromDeadLocalWorkers(deps.store, logger);
    const result = await runReminderTick(deps);
    // Sent and counted before the summary; on an error, in `finally` (the Zalo count must not stay in memory).
    const leftForTheBot = outbound?.leftForTheBot ?? [];
    await outbound?.close();
    outbound = undefined;
    if (!result.composed) {
      const next = nextSendingWindow(now, deps.calendar, deps.policy);
      write(t("remind-run-quiet", { next: `${clockTime(next)} ${formatDate(vnDate(next), deps.ctx.locale)}` }));
    }
    const d = result.dispatched;
    write(t("remind-run-summary", {
      planned: result.planned.inserted,
      composed: result.composed?.deliveries ?? 0,
      sent: d?.sent ?? 0,
      waiting: (d?.retried ?? 0) + (d?.rateLimited ?? 0),
      failed: d?.failed ?? 0,
    }));
    const left = await pendingDeliveriesByChannel(runtime.database.db, leftForTheBot);
    for (const [channel, count] of Object.entries(left)) write(t("remind-run-left-for-bot", { count, channel }));
    return 0;
  } finally {
    await outbound?.close().catch(() => undefined);
    await runtime.close();
  }
}

function configAt(at: string | undefined): Config {
  try {
    return loadConfig(undefined, at === undefined ? {} : { now: at });
  } catch (error) {
    if (error instanceof ConfigError && error.variable === "NOW" && at !== undefined) {
      throw new ConfigError("--at", "cần dạng ISO 8601 có múi giờ, ví dụ 2023-07-25T08:00:00+07:00 / expected an ISO 8601 instant with offset");
    }
    throw error;
  }
}
