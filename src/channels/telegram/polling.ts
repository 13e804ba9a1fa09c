import { GrammyError, type Api } from "grammy";
import { runLongPoll } from "../../app/inbound/long-poll.js";
import type { Logger } from "../../infra/logger.js";
import type { TelegramIntake } from "./intake.js";

export interface TelegramPollingOptions {
  api: Pick<Api, "getUpdates">;
  /** The shared inbound receiver, the same the webhook feeds: de-duplication, order per chat, updates in hand. */
  intake: TelegramIntake;
  allowedUpdates: readonly string[];
  logger: Logger;
  signal: AbortSignal;
  timeoutSeconds?: number;
}

/**
 * getUpdates into the shared inbound receiver: each batch is confirmed by the next call's offset once handed
 * over. Another process polling with the same token ends this one's poll with 409: this one keeps serving and
 * polls again (a newcomer sees the conflict at its start and exits).
 */
export function runTelegramPolling(options: TelegramPollingOptions): Promise<void> {
  const { api, intake, logger } = options;
  // 0: every update not yet confirmed (as if none were given); each call then confirms the batch before it.
  let offset = 0;
  return runLongPoll({
    label: "telegram",
    signal: options.signal,
    logger,
    inHand: () => intake.inFlight,
    poll: async (signal) => {
      // grammY types its signal with the abort-controller polyfill's class; Node's is the same at run time.
      const updates = await api.getUpdates({ offset, timeout: options.timeoutSeconds ?? 30, limit: 100, allowed_updates: [...options.allowedUpdates] as never }, signal as Parameters<Api["getUpdates"]>[1]);
      if (updates.length > 0) offset = updates[updates.length - 1]!.update_id + 1;
      return updates;
    },
    accept: (update) => {
      const outcome = intake.accept(update);
      if (outcome !== "queued") logger.debug({ update: update.update_id, outcome }, "telegram polling: update not queued");
    },
    passing: (error) => {
      if (!(error instanceof GrammyError && error.error_code === 409)) return undefined;
      logger.warn("telegram: another process polled with this token (409 Conflict); polling again");
      return 1000;
    },
  });
}
