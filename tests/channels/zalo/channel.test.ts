import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChannelSender, SendResult } from "../../../src/app/ports.js";
import type { App } from "../../../src/app/handle-message.js";
import { startZaloChannel, type ZaloChannel, type ZaloChannelDeps } from "../../../src/channels/zalo/channel.js";
import { inMemoryQuotaStore } from "../../../src/app/outbound/monthly-quota.js";
import { SECRET_HEADER } from "../../../src/channels/zalo/webhook.js";
import { createWebServer } from "../../../src/web/server.js";
import { createPrometheusMetrics } from "../../../src/infra/metrics.js";
import { createQuotaUsageStore } from "../../../src/db/stores/quota-usage-store.js";
import { fixedClock } from "../../../src/core/clock.js";
import type { ZaloConfig } from "../../../src/config.js";
import type { ZaloStore } from "../../../src/db/stores/zalo-store.js";
import { createTranslator } from "../../../src/infra/i18n.js";
import { createOnboarding } from "../../../src/app/onboarding.js";
import { createOnboardingStore } from "../../../src/db/stores/onboarding-store.js";
import { createCatalogStore } from "../../../src/db/stores/catalog-store.js";
import { randomBytes } from "node:crypto";
import { freshSqlite, type TestDatabase } from "../../support/databases.js";
import { DEMO_NOW, demoApp } from "../../support/demo-app.js";
import { startFakeZaloServer, textUpdate, type FakeZaloServer } from "../../support/fake-zalo-server.js";

/** The Zalo channel against a local fake of the Bot Platform, with the real message pipeline on the demo data. */
const SECRET = "test-secret_0123456789";
const translate = createTranslator();
const silent = pino({ level: "silent" });

let db: TestDatabase;
let app: App;
let fake: FakeZaloServer;
let channel: ZaloChannel | undefined;

beforeAll(async () => {
  db = await freshSqlite({ demo: true });
  app = await demoApp(db.database);
});
afterAll(async () => {
  await db.cleanup();
});
afterEach(async () => {
  await channel?.stop();
  channel = undefined;
  await fake?.close();
});

function zaloConfig(overrides: Partial<ZaloConfig> = {}): ZaloConfig {
  return { apiRoot: fake.apiRoot, webhook: undefined, monthlyQuota: 3000, pollTimeoutSeconds: 1, ...overrides };
}

/** In webhook mode the channel's route is on the one web server, which the test starts as src/main.ts does. */
async function start(overrides: Partial<ZaloChannelDeps> = {}, config: Partial<ZaloConfig> = {}): Promise<ZaloChannel & { port?: number }> {
  const web = config.webhook ? createWebServer({ host: "127.0.0.1", port: 0, logger: silent, ...(overrides.metrics ? { metrics: overrides.metrics } : {}) }) : undefined;
  channel = await startZaloChannel({
    ...(web ? { web } : {}),
    config: zaloConfig(config),
    token: fake.token,
    webhookSecret: SECRET,
    app,
    clock: fixedClock(DEMO_NOW),
    translate,
    locale: "vi",
    logger: silent,
    polling: { initialDelayMs: 50, maxDelayMs: 200 },
    ...overrides,
  });
  if (!web) return channel;
  const { port } = await web.listen();
  const started = channel;
  channel = { ...started, stop: async () => (await web.close(), await started.stop()) };
  return { ...channel, port };
}

const webhookConfig = { webhook: { url: "http://127.0.0.1/zalo/hook", path: "/zalo/hook" } };

async function post(port: number, body: string | object, headers: Record<string, string> = { [SECRET_HEADER]: SECRET }, method = "POST") {
  const res = await fetch(`http://127.0.0.1:${port}/zalo/hook`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(method === "POST" ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
  });
  return res.status;
}

function stubStore(overrides: Partial<ZaloStore> = {}): ZaloStore {
  return {
    quota: inMemoryQuotaStore(),
    deliveryKind: async () => null,
    secretariatChats: async (ch) => (ch === "zalo" ? ["zalo-secretariat"] : ["tg-secretariat"]),
    otherChannelChat: async (chatId) => (chatId === "has-both" ? "tg-42" : null),
    ...overrides,
  };
}

function recordingSender(channelName = "telegram"): ChannelSender & { sent: Array<{ chatId: string; text: string }> } {
  const sent: Array<{ chatId: string; text: string }> = [];
  return {
    channel: channelName,
    sent,
    async send(message): Promise<SendResult> {
      sent.push({ chatId: message.chatId, text: message.text });
      return { ok: true, externalMessageId: `tg-msg-${sent.length}` };
    },
  };
}

describe("webhook", () => {
  beforeAll(async () => undefined);

  it("registers itself with the secret, answers 401 without the right secret and handles a question with the right one", async () => {
    fake = await startFakeZaloServer();
    const { port } = await start({}, webhookConfig);
    expect(fake.calls.find((c) => c.method === "setWebhook")?.body).toEqual({ url: "http://127.0.0.1/zalo/hook", secret_token: SECRET });
    const question = textUpdate("tiến độ kế hoạch CCHC năm 2023", { messageId: "q1" });
    expect(await post(port!, question, {})).toBe(401);
    expect(await post(port!, question, { [SECRET_HEADER]: "wrong-secret-000000" })).toBe(401);
    expect(await post(port!, question, { [SECRET_HEADER]: SECRET.slice(0, -1) })).toBe(401);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.sent).toEqual([]);
    expect(await post(port!, question)).toBe(200);
    await channel!.bot.idle();
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]!.chat_id).toBe("zalo-user-1");
    expect(fake.sent[0]!.text).toContain("32,55%");
  });

  it("counts for /metrics: webhook requests by outcome, answers sent, and the 429 that closes the month", async () => {
    fake = await startFakeZaloServer();
    const prometheus = createPrometheusMetrics({ processMetrics: false });
    const { port } = await start({ metrics: prometheus.metrics, store: stubStore() }, webhookConfig);
    const question = textUpdate("tiến độ kế hoạch CCHC năm 2023", { messageId: "m1" });
    expect(await post(port!, question, {})).toBe(401);
    expect(await post(port!, question)).toBe(200);
    expect(await post(port!, question)).toBe(200);
    await channel!.bot.idle();
    fake.setQuota(0);
    expect(await post(port!, textUpdate("tiến độ kế hoạch CCHC năm 2023", { messageId: "m2" }))).toBe(200);
    await channel!.bot.idle();
    const text = (await prometheus.render()).body;
    expect(text).toContain('nhacviec_updates_received_total{channel="zalo",outcome="unauthorized"} 1');
    expect(text).toContain('nhacviec_updates_received_total{channel="zalo",outcome="queued"} 2');
    expect(text).toContain('nhacviec_updates_received_total{channel="zalo",outcome="duplicate"} 1');
    expect(text).toContain('nhacviec_answers_sent_total{channel="zalo",outcome="sent"} 1');
    expect(text).toContain('nhacviec_answers_sent_total{channel="zalo",outcome="quota_exhausted"} 1');
    expect(text).toContain('nhacviec_rate_limited_total{channel="zalo"} 1');
  });

  it("handles the same event delivered twice once; a different event name with the same id is another event", async () => {
    fake = await startFakeZaloServer();
    const { port } = await start({}, webhookConfig);
    const update = textUpdate("tỷ lệ hồ sơ trực tuyến cấp huyện", { messageId: "dup-1" });
    expect(await post(port!, update)).toBe(200);
    expect(await post(port!, update)).toBe(200);
    expect(await post(port!, { ok: true, result: update })).toBe(200);
    await channel!.bot.idle();
    expect(fake.sent).toHaveLength(1);
  });

  it("bad input: not JSON, not an update, an unknown event, GET, an image without caption, 10.000 characters", async () => {
    fake = await startFakeZaloServer();
    const { port } = await start({}, webhookConfig);
    expect(await post(port!, "{not json")).toBe(400);
    expect(await post(port!, { hello: "world" })).toBe(400);
    expect(await post(port!, { event_name: "message.text.received", message: { text: "no ids" } })).toBe(400);
    expect(await post(port!, { event_name: "user.joined.group", message: {} })).toBe(200);
    expect(await post(port!, "", {}, "GET")).toBe(404);
    await channel!.bot.idle();
    expect(fake.sent).toEqual([]);

    const image = textUpdate("", { messageId: "img-1", userId: "u-img" });
    image.event_name = "message.image.received";
    delete image.message!.text;
    image.message!.photo_url = "https://example.org/a.jpg";
    expect(await post(port!, image)).toBe(200);
    const sticker = { ...textUpdate("", { messageId: "st-1", userId: "u-st" }), event_name: "message.sticker.received" };
    expect(await post(port!, sticker)).toBe(200);
    expect(await post(port!, textUpdate("a".repeat(10_000), { messageId: "long-1", userId: "u-long" }))).toBe(200);
    await channel!.bot.idle();
    const byChat = Object.fromEntries(fake.sent.map((s) => [s.chat_id, s.text]));
    expect(byChat["u-img"]).toBe(translate("vi", { key: "zalo-text-only" }));
    expect(byChat["u-st"]).toBe(translate("vi", { key: "zalo-text-only" }));
    expect(byChat["u-long"]).toContain("2.000");
  });

  it('"xong" from a stranger gets an answer and changes nothing', async () => {
    fake = await startFakeZaloServer();
    const { port } = await start({}, webhookConfig);
    const before = await db.database.db.task.findMany({ select: { code: true, status: true, progress: true }, orderBy: { id: "asc" } });
    await post(port!, textUpdate("xong", { messageId: "x1", userId: "stranger" }));
    await post(port!, textUpdate("xong 1", { messageId: "x2", userId: "stranger" }));
    await post(port!, textUpdate("xong CCHC23-07", { messageId: "x3", userId: "stranger" }));
    await channel!.bot.idle();
    expect(fake.sent.filter((m) => m.chat_id === "stranger")).toHaveLength(3);
    expect(fake.sent.every((m) => m.text.length > 0)).toBe(true);
    expect(await db.database.db.task.findMany({ select: { code: true, status: true, progress: true }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.database.db.taskEvent.count()).toBe(0);
  });

  it("an image with a caption is read as text", async () => {
    fake = await startFakeZaloServer();
    const { port } = await start({}, webhookConfig);
    const image = textUpdate("", { messageId: "img-2" });
    image.event_name = "message.image.received";
    delete image.message!.text;
    image.message!.caption = "tiến độ kế hoạch CCHC";
    expect(await post(port!, image)).toBe(200);
    await channel!.bot.idle();
    expect(fake.sent[0]!.text).toContain("32,55%");
  });

  it("in a group it strips the @mention, and its help says it only hears @mentions there", async () => {
    fake = await startFakeZaloServer();
    const { port } = await start({}, webhookConfig);
    await post(port!, textUpdate("@Nhắc việc tiến độ kế hoạch CCHC", { messageId: "g1", chatId: "group-1", group: true }));
    await post(port!, textUpdate("@Nhắc việc help", { messageId: "g2", chatId: "group-1", group: true }));
    await post(port!, textUpdate("help", { messageId: "p1", userId: "private-1" }));
    await channel!.bot.idle();
    const group = fake.sent.filter((s) => s.chat_id === "group-1").map((s) => s.text);
    expect(group[0]).toContain("32,55%");
    expect(group[1]).toContain(translate("vi", { key: "zalo-group-help" }));
    const privateHelp = fake.sent.find((s) => s.chat_id === "private-1")!.text;
    expect(privateHelp).toContain(translate("vi", { key: "zalo-help-done" }));
    expect(privateHelp).not.toContain(translate("vi", { key: "zalo-group-help" }));
  });

  it("an invite code before onboarding is wired gets a clear answer", async () => {
    fake = await startFakeZaloServer();
    const { port } = await start({}, webhookConfig);
    await post(port!, textUpdate("/start abcd-efgh-jkmn-pqrs-tvwx-yz01", { messageId: "s1" }));
    await channel!.bot.idle();
    expect(fake.sent[0]!.text).toBe(translate("vi", { key: "zalo-onboard-unavailable" }));
  });
});

describe("onboarding with invite codes (src/app/onboarding.ts)", () => {
  it('"/start <code>" in a private chat makes a member; "@bot mã mời <code>" in a group binds the group; a used code is refused', async () => {
    fake = await startFakeZaloServer();
    const onboarding = createOnboarding({
      store: createOnboardingStore(db.database.db),
      clock: fixedClock(DEMO_NOW),
      randomBytes: (n) => randomBytes(n),
      units: async () => (await createCatalogStore(db.database.db).loadCatalog()).units,
    });
    const invite = async (role: "unit_officer" | "leader") => {
      const created = await onboarding.createInvite({ by: "operator", unit: "Sở Nội vụ", role, days: 7 });
      if (!created.ok) throw new Error(created.reason);
      return created.code;
    };
    const [personal, group] = [await invite("unit_officer"), await invite("unit_officer")];
    const { port } = await start({ redeem: (code, request) => onboarding.redeem(code, request) }, webhookConfig);
    await post(port!, textUpdate(`/start ${personal}`, { messageId: "o1", userId: "zalo-officer", name: "Trần Văn Cán Bộ" }));
    await post(port!, textUpdate(`@Nhắc việc mã mời: ${group.toUpperCase().replace(/(.{4})/g, "$1 ")}`, { messageId: "o2", chatId: "zalo-group-snv", userId: "zalo-officer", group: true }));
    await post(port!, textUpdate(`/start ${personal}`, { messageId: "o3", userId: "zalo-someone-else" }));
    await channel!.bot.idle();
    const to = (chat: string) => fake.sent.filter((m) => m.chat_id === chat).map((m) => m.text);
    expect(to("zalo-officer")[0]).toMatch(/Trần Văn Cán Bộ.*Sở Nội vụ/);
    expect(to("zalo-group-snv")[0]).toContain("Sở Nội vụ");
    expect(to("zalo-someone-else")[0]).toBe(translate("vi", { key: "zalo-onboard-failed", args: { reason: "used" } }));
    const identity = await db.database.db.channelIdentity.findUnique({ where: { channel_externalId: { channel: "zalo", externalId: "zalo-officer" } }, include: { person: true } });
    expect(identity?.person.name).toBe("Trần Văn Cán Bộ");
    const binding = await db.database.db.chatBinding.findUnique({ where: { channel_chatId: { channel: "zalo", chatId: "zalo-group-snv" } } });
    expect(binding).toMatchObject({ isGroup: true, active: true });
  });
});

describe("long polling", () => {
  it("idles on 408s without sending or spinning, then handles a queued update", async () => {
    fake = await startFakeZaloServer({ maxPollMs: 100 });
    await start();
    expect(fake.calls.some((c) => c.method === "deleteWebhook")).toBe(true);
    await new Promise((r) => setTimeout(r, 450));
    const polls = fake.calls.filter((c) => c.method === "getUpdates");
    expect(polls.length).toBeGreaterThanOrEqual(3);
    expect(polls.length).toBeLessThanOrEqual(6);
    expect(polls[0]!.body).toEqual({ timeout: "1" });
    expect(fake.sent).toEqual([]);
    fake.queueUpdate(textUpdate("tiến độ kế hoạch CCHC", { messageId: "poll-1" }));
    await fake.waitFor(() => fake.sent.length === 1);
    expect(fake.sent[0]!.text).toContain("32,55%");
  });

  it("backs off through an error burst (500s and dropped connections) and recovers", async () => {
    fake = await startFakeZaloServer({ maxPollMs: 100 });
    fake.failNext(3, { method: "getUpdates", status: 500 });
    fake.failNext(2, { method: "getUpdates", drop: true });
    await start();
    fake.queueUpdate(textUpdate("tiến độ kế hoạch CCHC", { messageId: "after-burst" }));
    await fake.waitFor(() => fake.sent.length === 1, 15_000);
    const polls = fake.calls.filter((c) => c.method === "getUpdates").map((c) => c.at);
    // Five failures, then the update: gaps grow (50, 100, 200, 200 ms ± 20%), never a tight loop.
    expect(polls.length).toBeGreaterThanOrEqual(6);
    expect(polls.length).toBeLessThanOrEqual(7); // the sixth brought the update; a seventh may be waiting
    const gaps = polls.slice(1).map((at, i) => at - polls[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[3]).toBeGreaterThanOrEqual(150);
  });
});

describe("sending: split, quota, 429", () => {
  it("a 2.500-character reply goes out as two messages of at most 2.000 characters", async () => {
    fake = await startFakeZaloServer();
    const { sender } = await start();
    const text = Array.from({ length: 400 }, (_, i) => `nhiệm${i}`).join(" ").slice(0, 2500).trim();
    expect(text.length).toBeGreaterThan(2400);
    const result = await sender.send({ chatId: "c1", text, kind: "reply" });
    expect(result).toEqual({ ok: true, externalMessageId: "out-1" });
    expect(fake.sent.map((s) => s.text.length)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(fake.sent.every((s) => s.text.length <= 2000)).toBe(true);
    expect(fake.sent.map((s) => s.text).join(" ")).toBe(text);
  });

  it("reminders end with the Zalo how-to-answer line, replacing the generic one", async () => {
    fake = await startFakeZaloServer();
    const { sender } = await start({ store: stubStore({ deliveryKind: async (id) => (id === 7 ? "before" : null) }) });
    const generic = translate("vi", { key: "remind-how-to-answer" });
    await sender.send({ chatId: "unit-chat", text: `Nhắc việc gửi Sở Nội vụ\n1. CCHC23-07 — …\n${generic}`, deliveryId: 7 });
    const footer = translate("vi", { key: "zalo-reminder-footer" });
    expect(fake.sent[0]!.text.split("\n").at(-1)).toBe(footer);
    expect(fake.sent[0]!.text).not.toContain(generic);
    await sender.send({ chatId: "unit-chat", text: "một câu trả lời", kind: "reply" });
    expect(fake.sent[1]!.text).toBe("một câu trả lời");
  });

  it("warns the secretariat once at 80%, and from 95% sends only overdue alerts and escalations", async () => {
    fake = await startFakeZaloServer();
    const telegram = recordingSender();
    const { sender, budget } = await start({ store: stubStore({ quota: inMemoryQuotaStore(79) }), fallback: telegram }, { monthlyQuota: 100 });
    expect(await sender.send({ chatId: "c", text: "một", kind: "reply" })).toMatchObject({ ok: true });
    await fake.waitFor(() => fake.sent.some((s) => s.chat_id === "zalo-secretariat"));
    const warning = fake.sent.find((s) => s.chat_id === "zalo-secretariat")!.text;
    // Numbers and the month in Vietnamese form.
    expect(warning).toBe("Bot Zalo đã dùng 80/100 tin nhắn của tháng 7/2023 (từ 80%). Từ 95%, bot chỉ gửi cảnh báo quá hạn và tin báo cáo cấp trên.");
    await fake.waitFor(() => telegram.sent.length > 0);
    expect(telegram.sent.map((s) => s.chatId)).toEqual(["tg-secretariat"]);
    // The warning itself counted: 81. Up to 95 non-urgent messages still go; no second warning.
    for (let i = 0; i < 14; i++) expect(await sender.send({ chatId: "c", text: `tin ${i}`, kind: "before" })).toMatchObject({ ok: true });
    await fake.waitFor(() => fake.sent.filter((s) => s.chat_id === "zalo-secretariat").length === 2); // the warning and the 95% notice
    // The 95% notice is counted once its send returns, which may be just after the fake has seen it.
    await vi.waitFor(async () => expect((await budget.status()).used).toBe(96));
    const urgentNotice = fake.sent.filter((s) => s.chat_id === "zalo-secretariat")[1]!.text;
    expect(urgentNotice).toContain("95/100");
    expect(urgentNotice).toContain("tạm dừng trả lời câu hỏi gửi qua Zalo");
    const calls = fake.calls.length;
    expect(await sender.send({ chatId: "c", text: "một câu trả lời", kind: "reply" })).toMatchObject({ ok: false, reason: "quota_exhausted" });
    expect(await sender.send({ chatId: "c", text: "sắp đến hạn", kind: "before" })).toMatchObject({ ok: false, reason: "quota_exhausted" });
    expect(fake.calls.length).toBe(calls);
    expect(await sender.send({ chatId: "c", text: "quá hạn", kind: "overdue" })).toMatchObject({ ok: true });
    expect(await sender.send({ chatId: "c", text: "báo thủ trưởng", kind: "escalate_head" })).toMatchObject({ ok: true });
    expect((await budget.status()).level).toBe("urgent_only");
  });

  it("from 95% a question asked on Zalo is answered on the person's Telegram, saying why; without Telegram it is logged", async () => {
    fake = await startFakeZaloServer();
    const telegram = recordingSender();
    // A month already at 96/100 whose notices went out before a restart.
    await db.database.db.quotaUsage.create({ data: { channel: "zalo", month: "2023-07", used: 96, warnedAt: DEMO_NOW, urgentNotifiedAt: DEMO_NOW } });
    const logs: Array<Record<string, unknown>> = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
    const quota = createQuotaUsageStore(db.database.db, db.database.provider, "zalo");
    const { bot } = await start({ store: stubStore({ quota }), fallback: telegram, logger }, { monthlyQuota: 100 });
    bot.acceptRaw(textUpdate("tiến độ kế hoạch CCHC", { messageId: "q95-1", userId: "has-both" }));
    bot.acceptRaw(textUpdate("tiến độ kế hoạch CCHC", { messageId: "q95-2", userId: "only-zalo" }));
    await bot.idle();
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toEqual([]);
    expect(telegram.sent.map((s) => s.chatId)).toEqual(["tg-42"]);
    const [note, ...answer] = telegram.sent[0]!.text.split("\n\n");
    expect(note).toBe(translate("vi", { key: "zalo-quota-reply-elsewhere" }));
    expect(answer.join("\n\n")).toContain("32,55%");
    expect(logs.find((l) => l.zaloChat === "has-both")).toMatchObject({ kind: "reply", fallback: "telegram", ok: true });
    expect(logs.find((l) => l.zaloChat === "only-zalo")).toMatchObject({ kind: "reply", msg: "zalo quota: message not sent, and the chat has no other channel" });
    await db.database.db.quotaUsage.deleteMany();
  });

  it("429 closes Zalo for the month: reported, never retried, people with Telegram get it there", async () => {
    fake = await startFakeZaloServer();
    const telegram = recordingSender();
    const { sender, budget } = await start({ store: stubStore(), fallback: telegram });
    fake.setQuota(0);
    expect(await sender.send({ chatId: "only-zalo", text: "quá hạn", kind: "overdue" })).toMatchObject({ ok: false, reason: "quota_exhausted" });
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    await fake.waitFor(() => telegram.sent.some((s) => s.chatId === "tg-secretariat"));
    // Reported to the secretariat on Telegram (Zalo is closed).
    expect(telegram.sent.find((s) => s.chatId === "tg-secretariat")?.text).toContain("Bot Zalo đã hết hạn mức tin nhắn tháng 7/2023 (0/3.000).");
    fake.setQuota(undefined); // even if the platform would accept again, nothing goes out this month
    expect(await sender.send({ chatId: "only-zalo", text: "quá hạn", kind: "escalate_secretariat" })).toMatchObject({ ok: false, reason: "quota_exhausted" });
    expect(await sender.send({ chatId: "has-both", text: "quá hạn CCHC23-07", kind: "overdue" })).toEqual({ ok: true, externalMessageId: "tg-msg-2", via: { channel: "telegram", chatId: "tg-42" } });
    expect(telegram.sent.at(-1)).toEqual({ chatId: "tg-42", text: "quá hạn CCHC23-07" });
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    expect((await budget.status()).level).toBe("exhausted");
  });

  it("when Telegram refuses a message Zalo could not send, the answer is Zalo's quota (or transient), never Telegram's own", async () => {
    // Passed back as it is, Telegram's "chat unavailable" would retire the Zalo chat, its 429 pause it.
    fake = await startFakeZaloServer();
    const answers: SendResult[] = [
      { ok: false, reason: "chat_unavailable", detail: "403 Forbidden: bot was blocked by the user" },
      { ok: false, reason: "rate_limited", retryAfterMs: 3000 },
      { ok: false, reason: "transient", detail: "502 Bad Gateway" },
    ];
    // The secretariat's notice of the 429 goes to Telegram too, and is taken.
    const telegram: ChannelSender = { channel: "telegram", send: async (m) => (m.chatId === "tg-42" ? answers.shift()! : { ok: true, externalMessageId: "n" }) };
    const { sender } = await start({ store: stubStore(), fallback: telegram });
    fake.setQuota(0);
    const blocked = await sender.send({ chatId: "has-both", text: "quá hạn", kind: "overdue" });
    expect(blocked).toMatchObject({ ok: false, reason: "quota_exhausted" });
    expect("detail" in blocked && blocked.detail).toContain("telegram fallback (chat tg-42) answered chat_unavailable: 403 Forbidden");
    const busy = await sender.send({ chatId: "has-both", text: "quá hạn", kind: "overdue" });
    expect(busy).toMatchObject({ ok: false, reason: "transient" });
    expect("detail" in busy && busy.detail).toContain("answered rate_limited, retry after 3000 ms");
    expect(await sender.send({ chatId: "has-both", text: "quá hạn", kind: "overdue" })).toMatchObject({ ok: false, reason: "transient" });
  });

  it("stop() waits for a quota notice being sent", async () => {
    fake = await startFakeZaloServer();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const telegram = recordingSender();
    const slow: ChannelSender = { channel: "telegram", send: async (message) => (await gate, telegram.send(message)) };
    const { sender } = await start({ store: stubStore(), fallback: slow });
    fake.setQuota(0);
    await sender.send({ chatId: "only-zalo", text: "quá hạn", kind: "overdue" }); // the 429 closes the month: a notice
    let stopped = false;
    const stopping = channel!.stop().then(() => (stopped = true));
    channel = undefined;
    await new Promise((r) => setTimeout(r, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(telegram.sent.map((s) => s.chatId)).toEqual(["tg-secretariat"]);
  });

  it("a refused chat is chat_unavailable, a server error transient", async () => {
    fake = await startFakeZaloServer();
    const { sender } = await start();
    fake.failNext(1, { method: "sendMessage", status: 403 });
    expect(await sender.send({ chatId: "c", text: "x", kind: "before" })).toMatchObject({ ok: false, reason: "chat_unavailable" });
    fake.failNext(1, { method: "sendMessage", status: 502 });
    expect(await sender.send({ chatId: "c", text: "x", kind: "before" })).toMatchObject({ ok: false, reason: "transient" });
  });
});

describe("start-up", () => {
  it("a token the platform refuses stops start-up with a one-line configuration error, without the token", async () => {
    fake = await startFakeZaloServer();
    const error = await startZaloChannel({
      config: zaloConfig(),
      token: "9999:wrong-token-value",
      webhookSecret: undefined,
      app,
      clock: fixedClock(DEMO_NOW),
      translate,
      locale: "vi",
      logger: silent,
    }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/ZALO_BOT_TOKEN/);
    expect((error as Error).message).not.toContain("wrong-token-value");
  });
});
