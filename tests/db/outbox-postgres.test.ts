import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatchDeliveries } from "../../src/app/reminders/dispatch.js";
import type { DeliveryDraft } from "../../src/app/reminders/ports.js";
import { runReminderTick } from "../../src/app/reminders/tick.js";
import { openDatabase, type Database } from "../../src/db/database.js";
import { createOutboxStore } from "../../src/db/stores/outbox-store.js";
import { freshPostgres, type TestDatabase } from "../support/databases.js";
import { FakeChannel } from "../support/fake-channel.js";
import { reminderDeps, TestClock, vn } from "../support/reminders.js";

/**
 * Two bot processes on one PostgreSQL database: each has its own client and connection pool. Claims use
 * FOR UPDATE SKIP LOCKED, composing holds a row lock: every due message goes out once, through one of them.
 */
const NOW = vn("2023-07-25 08:00");

let t: TestDatabase;
let second: Database;
afterEach(async () => {
  await second?.close();
  await t.cleanup();
});

/** A channel that takes a moment per message, so that the two dispatchers interleave. */
function slowChannel(): FakeChannel {
  const channel = new FakeChannel();
  const send = channel.send.bind(channel);
  channel.send = async (message) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return send(message);
  };
  return channel;
}

describe("two processes on PostgreSQL", () => {
  beforeEach(async () => {
    t = await freshPostgres({ demo: true });
    second = await openDatabase(t.target);
  });

  it("never send the same delivery: each is claimed by exactly one dispatcher", async () => {
    const drafts: DeliveryDraft[] = Array.from({ length: 400 }, (_, i) => ({ channel: "console", chatId: `chat-${i % 97}`, kind: "unit", text: `message ${i}`, notBefore: NOW, items: [] }));
    await createOutboxStore(t.database.db, "postgresql").addDeliveries(drafts, NOW);
    const channels = [slowChannel(), slowChannel()];
    const clock = new TestClock(NOW);
    await Promise.all(
      [t.database, second].map((database, i) =>
        dispatchDeliveries({
          store: createOutboxStore(database.db, "postgresql"),
          senders: [channels[i]!],
          clock,
          sleep: async () => {},
          workerId: `process-${i}`,
          batchSize: 5,
          chatGoneText: () => "",
        }),
      ),
    );
    const received = channels.flatMap((c) => c.sent.map((m) => m.text));
    expect(new Set(received).size).toBe(received.length);
    expect(received.sort()).toEqual(drafts.map((d) => d.text).sort());
    expect(channels.every((c) => c.sent.length > 50)).toBe(true);
    const claimedBy = await t.database.db.delivery.groupBy({ by: ["status"], _count: { _all: true } });
    expect(claimedBy).toEqual([{ status: "sent", _count: { _all: 400 } }]);
  });

  it("two full ticks at the same moment plan, compose and send each reminder once", async () => {
    const channels = [new FakeChannel(), new FakeChannel()];
    const clock = new TestClock(NOW);
    await Promise.all([t.database, second].map((database, i) => runReminderTick(reminderDeps(database, clock, [channels[i]!], { workerId: `process-${i}` }))));
    const received = channels.flatMap((c) => c.sent.map((m) => `${m.chatId}|${m.text}`));
    expect(new Set(received).size).toBe(received.length);
    expect(await t.database.db.reminder.count()).toBe(6);
    expect(await t.database.db.delivery.count()).toBe(received.length);
    expect(await t.database.db.delivery.count({ where: { kind: "digest" } })).toBe(1);
    const snv = received.filter((r) => r.startsWith("giam-doc-snv|Nhắc việc"));
    expect(snv).toHaveLength(1);
    // And a third tick later in the morning finds nothing left to do.
    const late = new FakeChannel();
    clock.set(vn("2023-07-25 09:00"));
    await runReminderTick(reminderDeps(second, clock, [late]));
    expect(late.sent).toEqual([]);
  });
});

describe("escalation and nudges on PostgreSQL", () => {
  beforeEach(async () => {
    t = await freshPostgres({ demo: true });
  });

  it("tells the head how many times the unit was reminded; outside working hours only a 'gửi ngay' nudge goes out", async () => {
    await t.database.db.task.update({ where: { code: "CCHC23-42" }, data: { deadline: "2023-07-11" } });
    const channel = new FakeChannel();
    const clock = new TestClock(vn("2023-07-03 08:00"));
    for (const day of ["03", "04", "05", "06", "07", "10", "11", "12", "13", "14", "17", "18"]) {
      clock.set(vn(`2023-07-${day} 08:00`));
      await runReminderTick(reminderDeps(t.database, clock, [channel]));
    }
    const toUnit = channel.to("cat-can-bo").filter((text) => text.includes("CCHC23-42"));
    const toHead = channel.to("cat-giam-doc").filter((text) => text.startsWith("Kính gửi thủ trưởng Công an tỉnh"));
    expect(toHead).toHaveLength(1);
    expect(toHead[0]).toContain(`đơn vị đã được nhắc ${toUnit.length} lần nhưng chưa báo hoàn thành`);

    const evening = vn("2023-07-18 20:00");
    const add = (kind: string, chatId: string, text: string) => t.database.db.delivery.create({ data: { channel: channel.channel, chatId, kind, text, createdAt: evening, notBefore: evening } });
    await add("reminder_nudge", "stc-chuyen-vien", "nhắc ngay");
    await add("reminder", "snv-chuyen-vien", "nhắc thường");
    const before = channel.sent.length;
    clock.set(evening);
    await runReminderTick(reminderDeps(t.database, clock, [channel]));
    expect(channel.sent.slice(before).map((m) => m.text)).toEqual(["nhắc ngay"]);
  });
});
