import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Api, Bot, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { ChannelSender } from "../../app/ports.js";
import { createLookupCache, updateState, type BotContext, type LookupCache, type TelegramDeps } from "./context.js";
import { buttonsFeature } from "./features/buttons.js";
import { chatMembersFeature } from "./features/chat-members.js";
import { commandsFeature } from "./features/commands.js";
import { commandList } from "./features/help.js";
import { messagesFeature } from "./features/messages.js";
import { joinFeature } from "./features/join.js";
import { strangersFeature } from "./features/strangers.js";
import { membersFeature } from "./features/members.js";
import { createOutgoing, type Outgoing } from "./outgoing.js";
import { createPromptMemory } from "./prompts.js";
import { createSendQueue, sendQueueTransformer, TELEGRAM_SEND_LIMITS, type RateLimits, type SendQueue } from "./send-queue.js";
import { createTelegramSender } from "./sender.js";
import type { Metrics } from "../../app/metrics.js";

export interface TelegramBotOptions {
  token: string;
  /** Another Bot API server: self-hosted, or a local fake in tests. */
  apiRoot?: string;
  /** Known bot identity: skips getMe (tests, benchmarks). */
  botInfo?: UserFromGetMe;
  /** Answers API calls instead of HTTP (tests, benchmarks): installed innermost, under retry and queue. */
  transport?: Transformer;
  /** Send limits; null: no queue (benchmarks of the handlers alone). */
  limits?: RateLimits | null;
  /** Retries of 429 and 5xx answers: capped, so a bad minute never becomes an endless loop. */
  retry?: { maxRetryAttempts: number; maxDelaySeconds: number };
}

export interface TelegramBot {
  bot: Bot<BotContext>;
  sender: ChannelSender;
  queue: SendQueue | undefined;
  out: Outgoing;
  cache: LookupCache;
  /** The command menu, in Vietnamese (default) and English. */
  publishCommands(): Promise<void>;
}

export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

/** The Telegram channel as a factory: a grammY bot with one Composer per feature, and the reminder loop's sender. */
export function createTelegramBot(options: TelegramBotOptions, deps: TelegramDeps): TelegramBot {
  const bot = new Bot<BotContext>(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) },
  });
  // grammY runs the transformer installed last first. The send queue goes in before auto-retry, so that a resend
  // after a 429 or a 5xx waits its turn in the queue like any message instead of going around it.
  if (options.transport) bot.api.config.use(options.transport);
  const queue = options.limits === null ? undefined : createSendQueue(options.limits ?? TELEGRAM_SEND_LIMITS);
  if (queue) bot.api.config.use(sendQueueTransformer(queue, deps.metrics));
  // Inside auto-retry: sees each attempt of the bot's own sends, so a resend is counted (the outbox's are counted by the outbox).
  if (deps.metrics) bot.api.config.use(resendCounter(deps.metrics));
  // An answer waits out up to six 429s (each at most a minute) rather than being dropped; network errors are
  // not retried here (the plugin would retry them forever): a reply is lost, a delivery retried by the outbox.
  const retry = options.retry ?? { maxRetryAttempts: 6, maxDelaySeconds: 60 };
  bot.api.config.use(autoRetry({ ...retry, rethrowHttpErrors: true }));
  // The reminder outbox sends through the same queue but without auto-retry: a 429 or a 5xx comes back at once
  // as a value, and the dispatcher sends to the other chats and tries this one again later, instead of one
  // failing chat holding up every reminder (and outliving the delivery's claim) while retries wait.
  const outboxApi = new Api(options.token, { ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) });
  if (options.transport) outboxApi.config.use(options.transport);
  if (queue) outboxApi.config.use(sendQueueTransformer(queue, deps.metrics));

  const cache = createLookupCache(deps.onboarding);
  const out = createOutgoing(bot.api, deps, cache);
  const prompts = createPromptMemory();

  // Updates of one chat are handled one after the other, in order; chats run side by side.
  bot.use(sequentialize((ctx) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));
  bot.use(updateState(deps, cache, out));
  bot.use(strangersFeature());
  bot.use(joinFeature(cache));
  bot.use(membersFeature(cache));
  bot.use(commandsFeature());
  bot.use(buttonsFeature(prompts));
  bot.use(chatMembersFeature(cache));
  bot.use(messagesFeature(prompts));

  bot.catch(async (error) => {
    deps.logger.error({ err: error.error, update: error.ctx.update.update_id }, "telegram update failed");
    const callback = error.ctx.callbackQuery;
    if (callback) await error.ctx.answerCallbackQuery().catch(() => {});
  });

  return {
    bot,
    sender: createTelegramSender(outboxApi, deps),
    queue,
    out,
    cache,
    async publishCommands() {
      await bot.api.setMyCommands(commandList(deps.translate, "vi"));
      await bot.api.setMyCommands(commandList(deps.translate, "en"), { language_code: "en" });
    },
  };
}

/** Counts the calls auto-retry makes again: it passes the same payload object to each attempt. */
function resendCounter(metrics: Metrics): Transformer {
  const seen = new WeakSet<object>();
  return (prev, method, payload, signal) => {
    if (typeof payload === "object" && payload !== null) {
      if (seen.has(payload)) metrics.retried("telegram", "answer");
      else seen.add(payload);
    }
    return prev(method, payload, signal);
  };
}
