import { Composer } from "grammy";
import type { BotContext, LookupCache } from "../context.js";

/**
 * The bot's place in chats: removed from a group or blocked in a private chat, the chat's binding goes inactive
 * and the secretariat hears of it; a group upgraded to a supergroup (a new chat id) keeps its binding.
 */
export function chatMembersFeature(cache: LookupCache) {
  const feature = new Composer<BotContext>();
  feature.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked" || status === "left") await ctx.nv.out.chatGone(ctx.nv.chatId, `bot ${status}`);
  });
  feature.on("message:migrate_to_chat_id", async (ctx) => {
    const to = String(ctx.message.migrate_to_chat_id);
    const moved = await ctx.nv.deps.onboarding.moveChat("telegram", ctx.nv.chatId, to);
    cache.forget({ chatId: ctx.nv.chatId });
    cache.forget({ chatId: to });
    if (moved) ctx.nv.log.info({ to }, "group upgraded to a supergroup: binding moved");
  });
  return feature;
}
