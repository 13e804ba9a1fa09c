import { reply } from "../../core/reply.js";
import type { ChatRef, RetiredChat } from "./ports.js";
import type { TextContext } from "./render.js";

/** What the secretariat reads when a reminder chat is gone: which chat, whose, and the tasks not delivered. */
export function chatGoneText(chat: ChatRef, retired: RetiredChat, ctx: TextContext): string {
  return ctx.translate(
    ctx.locale,
    reply("remind-chat-gone", {
      chat: `${chat.channel}:${chat.chatId}`,
      unit: retired.unitName ?? ctx.translate(ctx.locale, reply("remind-unknown-unit")),
      codes: retired.taskCodes.length > 0 ? retired.taskCodes.join(", ") : "none",
    }),
  );
}
