import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/** The bot removed from a group, or blocked in a private chat: the chat's binding goes inactive and the secretariat hears of it. */
export function chatMembersFeature() {
  const feature = new Composer<BotContext>();
  feature.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked" || status === "left") await ctx.nv.out.chatGone(ctx.nv.chatId, `bot ${status}`);
  });
  return feature;
}
