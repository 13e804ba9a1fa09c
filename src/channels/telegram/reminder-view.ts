import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { isClosed, type DeliveryView } from "../../app/delivery-view.js";
import { formatDate, type Locale } from "../../core/format.js";
import { vnDate, vnMinuteOfDay } from "../../core/local-date.js";
import { reply, type ReplyArgs } from "../../core/reply.js";
import type { Translate } from "../../infra/i18n.js";
import { encodeButton, type ReminderAction } from "./callback-data.js";
import { toHtmlMessages } from "./html.js";

/** Buttons per item; a reminder with more items than this keeps its text protocol ("xong 12") for the rest. */
const MAX_ITEM_ROWS = 12;
const ACTIONS: readonly ReminderAction[] = ["done", "progress", "extend", "detail"];
const LABEL: Record<ReminderAction, string> = { done: "tg-btn-done", progress: "tg-btn-progress", extend: "tg-btn-extend", detail: "tg-btn-detail" };

export interface RenderedReminder {
  /** HTML messages; the buttons go on the last one, whose id the outbox records. */
  messages: string[];
  keyboard: InlineKeyboardMarkup | undefined;
}

/**
 * A delivery as Telegram shows it: its text (composed by the reminder loop, escaped here) with a line for each
 * item closed since, and buttons for the items still open. One open item gets the four labelled buttons;
 * several get a row each, with the item's number.
 */
export function renderReminder(delivery: DeliveryView, translate: Translate, locale: Locale): RenderedReminder {
  const t = (key: string, args?: ReplyArgs) => translate(locale, reply(key, args));
  const closedLines = delivery.items.filter(isClosed).map((item) => {
    const at = item.closedAt;
    const minutes = at ? vnMinuteOfDay(at) : 0;
    return t(item.status === "done" ? "tg-reminder-closed" : "tg-reminder-awaiting", {
      code: item.code,
      who: item.closedBy ?? t("tg-someone"),
      time: at ? `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}` : "?",
      date: at ? formatDate(vnDate(at), locale) : "?",
    });
  });
  const text = [delivery.text, ...(closedLines.length > 0 ? ["", ...closedLines] : [])].join("\n");
  return { messages: toHtmlMessages(text, { boldFirstLine: true }), keyboard: reminderKeyboard(delivery, t) };
}

function reminderKeyboard(delivery: DeliveryView, t: (key: string) => string): InlineKeyboardMarkup | undefined {
  const open = delivery.items.filter((item) => !isClosed(item)).slice(0, MAX_ITEM_ROWS);
  if (open.length === 0) return undefined;
  const button = (action: ReminderAction, number: number, text: string): InlineKeyboardButton => ({
    text,
    callback_data: encodeButton({ action, deliveryId: delivery.id, number }),
  });
  if (delivery.items.length === 1) {
    const n = open[0]!.number;
    const [done, progress, extend, detail] = ACTIONS.map((a) => button(a, n, t(LABEL[a])));
    return { inline_keyboard: [[done!, progress!], [extend!, detail!]] };
  }
  return {
    inline_keyboard: open.map((item) => ACTIONS.map((a) => button(a, item.number, `${t(LABEL[a]).split(" ")[0]} ${item.number}`))),
  };
}
