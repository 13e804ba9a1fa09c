import type { ChannelSender } from "../app/ports.js";
import type { ChannelName } from "../config.js";
import { createTelegramBot } from "../channels/telegram/bot.js";
import { telegramDeps } from "../channels/telegram/start.js";
import { openZaloOutbound } from "../channels/zalo/channel.js";
import { createZaloStore } from "../db/stores/zalo-store.js";
import type { Logger } from "../infra/logger.js";
import type { Runtime } from "./runtime.js";

export interface OutboundSenders {
  senders: ChannelSender[];
  /** Configured channels a command cannot send through (the personal Zalo account needs the running bot's login). */
  leftForTheBot: ChannelName[];
  /** Sends what is queued (Telegram's send queue) and writes the Zalo quota count. */
  close(): Promise<void>;
}

/**
 * The sending side of every configured channel, without taking updates: what `npm run remind` sends
 * reminders through. Telegram and Zalo need only their tokens to send; the personal Zalo channel needs the
 * running bot's login session, so its deliveries stay in the outbox for the bot.
 */
export function openOutboundSenders(runtime: Runtime, logger: Logger): OutboundSenders {
  const { config } = runtime;
  const senders: ChannelSender[] = [];
  const closers: Array<() => Promise<unknown>> = [];
  let telegramSender: ChannelSender | undefined;
  if (config.channels.includes("telegram")) {
    const telegram = createTelegramBot({ token: config.secrets.telegramBotToken!, apiRoot: config.telegram.apiRoot, budget: runtime.sendBudget }, telegramDeps(runtime, logger.child({ channel: "telegram" })));
    senders.push((telegramSender = telegram.sender));
    closers.push(() => telegram.queue?.drain(10_000) ?? Promise.resolve(true));
  }
  if (config.channels.includes("zalo")) {
    const zalo = openZaloOutbound({
      config: config.zalo,
      token: config.secrets.zaloBotToken!,
      clock: runtime.clock,
      translate: runtime.translate,
      locale: config.defaultLocale,
      logger: logger.child({ channel: "zalo" }),
      store: createZaloStore(runtime.database.db, runtime.database.provider),
      sendBudget: runtime.sendBudget,
      ...(telegramSender ? { fallback: telegramSender } : {}),
    });
    senders.push(zalo.sender);
    closers.push(() => zalo.settleQuota());
  }
  return {
    senders,
    leftForTheBot: config.channels.filter((channel) => channel === "zalo-personal"),
    async close() {
      for (const close of closers) await close();
    },
  };
}
