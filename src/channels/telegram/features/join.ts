import { Composer } from "grammy";
import { joinedReplies } from "../../../app/member-commands.js";
import type { BotContext, LookupCache } from "../context.js";
import { helpText } from "./help.js";
import { displayName, runPipeline } from "./pipeline.js";
import { say, sayReplies } from "./say.js";

/** Joining: /start (with an invite from a deep link, or in a group from a startgroup link) and /lienket in groups. */
export function joinFeature(cache: LookupCache) {
  const feature = new Composer<BotContext>();

  feature.command("start", async (ctx) => {
    const code = ctx.match.trim();
    if (code && ctx.updateState.isGroup) return linkGroup(ctx, code, cache);
    if (code) return redeemPrivately(ctx, code, cache);
    const { person, t, access } = ctx.updateState;
    if (person) return say(ctx, [t("tg-start-member", { name: person.name }), helpText(ctx)].join("\n\n"));
    // A stranger's hello is the app's access gate's to answer (the invite text at most once a day, recorded).
    if (access === "stranger") return void (await runPipeline(ctx, ctx.msg?.text ?? "/start", ctx.msg ? { messageId: ctx.msg.message_id } : {}));
    return say(ctx, helpText(ctx));
  });

  feature.command("lienket", async (ctx) => {
    if (!ctx.updateState.isGroup) return say(ctx, ctx.updateState.t("tg-link-private"));
    const code = ctx.match.trim();
    if (!code) return say(ctx, ctx.updateState.t("tg-link-usage"));
    return linkGroup(ctx, code, cache);
  });

  return feature;
}

async function redeemPrivately(ctx: BotContext, code: string, cache: LookupCache) {
  const { deps, chatId } = ctx.updateState;
  const from = ctx.from!;
  const result = await deps.onboarding.redeem(code, { channel: "telegram", chatId, externalId: String(from.id), displayName: displayName(from), isGroup: false });
  cache.forget({ userId: String(from.id), chatId });
  if (!result.ok) return sayReplies(ctx, joinedReplies(result, false));
  return say(ctx, [...joinedReplies(result, false).map((r) => deps.translate(ctx.updateState.locale, r)), "", helpText(ctx)].join("\n"));
}

async function linkGroup(ctx: BotContext, code: string, cache: LookupCache) {
  const { deps, chatId, t, log } = ctx.updateState;
  const from = ctx.from;
  if (!from) return;
  // An anonymous admin writes as the group (from is GroupAnonymousBot): nobody to make a member, so not accepted.
  let isAdmin = false;
  if (!from.is_bot) {
    try {
      const member = await ctx.getChatMember(from.id);
      isAdmin = member.status === "creator" || member.status === "administrator";
    } catch (error) {
      log.warn({ err: error }, "getChatMember failed");
    }
  }
  if (!isAdmin) return say(ctx, t("tg-link-not-admin"));
  const result = await deps.onboarding.redeem(code, { channel: "telegram", chatId, externalId: String(from.id), displayName: displayName(from), isGroup: true });
  cache.forget({ userId: String(from.id), chatId });
  return sayReplies(ctx, joinedReplies(result, true));
}
