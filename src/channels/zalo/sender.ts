import type { ChannelSender, SendResult } from "../../app/ports.js";
import type { Logger } from "../../infra/logger.js";
import type { Metrics } from "../../app/metrics.js";
import type { ZaloClient } from "./client.js";
import { describeError, ZaloApiError } from "./errors.js";
import type { QuotaBudget } from "../../app/outbound/monthly-quota.js";
import { splitText } from "./text.js";

/**
 * A message for Zalo: the port's fields, plus the kind when the caller knows it without a Delivery row (a reply),
 * and a picture's public URL (a chart), sent as a photo captioned with the text's first part.
 */
export type ZaloOutgoing = Parameters<ChannelSender["send"]>[0] & { kind?: string; photo?: string };

export interface ZaloSender extends ChannelSender {
  send(message: ZaloOutgoing): Promise<SendResult>;
}

/** Where a Zalo chat's person can also be reached (Telegram) when the Zalo budget is closed. */
export interface ZaloFallback {
  sender: ChannelSender;
  /** The other channel's chat of the person behind this Zalo chat, or null when they have none. */
  chatFor(zaloChatId: string): Promise<string | null>;
  /** The line above a reply that comes there instead of Zalo, saying why (the question was asked on Zalo). */
  replyNote?: string;
}

export interface ZaloSenderOptions {
  client: Pick<ZaloClient, "sendMessage"> & Partial<Pick<ZaloClient, "sendPhoto">>;
  budget: QuotaBudget;
  logger: Logger;
  /** The kind of a Delivery row, looked up by the id the outbox passes. */
  deliveryKind?: (deliveryId: number) => Promise<string | null>;
  /** The line that ends every Zalo reminder, telling how to answer (Zalo does not say which message a user answered). */
  reminderFooter?: string;
  /** A generic how-to-answer line the composer may have written (any locale): the Zalo footer replaces it. */
  genericFooters?: readonly string[];
  fallback?: ZaloFallback;
  /** A 429 (the month's quota used up) is counted here. */
  metrics?: Pick<Metrics, "rateLimited">;
}

/** Reminder kinds (the policy's, and a bundled "reminder"): these get the how-to-answer line. */
export function isReminderKind(kind: string | undefined): boolean {
  return kind !== undefined && /^(before|due_today|overdue|escalat|remind)/.test(kind);
}

/**
 * The Zalo side of the reminder outbox (and of replies): splits text into ≤ 2.000-character parts, spends the
 * monthly budget, and maps the platform's answers to SendResult. A 429 closes Zalo for the month and is
 * never retried. Whatever the budget refuses (from 95% everything but overdue alerts and escalations, replies
 * to questions included; everything once closed) goes to the person's Telegram when they have one, and the
 * result says so (`via`), so the outbox moves the delivery there and a Telegram reply to it finds it.
 */
export function createZaloSender(options: ZaloSenderOptions): ZaloSender {
  const { client, budget, logger } = options;

  const fallBack = async (message: ZaloOutgoing, kind: string | undefined, why: string): Promise<SendResult> => {
    const detail = `Zalo quota: ${why}`;
    const { fallback } = options;
    const other = fallback ? await fallback.chatFor(message.chatId).catch(() => null) : null;
    const log = { zaloChat: message.chatId, kind: kind ?? null, delivery: message.deliveryId ?? null, detail };
    if (!fallback || !other) {
      logger.warn(log, "zalo quota: message not sent, and the chat has no other channel");
      return { ok: false, reason: "quota_exhausted", detail };
    }
    // The original text, without the Zalo footer: Telegram has replies and buttons (the delivery id brings them).
    const text = kind === "reply" && fallback.replyNote ? `${fallback.replyNote}\n\n${message.text}` : message.text;
    const via = fallback.sender.channel;
    const result = await fallback.sender.send({ chatId: other, text, ...(message.deliveryId !== undefined ? { deliveryId: message.deliveryId } : {}) }).catch(
      (error: unknown): SendResult => ({ ok: false, reason: "transient", detail: describeError(error) }),
    );
    if (result.ok) {
      logger.info({ ...log, fallback: via, ok: true }, "zalo quota: sent on the fallback channel instead");
      return { ok: true, externalMessageId: result.externalMessageId, via: { channel: via, chatId: other } };
    }
    // The result stands for the Zalo chat, so the other channel's answer must not be passed back as it is: its
    // "chat unavailable" would retire the Zalo chat's binding and fail its deliveries, its "rate limited" would
    // pause the Zalo chat. The message waits for Zalo's quota (or, when the other channel only has to catch its
    // breath, is tried again soon).
    const answer = result.reason === "rate_limited" ? `rate_limited, retry after ${result.retryAfterMs} ms` : `${result.reason}: ${result.detail}`;
    const failed = `${detail}; ${via} fallback (chat ${other}) answered ${answer}`;
    logger.warn({ ...log, fallback: via, ok: false, answer }, "zalo quota: the fallback channel did not take the message either");
    return result.reason === "rate_limited" || result.reason === "transient" ? { ok: false, reason: "transient", detail: failed } : { ok: false, reason: "quota_exhausted", detail: failed };
  };

  return {
    channel: "zalo",
    async send(message) {
      const kind = message.kind ?? (message.deliveryId !== undefined && options.deliveryKind ? (await options.deliveryKind(message.deliveryId)) ?? undefined : undefined);
      const text = isReminderKind(kind) && options.reminderFooter ? withFooter(message.text, options.reminderFooter, options.genericFooters ?? []) : message.text;
      const parts = splitText(text);
      if (parts.length === 0) return { ok: false, reason: "chat_unavailable", detail: "empty text" };
      const decision = await budget.permit(kind, parts.length);
      if (!decision.ok) return fallBack(message, kind, decision.detail);
      const ids: string[] = [];
      for (const [i, part] of parts.entries()) {
        try {
          const sent = i === 0 && message.photo ? await photoOrText(message.chatId, message.photo, part) : await client.sendMessage({ chat_id: message.chatId, text: part });
          budget.record(1);
          ids.push(String(sent.message_id));
        } catch (error) {
          const result = failure(error, message.chatId);
          if (ids.length > 0) {
            // The first parts went out: resending them would repeat them (and spend the budget twice).
            logger.warn({ chatId: message.chatId, sentParts: ids.length, parts: parts.length, error: describeError(error) }, "zalo message sent in part only");
            return { ok: true, externalMessageId: ids[0]! };
          }
          if (result.reason === "quota_exhausted") return fallBack(message, kind, result.detail);
          return result;
        }
      }
      return { ok: true, externalMessageId: ids[0]! };
    },
  };

  /** The photo with its caption; should the platform refuse the photo (it could not fetch it), the caption alone. */
  async function photoOrText(chatId: string, photo: string, caption: string) {
    if (!client.sendPhoto) return client.sendMessage({ chat_id: chatId, text: caption });
    try {
      return await client.sendPhoto({ chat_id: chatId, photo, caption });
    } catch (error) {
      if (error instanceof ZaloApiError && error.quotaExhausted) throw error;
      logger.warn({ chatId, error: describeError(error) }, "zalo photo not sent; its caption goes as text");
      return client.sendMessage({ chat_id: chatId, text: caption });
    }
  }

  function failure(error: unknown, chatId: string): Exclude<SendResult, { ok: true }> {
    if (error instanceof ZaloApiError) {
      if (error.quotaExhausted) {
        options.metrics?.rateLimited("zalo");
        budget.markExhausted(`429 ${error.description}`);
        return { ok: false, reason: "quota_exhausted", detail: `429 ${error.description}` };
      }
      if (error.errorCode === 400 || error.errorCode === 403 || error.errorCode === 404) {
        return { ok: false, reason: "chat_unavailable", detail: `${error.errorCode} ${error.description}` };
      }
      if (error.badToken) logger.error({ chatId }, "zalo: the bot token was refused (401)");
    }
    return { ok: false, reason: "transient", detail: describeError(error) };
  }
}

/** The text with `footer` as its last line, in place of a generic how-to-answer line it may end with. */
export function withFooter(text: string, footer: string, generic: readonly string[]): string {
  const lines = text.trimEnd().split("\n");
  if (lines.at(-1) === footer) return lines.join("\n");
  if (generic.includes(lines.at(-1)!.trim())) lines.pop();
  return [...lines, footer].join("\n");
}
