import { Composer } from "grammy";
import { mayRequestDigest } from "../../../core/onboarding/index.js";
import { reply } from "../../../core/reply.js";
import type { BotContext } from "../context.js";
import { helpText } from "./help.js";
import { runPipeline } from "./pipeline.js";
import { say } from "./say.js";

/**
 * /help, /nhiemvu, /quahan, /tiendo, /hoi, /baocao and /choduyet. The question commands are questions in other words:
 * they go through the same pipeline as typed text, so they answer exactly what typing would.
 */
export function commandsFeature() {
  const feature = new Composer<BotContext>();

  feature.command("help", (ctx) => {
    const examples = [1, 2, 3, 4, 5, 6].map((n) => reply("help-example", { text: reply(`help-example-${n}`) }));
    const text = [helpText(ctx), "", ctx.nv.deps.translate(ctx.nv.locale, reply("help", undefined, examples))].join("\n");
    return say(ctx, text);
  });

  feature.command("nhiemvu", (ctx) =>
    ask(ctx, () => {
      const unit = ctx.match.trim() || ownUnitName(ctx);
      return unit ? `nhiệm vụ chưa hoàn thành của ${unit}` : undefined;
    }),
  );

  feature.command("quahan", (ctx) =>
    ask(ctx, () => {
      const named = ctx.match.trim();
      if (named) return `nhiệm vụ quá hạn của ${named}`;
      // Units see their own; leaders, the secretariat and admins see the whole plan.
      const wide = ctx.nv.person && ctx.nv.person.role !== "unit_officer" && !ctx.nv.binding?.active;
      const unit = wide ? undefined : ownUnitName(ctx);
      return unit ? `nhiệm vụ quá hạn của ${unit}` : "nhiệm vụ quá hạn toàn tỉnh";
    }),
  );

  feature.command("tiendo", (ctx) => ask(ctx, () => `tiến độ kế hoạch ${ctx.match.trim()}`.trim()));

  feature.command("hoi", (ctx) => {
    if (!ctx.match.trim()) return say(ctx, ctx.nv.t("tg-ask-usage"));
    return ask(ctx, () => ctx.match.trim());
  });

  // The briefing on one phone screen, the same in every channel (the console and Zalo take "/baocao" as text).
  feature.command("baocao", async (ctx) => {
    const { person, t } = ctx.nv;
    // A stranger's "/baocao" goes to the pipeline, where the access gate answers it (at most once a day).
    if (person ? !mayRequestDigest(person.role) : ctx.nv.access !== "stranger") return say(ctx, t("tg-digest-not-allowed"));
    return ask(ctx, () => "/baocao");
  });

  // The secretariat's queue: the task commands read "/choduyet" and decide who sees what.
  feature.command("choduyet", (ctx) => ask(ctx, () => "/choduyet"));

  return feature;
}

/** A question command goes through the pipeline like typed text; a stranger's too (the app's access gate answers it). */
async function ask(ctx: BotContext, question: () => string | undefined) {
  const text = question();
  if (!text) return say(ctx, ctx.nv.t("tg-no-unit"));
  const messageId = ctx.msg?.message_id;
  await runPipeline(ctx, text, messageId !== undefined ? { messageId } : {});
}

/** The unit this chat speaks for: the group's unit, else the person's first unit. */
function ownUnitName(ctx: BotContext): string | undefined {
  const { binding, person } = ctx.nv;
  if (binding?.active) return binding.unitName;
  return person?.units[0]?.name;
}
