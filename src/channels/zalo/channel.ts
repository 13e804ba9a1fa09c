import type { ChannelSender } from "../../app/ports.js";
import type { InboundMessage } from "../../app/messages.js";
import type { Clock } from "../../core/clock.js";
import { formatInteger, formatMonth, type Locale } from "../../core/format.js";
import { reply } from "../../core/reply.js";
import { ConfigError, type ZaloConfig } from "../../config.js";
import type { ZaloStore } from "../../db/stores/zalo-store.js";
import type { Translate } from "../../infra/i18n.js";
import type { Logger } from "../../infra/logger.js";
import { createZaloBot, type ZaloBot, type ZaloBotDeps } from "./bot.js";
import { createZaloClient, type FetchLike, type ZaloClient } from "./client.js";
import { describeError, ZaloApiError } from "./errors.js";
import type { Redeem } from "../../app/inbound/typed-invite.js";
import { runPolling } from "./polling.js";
import { createQuotaBudget, inMemoryQuotaStore, type QuotaBudget, type QuotaEvent } from "../../app/outbound/monthly-quota.js";
import { createZaloSender, type ZaloSender } from "./sender.js";
import { SECRET_HEADER } from "./webhook.js";
import { parseUpdate } from "./updates.js";
import { addWebhookRoute } from "../../web/webhook-route.js";
import type { Metrics } from "../../app/metrics.js";
import type { WebServer } from "../../web/server.js";
import { ANSWER_POLICY, createOutboundQueue, realClock, REMINDER_POLICY } from "../../app/outbound/queue.js";
import { queuedSender } from "../../app/outbound/queued-sender.js";
import type { ChannelDirectory } from "../../app/outbound/route.js";
import { inMemorySendBudget, type SendBudget } from "../../app/outbound/send-budget.js";
import type { UpdateLedger } from "../../app/inbound/update-ledger.js";
import type { PictureStore } from "../../infra/picture-files.js";
import { servePictures } from "./pictures.js";

export interface ZaloChannelDeps {
  config: ZaloConfig;
  token: string;
  webhookSecret: string | undefined;
  app: { handleMessage: ZaloBotDeps["handleMessage"]; screen?: ZaloBotDeps["screen"] };
  clock: Clock;
  translate: Translate;
  locale: Locale;
  logger: Logger;
  store?: ZaloStore;
  redeem?: Redeem;
  /** Telegram, for people who have both when the Zalo budget is closed, and for the secretariat's quota notices. */
  fallback?: ChannelSender;
  fetch?: FetchLike;
  /** The bot's one web server, on which webhook mode adds its route. */
  web?: WebServer;
  /** Answers sent and 429s are counted here (the running bot's /metrics). */
  metrics?: Metrics;
  /** The send limits shared by the channels' outbound queues (Zalo has none of its own; retry_after is honoured). */
  sendBudget?: SendBudget;
  /** Updates taken by any bot process on the database (several instances): each is handled once. */
  ledger?: UpdateLedger;
  /** The other channels running here, for answers meant for their chats (else only `fallback`). */
  channels?: Pick<ChannelDirectory, "senderFor">;
  /** Backoff of the long poll after errors (tests shorten it). */
  polling?: { initialDelayMs?: number; maxDelayMs?: number };
  /** Where pictures (charts) are kept for the platform to fetch by URL, in webhook mode (the only one with a public address). */
  pictures?: PictureStore;
}

export interface ZaloChannel {
  mode: "webhook" | "polling";
  client: ZaloClient;
  sender: ZaloSender;
  bot: ZaloBot;
  budget: QuotaBudget;
  /** Stops taking updates, finishes those in hand, writes the quota count held in memory and sends the quota notices in flight. */
  stop(): Promise<void>;
}

/** Starts the Zalo Bot Platform channel: webhook when configured, long polling otherwise. */
export async function startZaloChannel(deps: ZaloChannelDeps): Promise<ZaloChannel> {
  const { config, logger } = deps;
  const client = createZaloClient({ token: deps.token, apiRoot: config.apiRoot, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  const names: string[] = [];
  try {
    const me = await client.getMe();
    names.push(...[me.display_name, me.account_name].filter((n): n is string => typeof n === "string" && n.length > 0));
    logger.info({ bot: me.account_name ?? me.id, canJoinGroups: me.can_join_groups ?? null }, "zalo: connected");
  } catch (error) {
    if (error instanceof ZaloApiError && error.badToken) throw new ConfigError("ZALO_BOT_TOKEN", "Zalo từ chối mã này (401) / Zalo refused the token (401)");
    logger.warn({ error: describeError(error) }, "zalo: getMe failed; carrying on");
  }

  const { sender, budget, settleQuota } = openZaloOutbound(deps, client);
  const pictures = config.webhook && deps.pictures && deps.web ? servePictures(deps.web, deps.pictures, config.webhook.url, logger) : undefined;
  const bot = createZaloBot({
    handleMessage: (message) => deps.app.handleMessage(message),
    ...(deps.app.screen ? { screen: (message: InboundMessage) => deps.app.screen!(message) } : {}),
    // Long polling takes the next batch only after handing this one over: nothing would resend an update refused
    // as busy, so only the webhook (where the platform resends on 503) has a cap.
    ...(config.webhook ? {} : { maxInFlight: Number.POSITIVE_INFINITY }),
    sender,
    translate: deps.translate,
    locale: deps.locale,
    clock: deps.clock,
    logger,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.ledger ? { ledger: deps.ledger } : {}),
    botNames: names,
    senderFor: (channel) => deps.channels?.senderFor(channel) ?? (channel === deps.fallback?.channel ? deps.fallback : undefined),
    ...(deps.redeem ? { redeem: deps.redeem } : {}),
    ...(pictures ? { publishPicture: pictures.publish } : {}),
  });

  if (config.webhook) {
    if (!deps.webhookSecret) throw new ConfigError("ZALO_WEBHOOK_SECRET", "cần khi đặt ZALO_WEBHOOK_URL / required with ZALO_WEBHOOK_URL");
    if (!deps.web) throw new Error("zalo webhook mode needs the web server");
    addWebhookRoute(
      deps.web,
      {
        channel: "zalo",
        path: config.webhook.path,
        secretHeader: SECRET_HEADER,
        secret: deps.webhookSecret,
        accept: (body) => {
          const parsed = parseUpdate(body);
          if (parsed.kind === "invalid") return { invalid: parsed.reason };
          const outcome = bot.accept(parsed);
          return outcome === "invalid" ? { invalid: "not a Zalo update" } : outcome;
        },
      },
      logger,
    );
    try {
      await client.setWebhook({ url: config.webhook.url, secret_token: deps.webhookSecret });
    } catch (error) {
      logger.error({ error: describeError(error) }, "zalo: setWebhook failed; the platform may not deliver updates");
    }
    logger.info({ mode: "webhook", path: config.webhook.path }, "zalo: webhook route registered");
    return { mode: "webhook", client, sender, bot, budget, stop: async () => (await bot.idle(), pictures?.stop(), await settleQuota()) };
  }

  await client.deleteWebhook().catch((error: unknown) => logger.warn({ error: describeError(error) }, "zalo: deleteWebhook failed"));
  const controller = new AbortController();
  const polling = runPolling({ client, bot, logger, signal: controller.signal, timeoutSeconds: config.pollTimeoutSeconds, ...deps.polling });
  logger.info({ mode: "polling" }, "zalo: polling");
  return {
    mode: "polling",
    client,
    sender,
    bot,
    budget,
    stop: async () => {
      controller.abort();
      await polling;
      await bot.idle();
      await settleQuota(); // the messages counted in memory only, and the notices being sent
    },
  };
}

export interface ZaloOutbound {
  sender: ZaloSender;
  budget: QuotaBudget;
  /** Writes the quota count held in memory and waits for the quota notices being sent. */
  settleQuota(): Promise<void>;
}

/**
 * The sending side of the channel alone: the quota budget, its notices to the secretariat, and the sender the
 * reminder outbox uses. The running bot builds it under its updates; `npm run remind` builds only this.
 */
export function openZaloOutbound(deps: Omit<ZaloChannelDeps, "app" | "webhookSecret" | "redeem" | "polling">, client = createZaloClient({ token: deps.token, apiRoot: deps.config.apiRoot, ...(deps.fetch ? { fetch: deps.fetch } : {}) })): ZaloOutbound {
  const { config, logger } = deps;
  // Assigned below; the quota notices made before it read it when they are sent.
  let sender: ZaloSender | undefined;
  // Notices being sent. Once claimed in the row no other process sends them, so stop() waits for them: an exit
  // between the claim and the send would lose the notice for the month.
  const notices = new Set<Promise<void>>();
  const notify = (event: QuotaEvent) => {
    const sending: Promise<void> = notifyQuota(event)
      .catch((error: unknown) => logger.error({ error: describeError(error), notice: event.type, month: event.month }, "zalo: quota notice failed"))
      .finally(() => notices.delete(sending));
    notices.add(sending);
  };
  const budget = createQuotaBudget({
    limit: config.monthlyQuota,
    clock: deps.clock,
    store: deps.store?.quota ?? inMemoryQuotaStore(),
    onEvent: notify,
    onError: (error) => logger.error({ error: describeError(error) }, "zalo: the quota count could not be written; kept in memory, tried again"),
    onUnwritten: ({ month, count }) => logger.error({ month, count }, "zalo: messages sent could not be added to the quota count; the month's row is short by that many"),
  });
  /** The count written and the notices sent; a notice sent on Zalo is counted too, hence the loop. */
  const settleQuota = async () => {
    await budget.flush();
    while (notices.size > 0) {
      await Promise.all([...notices]);
      await budget.flush();
    }
  };
  async function notifyQuota(event: QuotaEvent): Promise<void> {
    const level = event.type === "warning" ? "warn" : "error";
    logger[level]({ month: event.month, used: event.used, limit: event.limit, detail: event.detail }, `zalo quota: ${event.type}`);
    if (!deps.store) return;
    const text = deps.translate(deps.locale, reply(`zalo-quota-${event.type === "urgent_only" ? "urgent-only" : event.type}`, {
        used: formatInteger(event.used, deps.locale),
        limit: formatInteger(event.limit, deps.locale),
        month: formatMonth(event.month, deps.locale),
      }));
    // Zalo itself is closed once the budget is exhausted: then only the other channel can carry the notice.
    const targets: Array<[ChannelSender, string[]]> = [];
    if (event.type !== "exhausted" && sender) targets.push([sender, await deps.store.secretariatChats("zalo")]);
    if (deps.fallback) targets.push([deps.fallback, await deps.store.secretariatChats(deps.fallback.channel)]);
    for (const [target, chats] of targets) {
      for (const chatId of chats) await target.send({ chatId, text, ...(target === sender ? { kind: `zalo_quota_${event.type}` } : {}) });
    }
  }

  const footerOf = (locale: Locale, key: string) => {
    try {
      return deps.translate(locale, reply(key));
    } catch {
      return undefined;
    }
  };
  const fallbackStore = deps.store;
  const replyNote = footerOf(deps.locale, "zalo-quota-reply-elsewhere");
  const direct = createZaloSender({
    client,
    budget,
    logger,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.store ? { deliveryKind: deps.store.deliveryKind } : {}),
    reminderFooter: footerOf(deps.locale, "zalo-reminder-footer") ?? "",
    genericFooters: (["vi", "en"] as const).map((l) => footerOf(l, "remind-how-to-answer")).filter((l): l is string => l !== undefined),
    ...(deps.fallback && fallbackStore
      ? {
          fallback: {
            sender: deps.fallback,
            chatFor: (chatId: string) => fallbackStore.otherChannelChat(chatId, deps.fallback!.channel),
            ...(replyNote ? { replyNote } : {}),
          },
        }
      : {}),
  });
  // Answers and reminders through one outbound queue: in order within a chat, chats side by side; an answer
  // is tried again after a platform's bad second, a reminder once (its outbox retries).
  const queue = createOutboundQueue(deps.sendBudget ?? inMemorySendBudget(), realClock);
  sender = queuedSender(direct, queue, (m) => (m.kind === "reply" ? ANSWER_POLICY : REMINDER_POLICY), () => false);
  return { sender, budget, settleQuota };
}
