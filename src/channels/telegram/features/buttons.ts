import { Composer } from "grammy";
import { isClosed } from "../../../app/delivery-view.js";
import { mayActOnTask, mayAsk } from "../../../core/onboarding/index.js";
import { decodeButton } from "../callback-data.js";
import type { BotContext } from "../context.js";
import type { PromptMemory } from "../prompts.js";
import { displayName, refreshAfter, runPipeline } from "./pipeline.js";

/**
 * The reminder buttons. Every callback is answered (the client shows a spinner until then), first, before any
 * slower work. A button is believed only when its delivery was sent to this very chat as this very message,
 * the item exists, and the person may act on the task; anything else is refused without touching a task.
 */
export function buttonsFeature(prompts: PromptMemory) {
  const feature = new Composer<BotContext>();

  feature.on("callback_query", async (ctx) => {
    const { deps, t, access, person, binding, chatId, out, log } = ctx.nv;
    const refuse = (key: string) => ctx.answerCallbackQuery({ text: t(key), show_alert: true });
    const button = decodeButton(ctx.callbackQuery.data);
    const message = ctx.callbackQuery.message;
    if (!button || !message) return refuse("tg-cb-invalid");
    const delivery = await deps.deliveries.deliveryById(button.deliveryId);
    const item = delivery?.items.find((i) => i.number === button.number);
    if (!delivery || !item || delivery.channel !== "telegram" || delivery.chatId !== String(message.chat.id) || delivery.externalMessageId !== String(message.message_id)) {
      log.warn({ data: ctx.callbackQuery.data }, "a reminder button that does not match its message");
      return refuse("tg-cb-invalid");
    }
    if (!mayAsk(access)) return refuse("onboard-stranger");
    // A group bound to the task's unit speaks for the unit; a private chat only for its own person.
    const chatUnitId = binding?.active && binding.isGroup ? binding.unitId : null;
    if (button.action !== "detail" && !mayActOnTask({ person: person && { role: person.role, unitIds: person.units.map((u) => u.id) }, chatUnitId, leadUnitId: item.leadUnitId })) {
      return refuse("tg-cb-foreign");
    }
    const inGroup = ctx.nv.isGroup;
    switch (button.action) {
      case "detail":
        await ctx.answerCallbackQuery();
        await runPipeline(ctx, item.code, inGroup ? { answerTo: message.message_id } : {});
        return;
      case "done":
        await ctx.answerCallbackQuery({ text: t("tg-cb-done") });
        if (isClosed(item)) {
          await refreshAfter(ctx, "", undefined, [delivery]);
          return;
        }
        // The button is a typed action on the reminder's item: the task commands act on it, no sentence is parsed.
        await runPipeline(ctx, `[nút ✅ xong ${item.number}]`, {
          replyToMessageId: message.message_id,
          answerTo: message.message_id,
          action: { kind: "done", target: { kind: "item", number: item.number }, locale: ctx.nv.locale },
        });
        return;
      case "progress":
      case "extend": {
        await ctx.answerCallbackQuery();
        const prompt = await out.text(chatId, t(button.action === "progress" ? "tg-prompt-progress" : "tg-prompt-extend", { code: item.code }), {
          forceReply: true,
          replyTo: message.message_id,
          // In a group the question is for the person who pressed, and only they get the reply field.
          ...(inGroup ? { mention: { id: ctx.from.id, name: displayName(ctx.from) || String(ctx.from.id) } } : {}),
        });
        if (prompt) prompts.remember(chatId, prompt.message_id, { reminderMessageId: message.message_id, number: item.number, action: button.action });
        return;
      }
    }
  });

  return feature;
}
