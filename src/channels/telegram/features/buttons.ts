import { Composer } from "grammy";
import type { HandledMessage } from "../../../app/handle-message.js";
import type { ReminderButtons } from "../../../app/reminder-buttons.js";
import type { Decision } from "../../../app/messages.js";
import { decodeButton } from "../callback-data.js";
import { decodeDecision } from "../decision-data.js";
import type { BotContext } from "../context.js";
import type { DecisionPrompt, PromptMemory } from "../prompts.js";
import { displayName, refreshAfter, runPipeline } from "./pipeline.js";

/**
 * The reminder buttons. Every callback is answered (the client shows a spinner until then), first, before any
 * slower work. The app decides whether a press is believed and what the person may do with it; anything it
 * refuses is answered without touching a task.
 */
export function buttonsFeature(prompts: PromptMemory, buttons: ReminderButtons) {
  const feature = new Composer<BotContext>();

  feature.on("callback_query", async (ctx) => {
    const { t, chatId, out, log } = ctx.updateState;
    const refuse = (key: string) => ctx.answerCallbackQuery({ text: t(key), show_alert: true });
    const decision = decodeDecision(ctx.callbackQuery.data);
    if (decision) return decide(ctx, decision, prompts);
    const button = decodeButton(ctx.callbackQuery.data);
    const message = ctx.callbackQuery.message;
    if (!button || !message) return refuse("tg-cb-invalid");
    // Whether the press is believed, and what it may do, is the app's to say (src/app/reminder-buttons.ts).
    const outcome = await buttons.press({
      channel: "telegram",
      chatId: String(message.chat.id),
      messageId: String(message.message_id),
      senderId: String(ctx.callbackQuery.from.id),
      deliveryId: button.deliveryId,
      number: button.number,
      action: button.action,
    });
    switch (outcome.kind) {
      case "invalid":
        log.warn({ data: ctx.callbackQuery.data }, "a reminder button that does not match its message");
        return refuse("tg-cb-invalid");
      case "turned_away":
        return answerTurnedAway(ctx, outcome.handled);
      case "foreign":
        return refuse("tg-cb-foreign");
      case "closed":
        await ctx.answerCallbackQuery({ text: t("tg-cb-done") });
        await refreshAfter(ctx, "", undefined, [outcome.delivery]);
        return;
    }
    const { item } = outcome;
    const inGroup = ctx.updateState.isGroup;
    switch (outcome.action) {
      case "detail":
        await ctx.answerCallbackQuery();
        // The typed query "show this task", not its code written out for the parser to read again.
        await runPipeline(ctx, `[nút 📄 ${item.code}]`, { query: { kind: "task_detail", code: item.code }, ...(inGroup ? { answerTo: message.message_id } : {}) });
        return;
      case "done":
        await ctx.answerCallbackQuery({ text: t("tg-cb-done") });
        // The button is a typed action on the reminder's item: the task commands act on it, no sentence is parsed.
        await runPipeline(ctx, `[nút ✅ xong ${item.number}]`, {
          replyToMessageId: message.message_id,
          answerTo: message.message_id,
          action: { kind: "done", target: { kind: "item", number: item.number }, locale: ctx.updateState.locale },
        });
        return;
      case "progress":
      case "extend": {
        await ctx.answerCallbackQuery();
        const prompt = await out.text(chatId, t(outcome.action === "progress" ? "tg-prompt-progress" : "tg-prompt-extend", { code: item.code }), {
          forceReply: true,
          replyTo: message.message_id,
          // In a group the question is for the person who pressed, and only they get the reply field.
          ...(inGroup ? { mention: { id: ctx.from.id, name: displayName(ctx.from) || String(ctx.from.id) } } : {}),
        });
        if (prompt) prompts.remember(chatId, prompt.message_id, { reminderMessageId: message.message_id, number: item.number, action: outcome.action });
        return;
      }
    }
  });

  return feature;
}

/**
 * A queue button. Approve and confirm are typed actions the task commands decide on (who may decide is theirs
 * to check, as for typed words); refuse and return first ask for the reason the unit will read.
 */
async function decide(ctx: BotContext & { callbackQuery: NonNullable<BotContext["callbackQuery"]> }, decision: Decision, prompts: PromptMemory) {
  const { t, chatId, out, locale } = ctx.updateState;
  if (await turnedAway(ctx)) return;
  await ctx.answerCallbackQuery();
  const pressedOn = ctx.callbackQuery.message?.message_id;
  switch (decision.kind) {
    case "approve_extension":
      await runPipeline(ctx, `[nút duyệt gia hạn ${decision.requestId}]`, { action: { kind: "approve_extension", ref: { kind: "request", id: decision.requestId }, locale }, ...(pressedOn ? { answerTo: pressedOn } : {}) });
      return;
    case "confirm":
      await runPipeline(ctx, `[nút xác nhận ${decision.code}]`, { action: { kind: "confirm", target: { kind: "code", code: decision.code }, locale }, ...(pressedOn ? { answerTo: pressedOn } : {}) });
      return;
    default: {
      const id = "requestId" in decision ? String(decision.requestId) : "0";
      const prompt = await out.text(chatId, t("tg-prompt-decision-reason", { kind: decision.kind, id, code: decision.code }), {
        forceReply: true,
        ...(pressedOn ? { replyTo: pressedOn } : {}),
        ...(ctx.updateState.isGroup && ctx.from ? { mention: { id: ctx.from.id, name: displayName(ctx.from) || String(ctx.from.id) } } : {}),
      });
      const asked: DecisionPrompt["decision"] = "requestId" in decision ? { kind: "refuse_extension", requestId: decision.requestId, code: decision.code } : { kind: "return", code: decision.code };
      if (prompt) prompts.remember(chatId, prompt.message_id, { decision: asked });
    }
  }
}

/**
 * A press from someone the app's access gate does not let in (the same gate as for every message on every
 * channel, which also records it): the callback is answered with what the gate gives (the invite text at most
 * once a day), or with nothing.
 */
async function turnedAway(ctx: BotContext & { callbackQuery: NonNullable<BotContext["callbackQuery"]> }): Promise<boolean> {
  const { deps, chatId } = ctx.updateState;
  const refused = await deps.app.screen({ channel: "telegram", chatId, sender: { id: String(ctx.callbackQuery.from.id) }, text: "[nút]", receivedAt: deps.clock.now() });
  if (!refused) return false;
  await answerTurnedAway(ctx, refused);
  return true;
}

async function answerTurnedAway(ctx: BotContext & { callbackQuery: NonNullable<BotContext["callbackQuery"]> }, refused: HandledMessage): Promise<void> {
  const text = refused.outbound.map((m) => m.text).join("\n");
  await ctx.answerCallbackQuery(text ? { text, show_alert: true } : {});
}
