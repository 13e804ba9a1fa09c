import { Composer } from "grammy";
import type { InboundFile } from "../../../app/messages.js";
import type { BotContext } from "../context.js";
import { runPipeline } from "./pipeline.js";

/** Downloads a file Telegram keeps, by the path getFile gave (the Bot API's /file/bot<token>/<path>). */
export type TelegramDownload = (filePath: string) => Promise<Uint8Array>;

/**
 * Files and the commands that answer with one: a document sent to the bot (a plan to import, a conclusion
 * notice) goes to the pipeline as a neutral file, downloaded only when a feature reads it; /xuatbaocao and
 * /maunhap go as their text. What a file means and who may send one is the app's to decide.
 */
export function filesFeature(download: TelegramDownload) {
  const feature = new Composer<BotContext>();

  feature.on("message:document", async (ctx, next) => {
    const message = ctx.message;
    const toBot = message.reply_to_message?.from?.id === ctx.me.id;
    const caption = message.caption ?? "";
    const mentioned = caption.toLowerCase().includes(`@${ctx.me.username.toLowerCase()}`);
    // In a group only a file meant for the bot; in a private chat every file.
    if ((ctx.updateState.isGroup && !toBot && !mentioned) || message.from?.is_bot) return next();
    const document = message.document;
    const file: InboundFile = {
      name: document.file_name ?? "tep",
      ...(document.mime_type ? { mime: document.mime_type } : {}),
      ...(document.file_size !== undefined ? { size: document.file_size } : {}),
      read: async () => {
        const info = await ctx.api.getFile(document.file_id);
        if (!info.file_path) throw new Error("telegram gave no file path");
        return download(info.file_path);
      },
    };
    const text = caption.replace(new RegExp(`@${ctx.me.username}\\b`, "gi"), " ").trim();
    await runPipeline(ctx, text, { messageId: message.message_id, file });
  });

  for (const command of ["xuatbaocao", "maunhap"]) {
    feature.command(command, (ctx) => runPipeline(ctx, `/${command} ${ctx.match}`.trim(), ctx.msg?.message_id !== undefined ? { messageId: ctx.msg.message_id } : {}));
  }

  return feature;
}

/** The Bot API's file download, on the same server as the API (a self-hosted one, or a fake in tests). */
export function telegramDownload(token: string, apiRoot = "https://api.telegram.org"): TelegramDownload {
  return async (filePath) => {
    const response = await fetch(`${apiRoot}/file/bot${token}/${filePath}`);
    if (!response.ok) throw new Error(`telegram file download failed: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}
