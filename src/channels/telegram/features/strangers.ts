import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { runPipeline } from "./pipeline.js";

/**
 * A stranger (no invite, a chat bound to no unit) writing privately gets what the app's access gate gives,
 * as on every channel: the invite text at most once a day, then nothing — whether the message was a
 * question, a command (/help, /nhiemvu …), a sticker or a photo. Joining with a code is the one thing that
 * goes on. In groups only messages meant for the bot reach the pipeline (the messages feature), and the gate.
 */
export function strangersFeature() {
  const feature = new Composer<BotContext>();
  feature.use(async (ctx, next) => {
    const message = ctx.message;
    if (ctx.updateState.access !== "stranger" || ctx.updateState.isGroup || !message || message.from?.is_bot) return next();
    const text = message.text ?? message.caption ?? "";
    if (/^\/(start|lienket)(@\w+)?\s+\S/.test(text)) return next();
    await runPipeline(ctx, text, { messageId: message.message_id });
  });
  return feature;
}
