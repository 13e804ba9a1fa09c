import type { Update } from "grammy/types";
import { createInboundReceiver } from "../../app/inbound/receiver.js";
import type { UpdateLedger } from "../../app/inbound/update-ledger.js";
import type { Logger } from "../../infra/logger.js";
import type { IntakeOutcome } from "../../web/webhook-route.js";

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** The chat an update belongs to, for ordering; an update with no chat is its own. */
function chatKeyOf(update: Update): string {
  const chat = update.message?.chat ?? update.callback_query?.message?.chat ?? update.my_chat_member?.chat;
  return chat ? String(chat.id) : `update:${update.update_id}`;
}

export interface TelegramIntake {
  /** For the webhook route: checks the body and queues the update through the shared inbound receiver. */
  accept(body: unknown): IntakeOutcome;
  /** Resolves when every update taken has been handled. */
  idle(): Promise<void>;
  /** Updates taken and not yet handled. */
  readonly inFlight: number;
}

/**
 * Telegram's updates as the webhook or the long poll brings them, through the shared inbound receiver: an update
 * seen twice is dropped, one chat's updates are handled in order, and past the cap of updates in hand the
 * webhook answers 503 (Telegram retries; the long poll waits before its next call instead).
 */
export function createTelegramIntake(options: { logger: Logger; maxInFlight?: number; ledger?: UpdateLedger; handle(update: Update): Promise<void> }): TelegramIntake {
  const receiver = createInboundReceiver({
    ...(options.ledger ? { ledger: options.ledger } : {}),
    ...(options.maxInFlight !== undefined ? { maxInFlight: options.maxInFlight } : {}),
    onError: (error, update) => options.logger.error({ err: error, update: update.key }, "telegram webhook update failed"),
  });
  return {
    accept(body) {
      if (typeof body !== "object" || body === null || !Number.isSafeInteger((body as { update_id?: unknown }).update_id)) return { invalid: "not a Telegram update" };
      const update = body as Update;
      return receiver.receive({ key: String(update.update_id), chatKey: chatKeyOf(update) }, () => options.handle(update));
    },
    idle: () => receiver.idle(),
    get inFlight() {
      return receiver.inFlight;
    },
  };
}
