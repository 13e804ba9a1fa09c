import path from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessGate, personOfSender } from "../../src/app/inbound/access-gate.js";
import { startZaloChannel } from "../../src/channels/zalo/channel.js";
import { startRuntime, type Runtime } from "../../src/composition/runtime.js";
import { loadConfig } from "../../src/config.js";
import { decideStrangerAnswer, EMPTY_LEDGER, strangerAnswersPerMonth, type StrangerLedger } from "../../src/core/onboarding/index.js";
import { tempDir } from "../support/databases.js";
import { startFakeZaloServer, textUpdate } from "../support/fake-zalo-server.js";

const silent = pino({ level: "silent" });

describe("what a stranger gets (pure rule)", () => {
  const ask = (ledger: StrangerLedger, senderId: string, day: string, channel = "zalo", perMonth?: number) =>
    decideStrangerAnswer(ledger, { channel, senderId, day }, perMonth === undefined ? undefined : { answersPerMonth: perMonth });

  it("the invite text once per stranger per day, again the next day", () => {
    const first = ask(EMPTY_LEDGER, "a", "2023-07-25");
    expect(first.answer).toBe(true);
    const second = ask(first.ledger, "a", "2023-07-25");
    expect(second.answer).toBe(false);
    expect(ask(second.ledger, "b", "2023-07-25").answer).toBe(true);
    expect(ask(second.ledger, "a", "2023-07-26").answer).toBe(true);
  });

  it("all strangers of a channel together within its monthly allowance; another channel and the next month are apart", () => {
    let ledger = EMPTY_LEDGER;
    const answered = Array.from({ length: 10 }, (_, i) => {
      const decision = ask(ledger, `s${i}`, "2023-07-25", "zalo", 3);
      ledger = decision.ledger;
      return decision.answer;
    });
    expect(answered.filter(Boolean)).toHaveLength(3);
    expect(ask(ledger, "s99", "2023-07-31", "zalo", 3).answer).toBe(false);
    expect(ask(ledger, "s99", "2023-07-25", "telegram").answer).toBe(true);
    expect(ask(ledger, "s99", "2023-08-01", "zalo", 3).answer).toBe(true);
  });

  it("5% of the month's Zalo budget", () => {
    expect(strangerAnswersPerMonth(3000)).toBe(150);
    expect(strangerAnswersPerMonth(100)).toBe(5);
  });
});

describe("strangers on Zalo, through the real app (the access gate is the app's, for every channel)", () => {
  let tmp: { dir: string; remove(): void };
  let runtime: Runtime;
  beforeAll(async () => {
    tmp = tempDir("nhacviec-gate-");
    runtime = await startRuntime(loadConfig({ DATABASE_URL: `file:${path.join(tmp.dir, "bot.db")}`, NOW: "2023-07-25T09:00:00+07:00" }), silent);
  }, 60_000);
  afterAll(async () => {
    await runtime?.close();
    tmp?.remove();
  });

  it("1.000 strangers, one of them writing 50 times, spend at most 5% of the month's 3.000 messages; a member is still answered", async () => {
    const fake = await startFakeZaloServer();
    const zalo = await startZaloChannel({
      config: { apiRoot: fake.apiRoot, webhook: undefined, monthlyQuota: 3000, pollTimeoutSeconds: 1 },
      token: fake.token,
      webhookSecret: undefined,
      app: runtime.app,
      clock: runtime.clock,
      translate: runtime.translate,
      locale: "vi",
      logger: silent,
    });
    try {
      for (let i = 0; i < 1000; i++) zalo.bot.acceptRaw(textUpdate("tiến độ kế hoạch CCHC", { userId: `stranger-${i}` }));
      for (let i = 0; i < 50; i++) zalo.bot.acceptRaw(textUpdate(`hỏi lần ${i}`, { userId: "stranger-7" }));
      await zalo.bot.idle();
      const toStrangers = fake.sent.filter((m) => m.chat_id.startsWith("stranger-"));
      expect(toStrangers.length).toBe(150);
      expect(new Set(toStrangers.map((m) => m.chat_id)).size).toBe(150);
      expect(toStrangers.every((m) => m.text.includes("Nhắc việc chỉ phục vụ cán bộ được mời"))).toBe(true);
      expect((await zalo.budget.status()).used).toBeLessThanOrEqual(150);

      // Nor do replies the channel makes before the pipeline go around the gate: stickers, texts over the
      // limit, wrong invite codes from 300 more strangers cost nothing once the month's allowance is spent.
      for (let i = 0; i < 100; i++) {
        const sticker = textUpdate("", { userId: `sticker-${i}` });
        zalo.bot.acceptRaw({ ...sticker, event_name: "message.sticker.received", message: { ...sticker.message, text: undefined } });
        zalo.bot.acceptRaw(textUpdate("x".repeat(5000), { userId: `long-${i}` }));
        zalo.bot.acceptRaw(textUpdate(`mã mời ABCD${i}`, { userId: `guess-${i}` }));
      }
      await zalo.bot.idle();
      expect(fake.sent.filter((m) => /^(sticker|long|guess)-/.test(m.chat_id))).toEqual([]);

      // A member (an identity on Zalo) is answered as before.
      const db = runtime.database.db;
      const leader = await db.person.findFirstOrThrow({ where: { role: "leader" } });
      await db.channelIdentity.create({ data: { channel: "zalo", externalId: "zalo-leader", personId: leader.id } });
      zalo.bot.acceptRaw(textUpdate("tiến độ kế hoạch CCHC", { userId: "zalo-leader" }));
      await zalo.bot.idle();
      expect(fake.sent.filter((m) => m.chat_id === "zalo-leader").map((m) => m.text).join("\n")).toContain("14/43");
    } finally {
      await zalo.stop();
      await fake.close();
    }
  }, 120_000);

  it("a restart on the same database gives strangers no second invite text that day, nor another 5%", async () => {
    await runtime.close();
    runtime = await startRuntime(loadConfig({ DATABASE_URL: `file:${path.join(tmp.dir, "bot.db")}`, NOW: "2023-07-26T09:00:00+07:00" }), silent);
    const fake = await startFakeZaloServer();
    const zalo = await startZaloChannel({
      config: { apiRoot: fake.apiRoot, webhook: undefined, monthlyQuota: 3000, pollTimeoutSeconds: 1 },
      token: fake.token,
      webhookSecret: undefined,
      app: runtime.app,
      clock: runtime.clock,
      translate: runtime.translate,
      locale: "vi",
      logger: silent,
    });
    try {
      // The next day, after a restart: the month's 150 are spent, for old and new strangers alike.
      for (let i = 0; i < 200; i++) zalo.bot.acceptRaw(textUpdate("tiến độ", { userId: `after-restart-${i}` }));
      zalo.bot.acceptRaw(textUpdate("tiến độ", { userId: "stranger-0" }));
      await zalo.bot.idle();
      expect(fake.sent).toEqual([]);
    } finally {
      await zalo.stop();
      await fake.close();
    }
  }, 120_000);
});

describe("the sender read once a question", () => {
  const member = { id: 7, name: "Nguyễn Văn A", title: null, role: "unit_officer" as const, active: true, units: [{ id: 3, isHead: false }, { id: 9, isHead: true }] };
  const gateWith = (sender: typeof member | null) =>
    createAccessGate({ lookups: { senderInChat: async () => ({ member: sender, binding: null }) }, publicAnswers: false, trustedChannels: ["console"], strangerLimits: {} });
  const message = { channel: "telegram", chatId: "5", sender: { id: "5" }, text: "đơn vị mình còn việc gì", receivedAt: new Date("2023-07-25T02:00:00Z") };

  it("the gate hands on the member it read, as the person the answer is for (units, and the ones they head)", async () => {
    expect(await gateWith(member).admit(message, new Date("2023-07-25T02:00:00Z"))).toEqual({
      admitted: true,
      person: { id: 7, name: "Nguyễn Văn A", title: null, role: "unit_officer", unitIds: [3, 9], headOfUnitIds: [9] },
    });
    // A revoked member is nobody (and, without a bound chat, a stranger); the operator's console reads nobody.
    expect(personOfSender({ ...member, active: false })).toBeNull();
    expect(await gateWith(member).admit({ ...message, channel: "console" }, new Date("2023-07-25T02:00:00Z"))).toEqual({ admitted: true, operator: true });
  });

  it("a question about the asker's own unit is answered from the gate's reading, without asking the people store again", async () => {
    const tmp = tempDir("nhacviec-gate-once-");
    const runtime = await startRuntime(loadConfig({ DATABASE_URL: `file:${path.join(tmp.dir, "bot.db")}`, NOW: "2023-07-25T09:00:00+07:00" }), silent);
    try {
      const people = runtime.stores.people;
      let asked = 0;
      const personByIdentity = people.personByIdentity.bind(people);
      people.personByIdentity = (channel, externalId) => (asked++, personByIdentity(channel, externalId));
      const created = await runtime.onboarding.createInvite({ by: "operator", unit: "Sở Tư pháp", role: "unit_officer", days: 7 });
      if (!created.ok) throw new Error(created.reason);
      const redeemed = await runtime.onboarding.redeem(created.code, { channel: "telegram", chatId: "4242", externalId: "4242", displayName: "Cán bộ STP", isGroup: false });
      expect(redeemed).toMatchObject({ ok: true });
      const handled = await runtime.app.handleMessage({ channel: "telegram", chatId: "4242", sender: { id: "4242" }, text: "đơn vị mình còn việc gì", receivedAt: new Date("2023-07-25T02:00:00Z") });
      expect(handled.outbound[0]!.text).toMatch(/Sở Tư pháp/);
      expect(asked).toBe(0);
    } finally {
      await runtime.close();
      tmp.remove();
    }
  }, 60_000);
});
