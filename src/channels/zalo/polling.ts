import type { Logger } from "../../infra/logger.js";
import type { ZaloBot } from "./bot.js";
import type { ZaloClient } from "./client.js";
import { describeError, ZaloApiError } from "./errors.js";

export interface PollingOptions {
  client: Pick<ZaloClient, "getUpdates">;
  bot: Pick<ZaloBot, "acceptRaw">;
  logger: Logger;
  signal: AbortSignal;
  /** Seconds the platform holds an idle long poll before its 408. */
  timeoutSeconds?: number;
  /** Backoff after errors: first delay, doubled per failure up to maxDelayMs (with ±20% jitter). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export function backoffDelay(failures: number, initialMs: number, maxMs: number, random = Math.random): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

const abortableSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Long polling for development: one update per getUpdates call, 408 (null) when idle, and a growing pause after
 * errors so a dead network or a bad token never turns into a tight loop. Production uses the webhook.
 */
export async function runPolling(options: PollingOptions): Promise<void> {
  const { client, bot, logger, signal } = options;
  const initial = options.initialDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 60_000;
  const sleep = options.sleep ?? abortableSleep;
  let failures = 0;
  while (!signal.aborted) {
    try {
      const update = await client.getUpdates({ timeout: options.timeoutSeconds ?? 30 }, signal);
      if (failures > 0) logger.info({ failures }, "zalo polling: reconnected");
      failures = 0;
      if (update) {
        const outcome = bot.acceptRaw(update);
        if (outcome === "invalid") logger.warn("zalo polling: an update that is not one was skipped");
      }
    } catch (error) {
      if (signal.aborted) break;
      failures++;
      const delay = backoffDelay(failures, initial, max);
      const badToken = error instanceof ZaloApiError && error.badToken;
      logger[badToken || failures >= 5 ? "error" : "warn"]({ failures, retryInMs: delay, error: describeError(error) }, "zalo polling: getUpdates failed");
      await sleep(delay, signal);
    }
  }
}
