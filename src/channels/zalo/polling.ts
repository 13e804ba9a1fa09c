import { runLongPoll } from "../../app/inbound/long-poll.js";
import type { Logger } from "../../infra/logger.js";
import type { ZaloBot } from "./bot.js";
import type { ZaloClient } from "./client.js";
import { describeError, ZaloApiError } from "./errors.js";

export { backoffDelay } from "../../app/inbound/long-poll.js";

export interface PollingOptions {
  client: Pick<ZaloClient, "getUpdates">;
  bot: Pick<ZaloBot, "acceptRaw">;
  logger: Logger;
  signal: AbortSignal;
  /** Seconds the platform holds an idle long poll before its 408. */
  timeoutSeconds?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Long polling for development (production uses the webhook): one update per getUpdates call, 408 (null) when idle. */
export function runPolling(options: PollingOptions): Promise<void> {
  const { client, bot, logger } = options;
  return runLongPoll({
    label: "zalo",
    signal: options.signal,
    logger,
    poll: async (signal) => {
      const update = await client.getUpdates({ timeout: options.timeoutSeconds ?? 30 }, signal);
      return update ? [update] : [];
    },
    accept: (update) => {
      if (bot.acceptRaw(update) === "invalid") logger.warn("zalo polling: an update that is not one was skipped");
    },
    severe: (error) => error instanceof ZaloApiError && error.badToken,
    describe: describeError,
    ...(options.initialDelayMs !== undefined ? { initialDelayMs: options.initialDelayMs } : {}),
    ...(options.maxDelayMs !== undefined ? { maxDelayMs: options.maxDelayMs } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
}
