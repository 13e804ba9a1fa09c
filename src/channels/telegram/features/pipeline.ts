import type { CommandQuery } from "../../../app/command-query.js";
import { routeOutbound } from "../../../app/outbound/route.js";
import { sendOutcome } from "../../../app/metrics.js";
import type { HandledMessage } from "../../../app/handle-message.js";
import type { Decision, InboundFile, InboundMessage, PromptedCommand } from "../../../app/messages.js";
import { InputFile } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { encodeDecision } from "../decision-data.js";
import { sendPicture } from "../picture.js";
import type { DeliveryView } from "../../../app/delivery-view.js";
import { extractTaskCodes } from "../../../core/vi/index.js";
import type { TaskCommand } from "../../../core/commands/types.js";
import type { BotContext } from "../context.js";

export function displayName(from: { first_name: string; last_name?: string; username?: string } | undefined): string {
  if (!from) return "";
  const name = [from.first_name, from.last_name].filter(Boolean).join(" ").trim();
  return name || from.username || "";
}

/**
 * Hands a message to the one pipeline (questions and task commands alike) and sends what it answers: to this
 * chat (threaded under the message in groups), or to other Telegram chats it names. Then the reminders the
 * message was about are edited to show what it closed.
 */
export async function runPipeline(
  ctx: BotContext,
  text: string,
  options: { messageId?: number; replyToMessageId?: number; answerTo?: number; action?: TaskCommand; answers?: PromptedCommand; file?: InboundFile; query?: CommandQuery } = {},
): Promise<HandledMessage | null> {
  const { deps, out, chatId, isGroup, log } = ctx.updateState;
  const inbound: InboundMessage = {
    channel: "telegram",
    chatId,
    sender: { id: String(ctx.from?.id ?? chatId), name: displayName(ctx.from) },
    text,
    ...(options.messageId !== undefined ? { messageId: String(options.messageId) } : {}),
    ...(options.replyToMessageId !== undefined ? { replyToMessageId: String(options.replyToMessageId) } : {}),
    ...(options.action ? { action: options.action } : {}),
    ...(options.answers ? { answers: options.answers } : {}),
    ...(options.file ? { file: options.file } : {}),
    ...(options.query ? { query: options.query } : {}),
    receivedAt: deps.clock.now(),
  };
  const threadTo = options.answerTo ?? options.messageId;
  let handled: HandledMessage;
  try {
    handled = await deps.app.handleMessage(inbound);
  } catch (error) {
    log.error({ err: error }, "the pipeline failed on a telegram message");
    await out.text(chatId, ctx.updateState.t("tg-error"), isGroup && threadTo !== undefined ? { replyTo: threadTo } : {});
    return null;
  }
  // The app's one routing rule: Telegram chats here; another channel's chats through that channel's sender.
  await routeOutbound(handled.outbound, {
    channel: "telegram",
    ...(deps.channels ? { directory: deps.channels } : {}),
    sentElsewhere: (channel, result) => deps.metrics?.answerSent(channel, sendOutcome(result)),
    log,
    local: async (message) => {
      const here = message.chatId === chatId;
      const replyTo = here && isGroup ? threadTo : undefined;
      // A picture without buttons (a chart) is one photo with the text as its caption.
      if (message.file?.mime.startsWith("image/") && !message.suggestions && !message.decisions) return sendPicture(ctx.api, ctx.updateState, message.chatId, message.text, message.file, replyTo);
      if (message.text.trim().length === 0) return undefined;
      const keyboard = message.decisions ? decisionKeyboard(message.decisions, ctx.updateState.t) : undefined;
      const sent = await out.send(message.chatId, message.text, { ...(replyTo !== undefined ? { replyTo } : {}), ...(message.suggestions ? { suggestions: message.suggestions } : {}), ...(keyboard ? { keyboard } : {}) });
      // A file follows its text through the same outbound queue: a picture (a chart) as a photo, shown in the
      // chat; anything else (a report, the template) as a document.
      if (message.file) {
        const file = new InputFile(message.file.bytes, message.file.name);
        const sending = message.file.mime.startsWith("image/") ? ctx.api.sendPhoto(message.chatId, file) : ctx.api.sendDocument(message.chatId, file);
        await sending.catch((error: unknown) => log.warn({ err: error, file: message.file!.name }, "telegram file send failed"));
      }
      return sent;
    },
    busyNotice: ctx.updateState.t("outbound-busy"),
  });
  // Only a task command can close a reminder's item: a question costs no lookup here.
  if (handled.understood.understanding.intent === "task_command") await refreshAfter(ctx, text, options.replyToMessageId);
  return handled;
}

/** The queue's decisions as buttons, two to a row (approve and refuse the same request side by side). */
function decisionKeyboard(decisions: readonly Decision[], t: BotContext["updateState"]["t"]): InlineKeyboardMarkup | undefined {
  const buttons = decisions.flatMap((d) => {
    const data = encodeDecision(d);
    const id = "requestId" in d ? String(d.requestId) : "0";
    return data ? [{ text: t("tg-decision-button", { kind: d.kind, id, code: d.code }), callback_data: data }] : [];
  });
  const rows: InlineKeyboardMarkup["inline_keyboard"] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

/** The reminders a message may have changed: the one it answers, and those listing a task code it names. */
export async function refreshAfter(ctx: BotContext, text: string, replyToMessageId: number | undefined, extra: DeliveryView[] = []): Promise<void> {
  const { deps, out, chatId, log } = ctx.updateState;
  try {
    const found: DeliveryView[] = [...extra];
    if (replyToMessageId !== undefined && extra.length === 0) {
      const answered = await deps.deliveries.deliveryByMessage("telegram", chatId, String(replyToMessageId));
      if (answered) found.push(answered);
    }
    const codes = extractTaskCodes(text.slice(0, 2000));
    if (codes.length > 0) {
      const taskIds = await deps.deliveries.taskIdsByCodes(codes.slice(0, 5));
      found.push(...(await deps.deliveries.deliveriesWithTasks("telegram", taskIds, 5)));
    }
    const unique = [...new Map(found.map((d) => [d.id, d])).values()];
    if (unique.length > 0) {
      // Read again after the pipeline ran: the task commands may just have closed an item.
      const fresh = await Promise.all(unique.map((d) => deps.deliveries.deliveryById(d.id)));
      await out.refreshReminders(fresh.filter((d): d is DeliveryView => d !== null));
    }
  } catch (error) {
    log.warn({ err: error }, "reminder refresh failed");
  }
}
