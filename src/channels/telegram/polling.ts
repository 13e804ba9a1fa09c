import { GrammyError, type Api } from "grammy";
import type { Logger } from "../../infra/logger.js";
import { backoffDelay } from "../zalo/polling.js";
import type { TelegramIntake } from "./intake.js";

export interface TelegramPollingOptions {
  api: Pick<Api, "getUpdates">;
  /** The shared inbound receiver, the same the webhook feeds: de-duplication, order per chat, updates in hand. */
  intake: TelegramIntake;
  allowedUpdates: readonly string[];
  logger: Logger;
  signal: AbortSignal;
  timeoutSeconds?: number;
  /** Past this many updates in hand the next poll waits: Telegram keeps the rest meanwhile, memory does not grow. */
  maxInHand?: number;
  /** Backoff after errors: first delay, doubled per failure up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

const isConflict = (error: unknown) => error instanceof GrammyError && error.error_code === 409;

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Long polling into the shared inbound receiver (the webhook's too): each batch is confirmed by the next call's
 * offset once handed over. Another process polling with the same token ends this one's poll with 409: this one
 * keeps serving and polls again (a newcomer sees the conflict at its start and exits). Errors pause, growing.
 */
export async function runTelegramPolling(options: TelegramPollingOptions): Promise<void> {
  const { api, intake, logger, signal } = options;
  const maxInHand = options.maxInHand ?? 1_000;
  // 0: every update not yet confirmed (as if none were given); each call then confirms the batch before it.
  let offset = 0;
  let failures = 0;
  while (!signal.aborted) {
    while (intake.inFlight >= maxInHand && !signal.aborted) await pause(50, signal);
    try {
      const updates = await api.getUpdates(
        { offset, timeout: options.timeoutSeconds ?? 30, limit: 100, allowed_updates: [...options.allowedUpdates] as never },
        // grammY types its signal with the abort-controller polyfill's class; Node's is the same at run time.
        signal as Parameters<Api["getUpdates"]>[1],
      );
      if (failures > 0) logger.info({ failures }, "telegram polling: reconnected");
      failures = 0;
      for (const update of updates) {
        offset = update.update_id + 1;
        const outcome = intake.accept(update);
        if (outcome !== "queued") logger.debug({ update: update.update_id, outcome }, "telegram polling: update not queued");
      }
    } catch (error) {
      if (signal.aborted) break;
      if (isConflict(error)) {
        logger.warn("telegram: another process polled with this token (409 Conflict); polling again");
        await pause(1000, signal);
        continue;
      }
      failures++;
      const delay = backoffDelay(failures, options.initialDelayMs ?? 1000, options.maxDelayMs ?? 60_000);
      logger[failures >= 5 ? "error" : "warn"]({ err: error, failures, retryInMs: delay }, "telegram polling: getUpdates failed");
      await pause(delay, signal);
    }
  }
}
