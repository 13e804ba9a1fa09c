// A bot process's reminder dispatch, as a separate process the fault tests can kill: opens the database (an
// SQLite file or a PostgreSQL URL), takes back what a dead process of this machine left "sending" (as the bot
// does at start), then sends the outbox through the real Telegram sender and grammY to `apiRoot`, paced by
// Telegram's limits, and exits when nothing is left. Prints "READY" once it dispatches and "DONE <json>" at the end.
// Like the bot's scheduler, a dispatch that fails (the database gone) is logged ("TICK-FAILED") and run again,
// here a second later rather than at the next minute, until every delivery is sent or failed for good.
// With "shared" the sends take their turn in the outbound queue over the database send budget, as the bot's do on
// PostgreSQL, so that several workers keep to Telegram's limits together.
// Usage: node --import tsx tests/faults/support/dispatch-worker.ts <file or postgresql://…> <apiRoot> [lease ms] [shared]
import { Api } from "grammy";
import { pino } from "pino";
import { createOutboundQueue, REMINDER_POLICY } from "../../../src/app/outbound/queue.js";
import { queuedSender } from "../../../src/app/outbound/queued-sender.js";
import { TELEGRAM_SEND_LIMITS } from "../../../src/app/outbound/send-budget.js";
import { dispatchDeliveries } from "../../../src/app/reminders/dispatch.js";
import { createRateLimiter } from "../../../src/app/reminders/rate-limiter.js";
import { createTelegramSender } from "../../../src/channels/telegram/sender.js";
import { localWorkerId, reclaimFromDeadLocalWorkers } from "../../../src/composition/reclaim.js";
import { openDatabase } from "../../../src/db/database.js";
import { createDeliveryViewStore } from "../../../src/db/stores/delivery-view-store.js";
import { createOutboxStore } from "../../../src/db/stores/outbox-store.js";
import { createDatabaseSendBudget } from "../../../src/db/stores/send-budget-store.js";
import { createTranslator } from "../../../src/infra/i18n.js";
import { TOKEN } from "./fault-platform.js";

const [where, apiRoot, lease, budget] = process.argv.slice(2);
const database = await openDatabase(where!.startsWith("postgres") ? { provider: "postgresql", url: where! } : { provider: "sqlite", file: where! });
const logger = pino({ level: "silent" });
const store = createOutboxStore(database.db, database.provider);
await reclaimFromDeadLocalWorkers(store, logger);
const telegram = createTelegramSender(new Api(TOKEN, { apiRoot: apiRoot! }), { deliveries: createDeliveryViewStore(database.db), translate: createTranslator(), locale: "vi", logger });
const sender = budget === "shared" ? queuedSender(telegram, createOutboundQueue(createDatabaseSendBudget(database.db, database.provider)), REMINDER_POLICY) : telegram;
process.stdout.write("READY\n");
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const totals = { sent: 0, rateLimited: 0, retried: 0, failed: 0, chatsRetired: 0, ticksFailed: 0 };
const open = () => database.db.delivery.count({ where: { status: { in: ["pending", "sending"] } } });
for (;;) {
  try {
    const result = await dispatchDeliveries({
      store,
      senders: [sender],
      clock: { now: () => new Date() },
      sleep,
      workerId: localWorkerId(),
      ...(lease && lease !== "-" ? { leaseMs: Number(lease) } : {}),
      limiters: new Map([["telegram", createRateLimiter(TELEGRAM_SEND_LIMITS)]]),
      chatGoneText: () => "",
    });
    for (const key of Object.keys(result) as Array<keyof typeof result>) totals[key] += result[key];
    if ((await open()) === 0) break;
  } catch (error) {
    totals.ticksFailed++;
    process.stdout.write(`TICK-FAILED ${(error as Error).message.split("\n")[0]}\n`);
  }
  await sleep(1000);
}
process.stdout.write(`DONE ${JSON.stringify(totals)}\n`);
await database.close();
