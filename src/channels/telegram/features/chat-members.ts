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
    if (status === "kicked" || status === "left") await ctx.updateState.out.chatGone(ctx.updateState.chatId, `bot ${status}`);
  });
  feature.on("message:migrate_to_chat_id", async (ctx) => {
    const to = String(ctx.message.migrate_to_chat_id);
    const moved = await ctx.updateState.deps.onboarding.moveChat("telegram", ctx.updateState.chatId, to);
    cache.forget({ chatId: ctx.updateState.chatId });
    cache.forget({ chatId: to });
    if (moved) ctx.updateState.log.info({ to }, "group upgraded to a supergroup: binding moved");
  });
  return feature;
}
