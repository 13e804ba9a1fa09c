import { reply } from "../../../core/reply.js";
import type { InviteRole } from "../../../core/onboarding/index.js";
import type { BotContext } from "../context.js";

/** An answer in the chat of the update, threaded under the message in groups. */
export function say(ctx: BotContext, text: string) {
  const replyTo = ctx.nv.isGroup ? ctx.msg?.message_id : undefined;
  return ctx.nv.out.text(ctx.nv.chatId, text, replyTo !== undefined ? { replyTo } : {});
}

export function roleName(ctx: BotContext, role: InviteRole) {
  return ctx.nv.deps.translate(ctx.nv.locale, reply("role-name", { role }));
}
