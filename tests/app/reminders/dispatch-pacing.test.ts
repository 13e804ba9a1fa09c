import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOutboundQueue, REMINDER_POLICY } from "../../../src/app/outbound/queue.js";
import { queuedSender } from "../../../src/app/outbound/queued-sender.js";
import { inMemorySendBudget } from "../../../src/app/outbound/send-budget.js";
import type { ChannelSender } from "../../../src/app/ports.js";
import { dispatchDeliveries } from "../../../src/app/reminders/dispatch.js";
import { TELEGRAM_LIMITS } from "../../../src/app/reminders/rate-limiter.js";
import { createOutboxStore } from "../../../src/db/stores/outbox-store.js";
import { addOutbox, minimumDurationMs } from "../../../bench/remind-data.js";
import { freshSqlite, type TestDatabase } from "../../support/databases.js";
import { LimitedChannel } from "../../support/limited-channel.js";
import { virtualTime } from "../../support/virtual-time.js";

/**
 * A burst through a fake Telegram that enforces the published limits, on a virtual clock (bench:remind at 1/20
 * scale), the way the bot sends: the dispatcher's chats side by side, each send through the outbound queue.
 */
let t: TestDatabase;
beforeEach(async () => {
  t = await freshSqlite();
});
afterEach(async () => {
  await t.cleanup();
});

async function burst(order: "shuffled" | "by-chat", options: { floodRate?: number; latencyMs?: number; serverErrorRate?: number; concurrency?: number; chats?: number; groups?: number; deliveries?: number } = {}) {
  const start = new Date("2023-07-25T01:00:00Z");
  const outbox = addOutbox((t.target as { file: string }).file, options.deliveries ?? 300, options.chats ?? 90, options.groups ?? 9, start, order);
  const vt = virtualTime(start.getTime());
  const isGroup = (chatId: string) => outbox.groups.has(chatId);
  const channel = new LimitedChannel(() => vt.nowMs(), isGroup, options.floodRate ?? 0, options.serverErrorRate ?? 0);
  // A send takes a round trip to the platform: the message arrives after `latencyMs`, its answer comes back then.
  const slow: ChannelSender = {
    channel: "telegram",
    send: async (message) => {
      await vt.sleep(options.latencyMs ?? 0);
      return channel.send(message);
    },
  };
  const queue = createOutboundQueue(inMemorySendBudget(new Map([["telegram", TELEGRAM_LIMITS]])), { now: () => vt.nowMs(), sleep: (ms) => vt.sleep(ms) });
  await dispatchDeliveries({
    store: vt.track(createOutboxStore(t.database.db, "sqlite")),
    senders: [queuedSender(slow, queue, REMINDER_POLICY, isGroup)],
    clock: { now: () => vt.now() },
    sleep: (ms) => vt.sleep(ms),
    workerId: "test",
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    chatGoneText: () => "",
  });
  expect([...channel.received.keys()].sort()).toEqual([...outbox.texts].sort());
  expect([...channel.received.values()].every((n) => n === 1)).toBe(true);
  expect(channel.stats).toMatchObject({ overLimit429: 0, unhandled429: 0 });
  const durationMs = channel.lastAcceptedAt! - start.getTime();
  return { channel, durationMs, minimumMs: minimumDurationMs(outbox), overrunMs: durationMs - minimumDurationMs(outbox) };
}

describe("dispatching a burst within Telegram's limits", () => {
  for (const order of ["shuffled", "by-chat"] as const) {
    it(`sends every message once, as fast as the limits allow, never over a limit (${order})`, async () => {
      // Messages go in the order they were composed, so the last chats' one-a-second spacing can add a few
      // seconds at the end: about 3 s over a 10 s burst here, the same few seconds over bench:remind's 333 s.
      const { overrunMs } = await burst(order);
      expect(overrunMs).toBeLessThanOrEqual(4000);
    });
  }

  it("answers Telegram's own 429s by waiting their retry_after, and loses nothing", async () => {
    const { channel } = await burst("shuffled", { floodRate: 0.02 });
    expect(channel.stats.injected429).toBeGreaterThan(3);
  });

  it("sends several chats at once: with 250 ms a send and 10% of sends failing 5xx, 600 reminders take at most 1,5 × the least the limits allow", async () => {
    const { durationMs, minimumMs, channel } = await burst("shuffled", { latencyMs: 250, serverErrorRate: 0.1, deliveries: 600, chats: 600, groups: 0 });
    expect(channel.stats.serverErrors).toBeGreaterThan(10);
    expect(durationMs).toBeLessThanOrEqual(1.5 * minimumMs);
    // One chat at a time, the same run takes about a round trip a message: 600 × 250 ms, 7 × the minimum.
    const sequential = await burstAgain({ latencyMs: 250, serverErrorRate: 0.1, deliveries: 600, chats: 600, groups: 0, concurrency: 1 });
    expect(sequential.durationMs).toBeGreaterThan(3 * minimumMs);
  });
});

async function burstAgain(options: Parameters<typeof burst>[1]) {
  await t.cleanup();
  t = await freshSqlite();
  return burst("shuffled", options);
}
