import { GrammyError, HttpError, type Bot } from "grammy";
import { ConfigError } from "../../config.js";
import type { ChannelSender } from "../../app/ports.js";
import { createDeliveryViewStore } from "../../db/stores/delivery-view-store.js";
import type { Logger } from "../../infra/logger.js";
import type { Runtime } from "../../composition/runtime.js";
import { ALLOWED_UPDATES, createTelegramBot } from "./bot.js";
import type { TelegramDeps } from "./context.js";
import { createTelegramIntake, SECRET_HEADER } from "./intake.js";
import { runTelegramPolling } from "./polling.js";
import { addWebhookRoute } from "../../web/webhook-route.js";
import type { WebServer } from "../../web/server.js";

/** The channel's dependencies, taken from a running bot's runtime (also what tests and the benchmark use). */
export function telegramDeps(runtime: Runtime, logger: Logger): TelegramDeps {
  return {
    app: runtime.app,
    onboarding: runtime.onboarding,
    deliveries: createDeliveryViewStore(runtime.database.db),
    translate: runtime.translate,
    clock: runtime.clock,
    logger,
    locale: runtime.config.defaultLocale,
    publicAnswers: runtime.config.publicAnswers,
    metrics: runtime.metrics,
    channels: runtime.channels,
  };
}

/** How long a starting instance listens for another one polling with the same token. */
const POLL_PROBE_SECONDS = 2;

const isConflict = (error: unknown) => error instanceof GrammyError && error.error_code === 409;

/**
 * Telegram ends a waiting getUpdates with 409 when another one arrives for the same token. A short long poll
 * at start therefore meets a running instance's next poll: then this one stops, with one line, instead of
 * the two taking turns (or the runner crashing with a stack trace). Updates are not confirmed by it (no offset).
 */
async function refuseIfAnotherInstancePolls(api: Bot["api"], seconds: number): Promise<void> {
  try {
    await api.getUpdates({ timeout: seconds, limit: 1, allowed_updates: [...ALLOWED_UPDATES] });
  } catch (error) {
    if (isConflict(error)) {
      throw new ConfigError("TELEGRAM_BOT_TOKEN", "một phiên bản khác của bot đang nhận tin bằng token này (409 Conflict) / another instance is already polling with this token (409 Conflict)");
    }
    throw error;
  }
}

export interface TelegramChannel {
  sender: ChannelSender;
  /** For /readyz: the bot identified itself, and in polling mode the poll is running. */
  connected(): boolean;
  /** Stops taking updates, lets the ones in hand finish, and sends what is queued (at most ten seconds). */
  stop(): Promise<void>;
}

/**
 * The Telegram channel over a running bot (src/main.ts calls this when TELEGRAM_BOT_TOKEN is set): long
 * polling into the shared inbound receiver, or, when TELEGRAM_WEBHOOK_URL is set, a route on the bot's one web
 * server feeding the same receiver.
 */
export async function startTelegram(runtime: Runtime, logger: Logger, options: { web?: WebServer } = {}): Promise<TelegramChannel> {
  const { config } = runtime;
  const log = logger.child({ channel: "telegram" });
  const telegram = createTelegramBot({ token: config.secrets.telegramBotToken!, apiRoot: config.telegram.apiRoot, budget: runtime.sendBudget }, telegramDeps(runtime, log));
  const { bot } = telegram;
  try {
    // getMe once, not bot.init(): grammY's init retries a network error forever, and start-up should say what is wrong.
    bot.botInfo = await bot.api.getMe();
  } catch (error) {
    // A wrong token or an unreachable server stops start-up with one line naming the variable; the token is never shown.
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
      throw new ConfigError("TELEGRAM_BOT_TOKEN", "Telegram không chấp nhận token / the Bot API refused the token (getMe)");
    }
    if (error instanceof HttpError || error instanceof GrammyError) {
      throw new ConfigError("TELEGRAM_API_ROOT", `không kết nối được / cannot reach ${config.telegram.apiRoot} (getMe)`);
    }
    throw error;
  }
  log.info({ bot: bot.botInfo.username, apiRoot: config.telegram.apiRoot }, "telegram bot identified");
  await telegram.publishCommands().catch((error: unknown) => log.warn({ err: error }, "setMyCommands failed"));

  let stopping = false;
  let polling: Promise<void> | undefined;
  const stopPolling = new AbortController();
  const webhook = config.telegram.webhook;
  // One intake for both modes: the shared receiver de-duplicates, orders each chat's updates and caps those in hand.
  // On PostgreSQL the update ledger is shared by every bot process (each webhook update handled once across them).
  const intake = createTelegramIntake({
    logger: log,
    ...(webhook ? {} : { maxInFlight: Number.POSITIVE_INFINITY }),
    ...(runtime.updateLedger ? { ledger: runtime.updateLedger("telegram") } : {}),
    handle: (update) => bot.handleUpdate(update),
  });
  if (webhook) {
    if (!options.web) throw new Error("telegram webhook mode needs the web server");
    addWebhookRoute(options.web, { channel: "telegram", path: webhook.path, secretHeader: SECRET_HEADER, secret: config.secrets.telegramWebhookSecret!, accept: intake.accept }, log);
    await bot.api.setWebhook(webhook.url, { secret_token: config.secrets.telegramWebhookSecret!, allowed_updates: [...ALLOWED_UPDATES] });
    log.info({ url: webhook.url, path: webhook.path }, "telegram webhook registered");
  } else {
    await bot.api.deleteWebhook();
    await refuseIfAnotherInstancePolls(bot.api, POLL_PROBE_SECONDS);
    polling = runTelegramPolling({ api: bot.api, intake, allowedUpdates: ALLOWED_UPDATES, logger: log, signal: stopPolling.signal }).catch((error: unknown) => {
      log.error({ err: error }, "telegram polling stopped");
    });
    log.info("telegram long polling started");
  }

  return {
    sender: telegram.sender,
    connected: () => stopping === false,
    async stop() {
      stopping = true;
      stopPolling.abort();
      await polling;
      await intake.idle();
      const drained = await (telegram.queue?.drain(10_000) ?? Promise.resolve(true));
      if (!drained) log.warn({ unsent: telegram.queue?.size() }, "telegram stopped with messages still queued");
      log.info("telegram stopped");
    },
  };
}
