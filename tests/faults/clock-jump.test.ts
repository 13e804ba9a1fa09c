import { Api } from "grammy";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { TELEGRAM_SEND_LIMITS } from "../../src/app/outbound/send-budget.js";
import { dispatchDeliveries } from "../../src/app/reminders/dispatch.js";
import { createRateLimiter } from "../../src/app/reminders/rate-limiter.js";
import { createTelegramSender } from "../../src/channels/telegram/sender.js";
import { createDeliveryViewStore } from "../../src/db/stores/delivery-view-store.js";
import { createOutboxStore } from "../../src/db/stores/outbox-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { freshSqlite } from "../support/databases.js";
import { TOKEN } from "./support/fault-platform.js";
import { faultBench } from "./support/fault-bench.js";
import { faultFigures } from "./support/fault-report.js";
import { minimumMs, seedOutbox } from "./support/outbox.js";

/**
 * The machine's clock jumps an hour forward, or an hour back (NTP after a bad start, a VM restored), while 300
 * reminders go out. The bot's clock is the wall clock; here it is the real clock plus an offset the test moves
 * when the platform has taken 100 messages. Forward, claims still in flight look two minutes old and may be
 * taken again (up to a batch repeats); back, the send limits' windows held times in the future and stalled the
 * dispatch for the size of the jump (fixed in rate-limiter.ts). Neither may lose a message or repeat more
 * than a batch in flight.
 */
const MESSAGES = 300;
const HOUR = 60 * 60_000;

describe.each([
  ["forward", HOUR],
  ["back", -HOUR],
] as const)("the clock jumping an hour %s during a dispatch", (direction, jump) => {
  const bench = faultBench(() => freshSqlite());

  it("loses nothing, repeats at most what was in flight, and does not wait out the jump", async () => {
    const { t, platform } = bench;
    let offset = 0;
    const clock = { now: () => new Date(Date.now() + offset) };
    const expected = await seedOutbox(t.database, MESSAGES, clock.now());
    void platform.receivedAtLeast(100).then(() => (offset += jump));
    const logger = pino({ level: "silent" });
    const dispatch = () =>
      dispatchDeliveries({
        store: createOutboxStore(t.database.db, t.database.provider),
        senders: [createTelegramSender(new Api(TOKEN, { apiRoot: platform.apiRoot }), { deliveries: createDeliveryViewStore(t.database.db), translate: createTranslator(), locale: "vi", logger })],
        clock,
        // Waits the dispatcher asks for, capped so that a wait the size of the jump shows as a stall, not a hung test.
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5_000))),
        workerId: "clock-jump",
        limiters: new Map([["telegram", createRateLimiter(TELEGRAM_SEND_LIMITS)]]),
        chatGoneText: () => "",
      });
    const stalled = await Promise.race([dispatch().then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 60_000).unref())]);
    // Back: what was due at 08:00 by the wrong clock is due at 08:00 by the corrected one, an hour later. The
    // next tick after that hour (the clock caught up) sends it.
    const delayed = await t.database.db.delivery.count({ where: { status: "pending" } });
    if (!stalled && delayed > 0) {
      offset = 0;
      await dispatch();
    }
    const figures = faultFigures(
      `clock jumps 1 h ${direction}${stalled ? " (STALLED: not done in 60 s)" : ""}${delayed ? ` (${delayed} waited for the corrected clock to reach their time, the hour not counted)` : ""}`,
      expected,
      platform.received,
      platform.times,
      minimumMs(MESSAGES),
    );
    expect(stalled).toBe(false);
    expect(figures.lost).toBe(0);
    expect(figures.repeated).toBeLessThanOrEqual(32);
    // Not the hour of the jump (a stall); generous, as the machine may be loaded.
    expect(figures.ratio).toBeLessThan(3);
    expect(await t.database.db.delivery.count({ where: { status: "sent" } })).toBe(MESSAGES);
  }, 120_000);
});
