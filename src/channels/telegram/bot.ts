import { Api, Bot, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { ChannelSender } from "../../app/ports.js";
import { createReminderButtons } from "../../app/reminder-buttons.js";
import { createLookupCache, updateState, type BotContext, type LookupCache, type TelegramDeps } from "./context.js";
import { buttonsFeature } from "./features/buttons.js";
import { chatMembersFeature } from "./features/chat-members.js";
import { commandsFeature } from "./features/commands.js";
import { commandList } from "./features/help.js";
import { messagesFeature } from "./features/messages.js";
import { filesFeature, telegramDownload, type TelegramDownload } from "./features/files.js";
import { joinFeature } from "./features/join.js";
import { strangersFeature } from "./features/strangers.js";
import { membersFeature } from "./features/members.js";
import { createOutgoing, type Outgoing } from "./outgoing.js";
import { createPromptMemory } from "./prompts.js";
import { outboundTransformer } from "./outbound.js";
import { ANSWER_POLICY, createOutboundQueue, realClock, REMINDER_POLICY, type OutboundQueue, type QueueEvents } from "../../app/outbound/queue.js";
import { inMemorySendBudget, TELEGRAM_SEND_LIMITS, type SendBudget } from "../../app/outbound/send-budget.js";
import type { RateLimits } from "../../app/reminders/rate-limiter.js";
import { createTelegramSender } from "./sender.js";
import { botApiFetch } from "./bot-api-fetch.js";

export interface TelegramBotOptions {
  token: string;
  /** Another Bot API server: self-hosted, or a local fake in tests. */
  apiRoot?: string;
  /** Known bot identity: skips getMe (tests, benchmarks). */
  botInfo?: UserFromGetMe;
  /** Answers API calls instead of HTTP (tests, benchmarks): installed innermost, under retry and queue. */
  transport?: Transformer;
  /** Downloads the files users send (tests answer it themselves); by default from the API's own server. */
  download?: TelegramDownload;
  /** Send limits of the in-memory budget; null: no queue (benchmarks of the handlers alone). */
  limits?: RateLimits | null;
  /** The send budget, when it is shared (between instances); by default one in memory with `limits`. */
  budget?: SendBudget;
  /** How long an answer may wait through 429s and 5xx before the person is told the bot is busy (tests shorten it). */
  answerPatienceMs?: number;
}

export interface TelegramBot {
  bot: Bot<BotContext>;
  sender: ChannelSender;
  queue: OutboundQueue | undefined;
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
    client: { fetch: botApiFetch, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) },
  });
  // Answers and reminders go through one outbound queue (the platform's limits, one line per chat, retry_after),
  // on two Apis that differ only in patience: an answer waits out 429s and 5xx within a bound; the outbox's
  // sender gets a 429 or a 5xx back at once as a value, so the dispatcher sends other chats and tries later.
  if (options.transport) bot.api.config.use(options.transport);
  const events: QueueEvents = deps.metrics ? { rateLimited: (c) => deps.metrics!.rateLimited(c), retried: (c) => deps.metrics!.retried(c, "answer") } : {};
  const budget = options.budget ?? (options.limits === null ? undefined : inMemorySendBudget(new Map([["telegram", options.limits ?? TELEGRAM_SEND_LIMITS]])));
  const queue = budget ? createOutboundQueue(budget, realClock, events) : undefined;
  const answers = options.answerPatienceMs === undefined ? ANSWER_POLICY : { ...ANSWER_POLICY, patienceMs: options.answerPatienceMs, maxTurnWaitMs: options.answerPatienceMs };
  if (queue) bot.api.config.use(outboundTransformer(queue, answers));
  const outboxApi = new Api(options.token, { fetch: botApiFetch, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) });
  if (options.transport) outboxApi.config.use(options.transport);
  if (queue) outboxApi.config.use(outboundTransformer(queue, REMINDER_POLICY));

  const cache = createLookupCache(deps.onboarding);
  const out = createOutgoing(bot.api, deps, cache);
  const prompts = createPromptMemory();

  bot.use(updateState(deps, cache, out));
  bot.use(strangersFeature());
  bot.use(joinFeature(cache));
  bot.use(membersFeature(cache));
  bot.use(commandsFeature());
  // The buttons' rules are the app's; the same lookups as the access gate's, not this channel's cache.
  bot.use(buttonsFeature(prompts, createReminderButtons({ deliveries: deps.deliveries, screen: (message) => deps.app.screen(message), lookups: deps.onboarding, clock: deps.clock })));
  bot.use(chatMembersFeature(cache));
  bot.use(filesFeature(options.download ?? telegramDownload(options.token, options.apiRoot)));
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
