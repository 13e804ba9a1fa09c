import type { Reply } from "../../../core/reply.js";
import type { BotContext } from "../context.js";

/** An answer in the chat of the update, threaded under the message in groups. */
export function say(ctx: BotContext, text: string) {
  const replyTo = ctx.nv.isGroup ? ctx.msg?.message_id : undefined;
  return ctx.nv.out.text(ctx.nv.chatId, text, replyTo !== undefined ? { replyTo } : {});
}

/** The app's replies, put into words in the chat's language, one a line. */
export function sayReplies(ctx: BotContext, replies: readonly Reply[]) {
  return say(ctx, replies.map((r) => ctx.nv.deps.translate(ctx.nv.locale, r)).join("\n"));
}
