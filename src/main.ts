import { loadConfig } from "./config.js";
import { useQuickWasmCompilation } from "./infra/v8-flags.js";
import { createFileLogger, createLogger } from "./infra/logger.js";
import { startRuntime } from "./composition/runtime.js";
import { runConsoleChat } from "./channels/console.js";
import { reportFatal } from "./cli/index.js";
import { startZalo } from "./channels/zalo/start.js";
import { startTelegram } from "./channels/telegram/start.js";
import { startZaloPersonal } from "./channels/zalo-personal/start.js";
import type { ChannelSender } from "./app/ports.js";
import { createConsoleInbox } from "./channels/console-sender.js";
import { reminderDeps } from "./composition/reminder-wiring.js";
import { startScheduler } from "./composition/scheduler.js";
import { readiness } from "./composition/readiness.js";
import { isDeadLocalWorker, reclaimFromDeadLocalWorkers } from "./composition/reclaim.js";
import { leadership, type Leadership } from "./app/leader-lease.js";
import { createLeaseStore } from "./db/stores/lease-store.js";
import { createWebServer } from "./web/server.js";

/**
 * Composition root: config → logger → database → app → channels. With no platform token configured the
 * bot runs as a console chat on the embedded database, so a fresh clone has something to talk to.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  // The console chat (no platform token) keeps the terminal for the conversation: logs go to a file.
  const consoleChat = config.channels.length === 0;
  const logger = consoleChat ? createFileLogger(config.logLevel, config.logFile) : createLogger(config.logLevel);
  // The console chat has no web server, hence no /metrics: nothing to count.
  const runtime = await startRuntime(config, logger, { metrics: !consoleChat });
  const running: Array<{ stop(): Promise<void> }> = [];
  let scheduler: { stop(): Promise<void> } | undefined;
  let leader: Leadership | undefined;
  const stop = async () => {
    // The reminder loop first, so that no tick runs against a closed database; then the channels in the
    // reverse order of their start: Zalo's last quota notices may still go out through Telegram.
    await scheduler?.stop().catch(() => undefined);
    // Another instance may plan at once instead of waiting for the lease to expire.
    await leader?.release().catch(() => undefined);
    for (const channel of [...running].reverse()) await channel.stop().catch(() => undefined);
    await runtime.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const senders: ChannelSender[] = [];
  let telegramSender: ChannelSender | undefined;
  const connected: Record<string, () => boolean> = {};
  // One web server for every channel's webhook, /healthz, /readyz and /metrics, whenever a platform channel runs.
  const prometheus = runtime.prometheus;
  const web = consoleChat
    ? undefined
    : createWebServer({
        ...config.http,
        logger: logger.child({ component: "web" }),
        readiness: () => readiness(runtime, connected),
        metrics: runtime.metrics,
        ...(prometheus ? { scrape: () => prometheus.render() } : {}),
      });
  // Listening before the channels register their webhooks with the platforms, which post at once; routes are
  // added as each channel starts (until then a post gets 404, and the platform sends it again).
  if (web) {
    const address = await web.listen();
    logger.info({ host: address.address, port: address.port }, "web server listening");
  }
  if (config.channels.includes("telegram")) {
    const telegram = await startTelegram(runtime, logger, web ? { web } : {});
    running.push(telegram);
    senders.push((telegramSender = telegram.sender));
    runtime.channels.register(telegram.sender);
    connected.telegram = telegram.connected;
  }
  if (config.channels.includes("zalo")) {
    const zalo = await startZalo(runtime, logger, { ...(telegramSender ? { fallback: telegramSender } : {}), ...(web ? { web } : {}) });
    running.push(zalo);
    senders.push(zalo.sender);
    runtime.channels.register(zalo.sender);
    connected.zalo = () => true;
  }
  if (config.channels.includes("zalo-personal")) {
    // EXPERIMENTAL (zca-js, a personal account): opt-in with ZALO_PERSONAL=1; see the README's warning.
    const personal = await startZaloPersonal(runtime, logger, { senderFor: (channel) => runtime.channels.senderFor(channel) });
    running.push(personal);
    senders.push(personal.sender);
    runtime.channels.register(personal.sender);
    connected["zalo-personal"] = personal.connected;
  }
  // Stopped first (the list stops in reverse): no update comes in while the channels finish those in hand.
  if (web) running.push({ stop: () => web.close() });
  // Reminders for console chats wait in an inbox: the chat shows one line per run and the reminders on /nhacviec.
  const inbox = consoleChat ? createConsoleInbox() : undefined;
  if (inbox) senders.push(inbox.sender);
  logger.info({ database: runtime.database.provider, channels: config.channels, asOf: runtime.clock.now().toISOString() }, "ready");
  const reminders = reminderDeps(runtime, senders, logger);
  await reclaimFromDeadLocalWorkers(reminders.store, logger);
  // Several instances on one database: one plans and composes at a time (the lease), all dispatch.
  leader = leadership(createLeaseStore(runtime.database.db, runtime.database.provider), reminders.workerId);
  if (await leader.reclaimFrom(isDeadLocalWorker)) logger.info("planning lease of a stopped process of this machine given up");
  scheduler = startScheduler({ ...reminders, leader }, logger);
  if (!consoleChat) return new Promise<number>(() => undefined); // runs until SIGINT/SIGTERM
  await runConsoleChat(runtime, process.stdin, process.stdout, { ...(inbox ? { inbox } : {}), logFile: config.logFile });
  await scheduler.stop();
  await runtime.close();
  return 0;
}

useQuickWasmCompilation();
main().then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(reportFatal(error)),
);
