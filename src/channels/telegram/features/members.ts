import { Composer } from "grammy";
import { inviteReplies, membersReplies, revokeReplies, whoAmIReplies } from "../../../app/member-commands.js";
import type { BotContext, LookupCache } from "../context.js";
import { inviteLinks } from "../deep-link.js";
import { sayReplies } from "./say.js";

/** /toi, and the secretariat's /moi (invites), /thanhvien (members) and /thuhoi (revocation): the app decides, this says. */
export function membersFeature(cache: LookupCache) {
  const feature = new Composer<BotContext>();

  feature.command("toi", (ctx) => sayReplies(ctx, whoAmIReplies(ctx.updateState.member, ctx.updateState.binding)));

  feature.command("moi", async (ctx) => {
    const { person, isGroup, deps } = ctx.updateState;
    const links = (code: string) => inviteLinks(ctx.me.username, code);
    return sayReplies(ctx, await inviteReplies(deps.onboarding, { person, isGroup, args: ctx.match, ...(deps.inviteDays !== undefined ? { days: deps.inviteDays } : {}), links, from: where(ctx) }));
  });

  feature.command("thanhvien", async (ctx) => sayReplies(ctx, await membersReplies(ctx.updateState.deps.onboarding, ctx.updateState.person, ctx.match)));

  feature.command("thuhoi", async (ctx) => {
    const { replies, revoked } = await revokeReplies(ctx.updateState.deps.onboarding, ctx.updateState.person, ctx.match, where(ctx));
    if (revoked) cache.forget();
    return sayReplies(ctx, replies);
  });

  return feature;
}

/** The chat and sender of a command, for the audit trail. */
const where = (ctx: BotContext) => ({ channel: "telegram", chatId: ctx.updateState.chatId, senderId: String(ctx.from?.id ?? ctx.updateState.chatId) });
