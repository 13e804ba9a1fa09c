import { Composer } from "grammy";
import { reply } from "../../../core/reply.js";
import type { BotContext } from "../context.js";
import { helpText } from "./help.js";
import { runPipeline } from "./pipeline.js";
import type { CommandQuery } from "../../../app/command-query.js";
import { say } from "./say.js";

/**
 * /help, /nhiemvu, /quahan, /tiendo, /hoi, /baocao and /choduyet. The question commands are typed queries the
 * app answers directly (who sees which tasks is decided there, for every channel); /hoi is a question typed.
 */
export function commandsFeature() {
  const feature = new Composer<BotContext>();

  feature.command("help", (ctx) => {
    const examples = [1, 2, 3, 4, 5, 6].map((n) => reply("help-example", { text: reply(`help-example-${n}`) }));
    const text = [helpText(ctx), "", ctx.updateState.deps.translate(ctx.updateState.locale, reply("help", undefined, examples))].join("\n");
    return say(ctx, text);
  });

  feature.command("nhiemvu", (ctx) => query(ctx, { kind: "open_tasks", ...typedUnit(ctx) }));
  feature.command("quahan", (ctx) => query(ctx, { kind: "overdue_tasks", ...typedUnit(ctx) }));
  feature.command("tiendo", (ctx) => query(ctx, { kind: "plan_progress", ...(ctx.match.trim() ? { planName: ctx.match.trim() } : {}) }));

  feature.command("hoi", (ctx) => {
    if (!ctx.match.trim()) return say(ctx, ctx.updateState.t("tg-ask-usage"));
    return ask(ctx, () => ctx.match.trim());
  });

  // The briefing on one phone screen; who may have it is the app's rule, the same in every channel.
  feature.command("baocao", (ctx) => query(ctx, { kind: "briefing" }));

  // The secretariat's queue: the task commands read "/choduyet" and decide who sees what.
  feature.command("choduyet", (ctx) => ask(ctx, () => "/choduyet"));

  return feature;
}

/** A question command goes through the pipeline like typed text; a stranger's too (the app's access gate answers it). */
async function ask(ctx: BotContext, question: () => string) {
  const messageId = ctx.msg?.message_id;
  await runPipeline(ctx, question(), messageId !== undefined ? { messageId } : {});
}

/** A command's typed query, with the command as typed for the logs. */
async function query(ctx: BotContext, asked: CommandQuery) {
  const messageId = ctx.msg?.message_id;
  await runPipeline(ctx, ctx.msg?.text ?? "", { query: asked, ...(messageId !== undefined ? { messageId } : {}) });
}

/** The unit typed after the command, and the unit this chat speaks for when it is a unit's group. */
function typedUnit(ctx: BotContext & { match: string }): { unitName?: string; chatUnitName?: string } {
  const typed = ctx.match.trim();
  const { binding } = ctx.updateState;
  return { ...(typed ? { unitName: typed } : {}), ...(binding?.active && binding.unitName ? { chatUnitName: binding.unitName } : {}) };
}
