import type { ChannelSender } from "../app/ports.js";

/**
 * The console "platform": a message to a console chat is printed, marked with the chat it is for, so the
 * console chat (and `npm run remind`) show reminders as they go out.
 */
export function createConsoleSender(write: (text: string) => void): ChannelSender {
  let sent = 0;
  const run = Date.now().toString(36);
  return {
    channel: "console",
    async send({ chatId, text }) {
      write(`→ [console:${chatId}]\n${text.split("\n").map((line) => `  ${line}`).join("\n")}`);
      return { ok: true, externalMessageId: `${run}-${++sent}` };
    },
  };
}
