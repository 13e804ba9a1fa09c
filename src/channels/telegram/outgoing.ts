import type { Api } from "grammy";
import { LRUCache } from "lru-cache";
import type { ForceReply, InlineKeyboardMarkup, Message, ReplyKeyboardMarkup } from "grammy/types";
import type { DeliveryView } from "../../app/delivery-view.js";
import { reply } from "../../core/reply.js";
import type { LookupCache, TelegramDeps } from "./context.js";
import type { SendResult } from "../../app/ports.js";
import { classifySendError, isNotModified, type SendFailure } from "./errors.js";
import { escapeHtml, toHtmlMessages } from "./html.js";
import { renderReminder } from "./reminder-view.js";

export interface TextOptions {
  /** Message to reply to (in groups, so the answer is threaded under the question). */
  replyTo?: number;
  boldFirstLine?: boolean;
  keyboard?: InlineKeyboardMarkup;
  forceReply?: boolean;
  /** Questions offered as buttons under the answer; pressing one sends it as the next message. */
  suggestions?: readonly string[];
  /** Addresses a person at the start (a link to them), so that a selective force-reply in a group reaches only them. */
  mention?: { id: number; name: string };
}

export interface Outgoing {
  /** Sends text (split, escaped) to a chat; the last message sent, or null when the chat refused it. */
  text(chatId: string, text: string, options?: TextOptions): Promise<Message.TextMessage | null>;
  /** The same, saying what came of it (an answer: the app's route decides what a failure means). */
  send(chatId: string, text: string, options?: TextOptions): Promise<SendResult>;
  /** Edits sent reminders to show the items closed since, and drops their buttons. */
  refreshReminders(deliveries: readonly DeliveryView[]): Promise<void>;
  /** The chat refused a message for good: its binding goes inactive and the secretariat is told, once. */
  chatGone(chatId: string, detail: string): Promise<void>;
}

/** Everything the bot itself sends (answers, prompts, notices, edits) goes through here, and so through the send queue. */
export function createOutgoing(api: Api, deps: TelegramDeps, cache: LookupCache): Outgoing {
  // What each reminder shows now, so an edit that changes nothing is not sent; the oldest are forgotten first.
  const lastRendered = new LRUCache<number, string>({ max: 10_000 });

  /** Sends text (split, escaped); the last message sent, or why the chat did not take it. */
  async function sendText(chatId: string, text: string, options: TextOptions): Promise<{ message: Message.TextMessage | null; failure?: SendFailure }> {
    const messages = toHtmlMessages(text, { boldFirstLine: options.boldFirstLine ?? false });
    if (options.mention) messages[0] = `<a href="tg://user?id=${options.mention.id}">${escapeHtml(options.mention.name)}</a>: ${messages[0]}`;
    let last: Message.TextMessage | null = null;
    for (let i = 0; i < messages.length; i++) {
      const isLast = i === messages.length - 1;
      const markup: InlineKeyboardMarkup | ForceReply | ReplyKeyboardMarkup | undefined = isLast
        ? options.keyboard ?? (options.forceReply ? { force_reply: true, selective: true } : suggestionKeyboard(options.suggestions))
        : undefined;
      try {
        last = await api.sendMessage(chatId, messages[i]!, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(options.replyTo !== undefined && i === 0 ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {}),
          ...(markup ? { reply_markup: markup } : {}),
        });
      } catch (error) {
        const failure = classifySendError(error);
        deps.metrics?.answerSent("telegram", failure.reason);
        deps.logger.warn({ chat: chatId, failure }, "telegram send failed");
        if (failure.reason === "chat_unavailable") await out.chatGone(chatId, failure.detail);
        return { message: null, failure };
      }
    }
    deps.metrics?.answerSent("telegram", "sent");
    return { message: last };
  }

  const out: Outgoing = {
    async text(chatId, text, options = {}) {
      return (await sendText(chatId, text, options)).message;
    },

    async send(chatId, text, options = {}) {
      const { message, failure } = await sendText(chatId, text, options);
      return message ? { ok: true, externalMessageId: String(message.message_id) } : (failure ?? { ok: false, reason: "transient", detail: "nothing sent" });
    },

    async refreshReminders(deliveries) {
      for (const delivery of deliveries) {
        if (delivery.channel !== "telegram" || !delivery.externalMessageId) continue;
        const rendered = renderReminder(delivery, deps.translate, deps.locale);
        const html = rendered.messages[rendered.messages.length - 1]!;
        const key = `${html}|${JSON.stringify(rendered.keyboard ?? null)}`;
        if (lastRendered.get(delivery.id) === key) continue;
        // Only an edit that shows a change is worth a message's turn: a reminder with nothing closed stays as sent.
        if (!delivery.items.some((i) => i.status === "done" || i.status === "pending_confirmation") && !lastRendered.has(delivery.id)) continue;
        try {
          await api.editMessageText(delivery.chatId, Number(delivery.externalMessageId), html, {
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
            reply_markup: rendered.keyboard ?? { inline_keyboard: [] },
          });
        } catch (error) {
          if (!isNotModified(error)) {
            deps.logger.warn({ delivery: delivery.id, failure: classifySendError(error) }, "reminder edit failed");
            continue;
          }
        }
        lastRendered.set(delivery.id, key);
      }
    },

    async chatGone(chatId, detail) {
      const retired = await deps.onboarding.retireChat({ channel: "telegram", chatId });
      cache.forget({ chatId });
      if (!retired.wasActive) return;
      deps.logger.warn({ chat: chatId, detail }, "telegram chat retired");
      const notice = deps.translate(deps.locale, reply("onboard-chat-gone", { chat: chatId, unit: retired.unitName ?? "?" }));
      for (const target of retired.notify) {
        if (target.channel === "telegram") await out.text(target.chatId, notice);
      }
    },
  };
  return out;
}

/**
 * A reply keyboard rather than inline buttons: a button's text is sent as the user's own message, so the
 * question goes through the one pipeline (and shows in the chat), and no callback data limit (64 bytes)
 * cuts a Vietnamese question short. It hides once used; in groups only the asker sees it.
 */
function suggestionKeyboard(suggestions: readonly string[] | undefined): ReplyKeyboardMarkup | undefined {
  if (!suggestions || suggestions.length === 0) return undefined;
  return { keyboard: suggestions.map((text) => [{ text }]), one_time_keyboard: true, resize_keyboard: true, selective: true };
}
