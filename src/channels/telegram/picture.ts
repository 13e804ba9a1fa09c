import { InputFile, type Api } from "grammy";
import type { OutboundFile } from "../../app/messages.js";
import type { BotContext } from "./context.js";
import { classifySendError } from "./errors.js";
import { splitText } from "./html.js";

/** Telegram's limit on a photo's caption (1–1024 characters after entities are parsed). */
export const MAX_CAPTION_LENGTH = 1024;

/**
 * A picture (a chart's PNG) with its text as the caption, so that the figures travel with the image for those who
 * cannot see it; a text longer than a caption continues in a message after the photo. The caption is plain text
 * (no parse mode): nothing to escape, and the 1.024 counted are the characters shown. Should the photo fail for
 * any reason but a chat gone, the text is sent on its own, so that the figures still arrive.
 */
export async function sendPicture(api: Api, state: Pick<BotContext["updateState"], "out" | "log" | "deps">, chatId: string, text: string, file: OutboundFile, replyTo?: number): Promise<void> {
  const [caption = "", ...rest] = text.trim().length > 0 ? splitText(text, MAX_CAPTION_LENGTH) : [];
  try {
    await api.sendPhoto(chatId, new InputFile(file.bytes, file.name), {
      ...(caption ? { caption } : {}),
      ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    });
  } catch (error) {
    const failure = classifySendError(error);
    state.deps.metrics?.answerSent("telegram", failure.reason);
    state.log.warn({ failure, file: file.name }, "telegram photo send failed");
    if (failure.reason === "chat_unavailable") return state.out.chatGone(chatId, failure.detail);
    if (text.trim().length > 0) await state.out.text(chatId, text, replyTo !== undefined ? { replyTo } : {});
    return;
  }
  state.deps.metrics?.answerSent("telegram", "sent");
  if (rest.length > 0) await state.out.text(chatId, rest.join("\n"));
}
