import type { Reply } from "../../../core/reply.js";
import type { BotContext } from "../context.js";

/** An answer in the chat of the update, threaded under the message in groups. */
export function say(ctx: BotContext, text: string) {
  const replyTo = ctx.updateState.isGroup ? ctx.msg?.message_id : undefined;
  return ctx.updateState.out.text(ctx.updateState.chatId, text, replyTo !== undefined ? { replyTo } : {});
}

/** The app's replies, put into words in the chat's language, one a line. */
export function sayReplies(ctx: BotContext, replies: readonly Reply[]) {
  return say(ctx, replies.map((r) => ctx.updateState.deps.translate(ctx.updateState.locale, r)).join("\n"));
}
