import type { Api } from "grammy";
import type { DeliveryViewStore } from "../../app/delivery-view.js";
import type { ChannelSender, SendResult } from "../../app/ports.js";
import type { Locale } from "../../core/format.js";
import type { Translate } from "../../infra/i18n.js";
import type { Logger } from "../../infra/logger.js";
import { classifySendError } from "./errors.js";
import { toHtmlMessages } from "./html.js";
import { renderReminder } from "./reminder-view.js";

/**
 * The reminder loop's way into Telegram. A delivery goes out as HTML with its buttons; failures come back as
 * values the dispatcher acts on (a gone chat is retired there, once, with the task codes the secretariat needs).
 * It goes through the outbound queue with the reminder policy: one try, a 429 or a 5xx handed back at once.
 */
export function createTelegramSender(api: Api, deps: { deliveries: DeliveryViewStore; translate: Translate; locale: Locale; logger: Logger }): ChannelSender {
  return {
    channel: "telegram",
    async send({ chatId, text, replyToMessageId, deliveryId }): Promise<SendResult> {
      let messages = toHtmlMessages(text, { boldFirstLine: true });
      let keyboard;
      if (deliveryId !== undefined) {
        const delivery = await deps.deliveries.deliveryById(deliveryId);
        if (delivery) ({ messages, keyboard } = renderReminder({ ...delivery, text }, deps.translate, deps.locale));
      }
      let lastId: number | undefined;
      for (let i = 0; i < messages.length; i++) {
        const isLast = i === messages.length - 1;
        try {
          const sent = await api.sendMessage(chatId, messages[i]!, {
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
            ...(replyToMessageId && i === 0 ? { reply_parameters: { message_id: Number(replyToMessageId), allow_sending_without_reply: true } } : {}),
            ...(isLast && keyboard ? { reply_markup: keyboard } : {}),
          });
          lastId = sent.message_id;
        } catch (error) {
          const failure = classifySendError(error);
          deps.logger.warn({ chat: chatId, delivery: deliveryId, failure, part: i + 1, parts: messages.length }, "telegram delivery failed");
          return failure;
        }
      }
      return { ok: true, externalMessageId: String(lastId) };
    },
  };
}
