import { isForTheBot, stripMentions } from "../../../app/inbound/mentions.js";
import { Composer } from "grammy";
import type { Message } from "grammy/types";
import type { TaskCommand } from "../../../core/commands/types.js";
import type { BotContext } from "../context.js";
import type { PromptMemory } from "../prompts.js";
import { helpText } from "./help.js";
import { runPipeline } from "./pipeline.js";

/**
 * Text that is not a command. In a private chat everything goes to the pipeline; in a group only what is
 * meant for the bot: a mention of it, or a reply to one of its messages (the reminders above all).
 */
export function messagesFeature(prompts: PromptMemory) {
  const feature = new Composer<BotContext>();

  feature.on("message", async (ctx) => {
    const { isGroup, t, chatId, out } = ctx.updateState;
    const message = ctx.message;
    const raw = message.text ?? message.caption;
    const answered = message.reply_to_message;
    const toBot = answered?.from?.id === ctx.me.id;
    const mentioned = raw !== undefined && mentionsBot(message, raw, ctx.me.username);
    if (!isForTheBot({ isGroup, mentioned, repliesToBot: toBot })) return;
    if (message.from?.is_bot) return;
    if (raw === undefined) {
      if (!isGroup && !isService(message)) await out.text(chatId, t("tg-text-only"));
      return;
    }
    // Commands no feature took: another bot's, or unknown. In a private chat the help shows what there is.
    if (raw.startsWith("/")) {
      if (!isGroup) await out.text(chatId, helpText(ctx));
      return;
    }
    // Strangers go on too: the app's access gate decides what they get, the same on every channel.
    const text = mentioned ? stripMentions(raw, [ctx.me.username]) : raw;
    const replyToMessageId = toBot ? answered!.message_id : undefined;
    const prompt = toBot ? prompts.take(chatId, answered!.message_id) : undefined;
    if (prompt && "decision" in prompt) {
      // The reason for a refusal or a return asked after a queue button: the typed decision, with this as its reason.
      const d = prompt.decision;
      const reason = text.trim();
      const action: TaskCommand =
        d.kind === "refuse_extension"
          ? { kind: "refuse_extension", ref: { kind: "request", id: d.requestId }, reason, locale: ctx.updateState.locale }
          : { kind: "return", target: { kind: "code", code: d.code }, reason, locale: ctx.updateState.locale };
      await runPipeline(ctx, text, { messageId: message.message_id, action });
      return;
    }
    if (prompt) {
      // The answer to "📈 reply with the progress" / "⏳ reply with the new deadline": the app reads it as that command's body.
      const answers = { action: prompt.action, target: { kind: "item" as const, number: prompt.number }, locale: ctx.updateState.locale };
      await runPipeline(ctx, text, { messageId: message.message_id, replyToMessageId: prompt.reminderMessageId, answers });
      return;
    }
    await runPipeline(ctx, text, { messageId: message.message_id, ...(replyToMessageId !== undefined ? { replyToMessageId } : {}) });
  });

  return feature;
}

function mentionsBot(message: Message, text: string, username: string): boolean {
  const entities = message.entities ?? message.caption_entities ?? [];
  const handle = `@${username}`.toLowerCase();
  if (entities.some((e) => e.type === "mention" && text.slice(e.offset, e.offset + e.length).toLowerCase() === handle)) return true;
  return entities.length === 0 && text.toLowerCase().includes(handle);
}

function isService(message: Message): boolean {
  return Boolean(message.new_chat_members || message.left_chat_member || message.group_chat_created || message.pinned_message || message.migrate_to_chat_id || message.migrate_from_chat_id);
}
