import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatchDeliveries } from "../../../src/app/reminders/dispatch.js";
import { startZaloChannel, type ZaloChannel } from "../../../src/channels/zalo/channel.js";
import { createDeliveryViewStore } from "../../../src/db/stores/delivery-view-store.js";
import { createOutboxStore } from "../../../src/db/stores/outbox-store.js";
import { createTaskCommandStore } from "../../../src/db/stores/task-command-store.js";
import { createZaloStore } from "../../../src/db/stores/zalo-store.js";
import { createTranslator } from "../../../src/infra/i18n.js";
import { commandWorld, type CommandWorld } from "../../support/command-world.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../../support/databases.js";
import { DEMO_NOW } from "../../support/demo-app.js";
import { FakeChannel } from "../../support/fake-channel.js";
import { startFakeZaloServer, type FakeZaloServer } from "../../support/fake-zalo-server.js";
import { TestClock } from "../../support/reminders.js";

/**
 * A reminder for a Zalo chat while Zalo's month is closed goes to the person's Telegram, and the Delivery row
 * moves with it: a Telegram reply to that message then closes the task, as for any Telegram reminder.
 */
describe.each(["sqlite", "postgresql"] as const)("a reminder sent on Telegram because Zalo is closed (%s)", (provider) => {
  let t: TestDatabase;
  let w: CommandWorld;
  let fake: FakeZaloServer;
  let zalo: ZaloChannel | undefined;
  beforeEach(async () => {
    t = provider === "sqlite" ? await freshSqlite({ demo: true }) : await freshPostgres({ demo: true });
    w = await commandWorld(t);
    fake = await startFakeZaloServer();
  });
  afterEach(async () => {
    await zalo?.stop();
    zalo = undefined;
    await fake.close();
    await t.cleanup();
  });

  /** Starts the Zalo channel (its month closed, Telegram as the fallback) and runs one dispatch of the outbox. */
  async function dispatchWithZaloClosed(telegram: FakeChannel, outbox: ReturnType<typeof createOutboxStore>) {
    const clock = new TestClock(DEMO_NOW);
    zalo = await startZaloChannel({
      config: { apiRoot: fake.apiRoot, webhook: undefined, monthlyQuota: 3000, pollTimeoutSeconds: 1 },
      token: fake.token,
      webhookSecret: undefined,
      app: w.app,
      clock,
      translate: createTranslator(),
      locale: "vi",
      logger: pino({ level: "silent" }),
      store: createZaloStore(t.database.db, t.database.provider),
      fallback: telegram,
    });
    return dispatchDeliveries({ store: outbox, senders: [zalo.sender], clock, sleep: clock.sleep, workerId: "w1", chatGoneText: () => "gone" });
  }

  it("is recorded as a Telegram delivery, and a reply to it there marks the task done", async () => {
    const db = t.database.db;
    const personId = await w.personId("stp-chuyen-vien");
    await db.channelIdentity.createMany({ data: [{ channel: "zalo", externalId: "zalo-nhung", personId }, { channel: "telegram", externalId: "777001", personId }] });
    // A 429 earlier this month, before a restart.
    await db.quotaUsage.create({ data: { channel: "zalo", month: "2023-07", used: 412, exhaustedAt: DEMO_NOW, exhaustedDetail: "429 Quota exceeded" } });
    const outbox = createOutboxStore(db, t.database.provider);
    const task = await w.task("CCHC23-10");
    const [deliveryId] = await outbox.addDeliveries([{ channel: "zalo", chatId: "zalo-nhung", kind: "overdue", text: "Nhắc việc gửi Sở Tư pháp\n1. CCHC23-10 — quá hạn", notBefore: DEMO_NOW, items: [{ number: 1, taskId: task.id, reminderId: null }] }], DEMO_NOW);

    const telegram = new FakeChannel("telegram");
    const result = await dispatchWithZaloClosed(telegram, outbox);

    expect(result).toMatchObject({ sent: 1, failed: 0, retried: 0 });
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toEqual([]);
    expect(telegram.sent).toEqual([{ chatId: "777001", text: "Nhắc việc gửi Sở Tư pháp\n1. CCHC23-10 — quá hạn" }]);
    expect(await db.delivery.findUniqueOrThrow({ where: { id: deliveryId! } })).toMatchObject({ channel: "telegram", chatId: "777001", externalMessageId: "1", status: "sent" });
    // What the Telegram channel looks up when a message answers a reminder (task commands, and the buttons' refresh).
    expect(await createTaskCommandStore(db).deliveryByMessage("telegram", "777001", "1")).toMatchObject({ id: deliveryId, items: [{ number: 1, taskId: task.id }] });
    expect((await createDeliveryViewStore(db).deliveryByMessage("telegram", "777001", "1"))?.items.map((i) => i.code)).toEqual(["CCHC23-10"]);

    await w.send("xong, VB số 55/STP", "777001", { channel: "telegram", chatId: "777001", replyToMessageId: "1" });
    expect((await w.task("CCHC23-10")).status).toBe("done");
  });

  it("when Telegram refuses it too, the Zalo chat stays bound and the reminder waits for Zalo's quota", async () => {
    const db = t.database.db;
    const personId = await w.personId("stp-chuyen-vien");
    const unit = await db.unit.findUniqueOrThrow({ where: { code: "STP" } });
    await db.channelIdentity.createMany({ data: [{ channel: "zalo", externalId: "zalo-nhung", personId }, { channel: "telegram", externalId: "777001", personId }] });
    await db.chatBinding.create({ data: { channel: "zalo", chatId: "zalo-nhung", unitId: unit.id } });
    await db.quotaUsage.create({ data: { channel: "zalo", month: "2023-07", used: 412, exhaustedAt: DEMO_NOW, exhaustedDetail: "429 Quota exceeded" } });
    const outbox = createOutboxStore(db, t.database.provider);
    const task = await w.task("CCHC23-10");
    const [deliveryId] = await outbox.addDeliveries([{ channel: "zalo", chatId: "zalo-nhung", kind: "overdue", text: "Nhắc việc gửi Sở Tư pháp\n1. CCHC23-10 — quá hạn", notBefore: DEMO_NOW, items: [{ number: 1, taskId: task.id, reminderId: null }] }], DEMO_NOW);

    // The person blocked the bot on Telegram: what would retire a Telegram chat.
    const telegram = new FakeChannel("telegram", (m) => (m.chatId === "777001" ? { ok: false, reason: "chat_unavailable", detail: "403 Forbidden: bot was blocked by the user" } : undefined));
    const result = await dispatchWithZaloClosed(telegram, outbox);

    expect(result).toMatchObject({ sent: 0, retried: 1, failed: 0, chatsRetired: 0 });
    expect(telegram.attempts.map((a) => a.chatId)).toEqual(["777001"]);
    expect(await db.chatBinding.findUniqueOrThrow({ where: { channel_chatId: { channel: "zalo", chatId: "zalo-nhung" } } })).toMatchObject({ active: true });
    const delivery = await db.delivery.findUniqueOrThrow({ where: { id: deliveryId! } });
    expect(delivery).toMatchObject({ channel: "zalo", chatId: "zalo-nhung", status: "pending", attempts: 1, notBefore: new Date(DEMO_NOW.getTime() + 60 * 60_000) });
    expect(delivery.lastError).toMatch(/^quota exhausted: Zalo quota: 429 Quota exceeded; telegram fallback \(chat 777001\) answered chat_unavailable: 403/);
    expect(await db.delivery.count({ where: { kind: "notice" } })).toBe(0); // no "chat gone" notice to the secretariat
  });
});
