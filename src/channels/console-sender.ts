import type { ChannelSender } from "../app/ports.js";

/**
 * The console "platform": a message to a console chat is printed, marked with the chat it is for, so that
 * `npm run remind` shows reminders as they go out.
 */
export function createConsoleSender(write: (text: string) => void): ChannelSender {
  let sent = 0;
  const run = Date.now().toString(36);
  return {
    channel: "console",
    async send({ chatId, text }) {
      write(formatForChat(chatId, text));
      return { ok: true, externalMessageId: `${run}-${++sent}` };
    },
  };
}

export function formatForChat(chatId: string, text: string): string {
  return `→ [console:${chatId}]\n${text.split("\n").map((line) => `  ${line}`).join("\n")}`;
}

/** A reminder sent to a console chat while someone is chatting: kept to be shown on request, not printed over the conversation. */
export interface ConsoleInbox {
  sender: ChannelSender;
  /** Everything received since the last call, oldest first. */
  take(): Array<{ chatId: string; text: string }>;
  /** Called a moment after a batch of messages arrived (a reminder run), with how many and to how many chats. */
  onBatch(listener: (count: number, chats: number) => void): void;
}

export function createConsoleInbox(quietMs = 300): ConsoleInbox {
  const received: Array<{ chatId: string; text: string }> = [];
  let batch: Array<{ chatId: string }> = [];
  let timer: NodeJS.Timeout | undefined;
  let listener: ((count: number, chats: number) => void) | undefined;
  let sent = 0;
  const run = Date.now().toString(36);
  return {
    sender: {
      channel: "console",
      async send({ chatId, text }) {
        received.push({ chatId, text });
        batch.push({ chatId });
        // One line per reminder run, not per message: the summary waits until the run has gone quiet.
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          const done = batch;
          batch = [];
          listener?.(done.length, new Set(done.map((m) => m.chatId)).size);
        }, quietMs);
        timer.unref();
        return { ok: true, externalMessageId: `${run}-${++sent}` };
      },
    },
    take: () => received.splice(0, received.length),
    onBatch: (fn) => void (listener = fn),
  };
}
