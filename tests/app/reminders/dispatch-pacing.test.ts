import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatchDeliveries } from "../../../src/app/reminders/dispatch.js";
import { createRateLimiter } from "../../../src/app/reminders/rate-limiter.js";
import { createOutboxStore } from "../../../src/db/stores/outbox-store.js";
import { addOutbox, minimumDurationMs } from "../../../bench/remind-data.js";
import { freshSqlite, type TestDatabase } from "../../support/databases.js";
import { LimitedChannel } from "../../support/limited-channel.js";

/** A burst through a fake Telegram that enforces the published limits, on a virtual clock (bench:remind at 1/20 scale). */
let t: TestDatabase;
beforeEach(async () => {
  t = await freshSqlite();
});
afterEach(async () => {
  await t.cleanup();
});

async function burst(order: "shuffled" | "by-chat", floodRate: number) {
  const start = new Date("2023-07-25T01:00:00Z");
  const outbox = addOutbox((t.target as { file: string }).file, 300, 90, 9, start, order);
  let virtual = start.getTime();
  const channel = new LimitedChannel(() => virtual, (chatId) => outbox.groups.has(chatId), floodRate);
  await dispatchDeliveries({
    store: createOutboxStore(t.database.db, "sqlite"),
    senders: [channel],
    clock: { now: () => new Date(virtual) },
    sleep: async (ms) => {
      virtual += ms;
    },
    workerId: "test",
    limiters: new Map([["telegram", createRateLimiter()]]),
    chatGoneText: () => "",
  });
  expect([...channel.received.keys()].sort()).toEqual([...outbox.texts].sort());
  expect([...channel.received.values()].every((n) => n === 1)).toBe(true);
  expect(channel.stats).toMatchObject({ overLimit429: 0, unhandled429: 0 });
  return { channel, overrunMs: channel.lastAcceptedAt! - start.getTime() - minimumDurationMs(outbox) };
}

describe("dispatching a burst within Telegram's limits", () => {
  for (const order of ["shuffled", "by-chat"] as const) {
    it(`sends every message once, as fast as the limits allow, never over a limit (${order})`, async () => {
      // Messages go in the order they were composed, so the last chats' one-a-second spacing can add a few
      // seconds at the end: about 3 s over a 10 s burst here, the same few seconds over bench:remind's 333 s.
      const { overrunMs } = await burst(order, 0);
      expect(overrunMs).toBeLessThanOrEqual(4000);
    });
  }

  it("answers Telegram's own 429s by waiting their retry_after, and loses nothing", async () => {
    const { channel } = await burst("shuffled", 0.02);
    expect(channel.stats.injected429).toBeGreaterThan(3);
  });
});
