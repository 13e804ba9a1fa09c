import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReminderTick } from "../../src/app/reminders/tick.js";
import { createTelegramBot, type TelegramBot } from "../../src/channels/telegram/bot.js";
import { createTelegramIntake, SECRET_HEADER, type TelegramIntake } from "../../src/channels/telegram/intake.js";
import { telegramDeps } from "../../src/channels/telegram/start.js";
import { reminderDeps } from "../../src/composition/reminder-wiring.js";
import { startRuntime, type Runtime } from "../../src/composition/runtime.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/infra/logger.js";
import { createPrometheusMetrics } from "../../src/infra/metrics.js";
import { createWebServer, type WebServer } from "../../src/web/server.js";
import { addWebhookRoute } from "../../src/web/webhook-route.js";
import { tempDir } from "../support/databases.js";
import { TestClock } from "../support/reminders.js";
import { BOT_INFO, fakeApi, onboard, privateText, type FakeApi, type TelegramHarness } from "../support/telegram.js";

/**
 * /metrics of a running bot, on SQLite with the demo data as of the demo meeting: questions posted to the
 * Telegram webhook (one twice, one without the secret), an answer that meets a 429, the 08:00 reminders with
 * one send failing, then a scrape. The outbox and quota gauges are read from the database at the scrape.
 */
const SECRET = "metrics-secret_0123456789";
const NOW = "2023-07-25T08:00:00+07:00";
const officer = { id: 4101, first_name: "Trần Văn Nội" };
const leader = { id: 4102, first_name: "Lê Trí Thanh" };
const logger = createLogger("silent");
let tmp: { dir: string; remove(): void };
let runtime: Runtime;
let telegram: TelegramBot;
let api: FakeApi;
let intake: TelegramIntake;
let web: WebServer;
let base: string;
let updateId = 1;

// Limits far above what the test sends: the queue is there (it counts 429s), without making the test wait.
const WIDE = { overall: { count: 1000, windowMs: 1000 }, perChat: { count: 1000, windowMs: 1000 }, perGroup: { count: 1000, windowMs: 1000 } };

beforeAll(async () => {
  tmp = tempDir();
  const config = loadConfig({ DATABASE_URL: `file:${tmp.dir}/metrics.db`, NOW, LOG_LEVEL: "silent", TELEGRAM_BOT_TOKEN: "123456:TEST", ZALO_BOT_TOKEN: "zalo-test-token", ZALO_MONTHLY_QUOTA: "2000" });
  runtime = await startRuntime(config, logger, { metrics: true });
  api = fakeApi();
  telegram = createTelegramBot({ token: "123456:TEST", botInfo: BOT_INFO, transport: api.transport, limits: WIDE }, telegramDeps(runtime, logger));
  const prometheus = runtime.prometheus!;
  web = createWebServer({ host: "127.0.0.1", port: 0, logger, metrics: runtime.metrics, scrape: () => prometheus.render() });
  intake = createTelegramIntake({ logger, handle: (update) => telegram.bot.handleUpdate(update) });
  addWebhookRoute(web, { channel: "telegram", path: "/telegram/hook", secretHeader: SECRET_HEADER, secret: SECRET, accept: intake.accept }, logger);
  base = `http://127.0.0.1:${(await web.listen()).port}`;
  const h = { runtime, send: (u: Omit<Update, "update_id">) => telegram.bot.handleUpdate({ update_id: updateId++, ...u } as Update) } as unknown as TelegramHarness;
  await onboard(h, officer, "SNV", "unit_officer");
  await onboard(h, leader, "SNV", "leader");
});
afterAll(async () => {
  await web.close();
  await runtime.close();
  tmp.remove();
});

const post = (update: Omit<Update, "update_id">, id: number, secret = SECRET) =>
  fetch(`${base}/telegram/hook`, { method: "POST", headers: { "content-type": "application/json", [SECRET_HEADER]: secret }, body: JSON.stringify({ update_id: id, ...update }) }).then((r) => r.status);

/** The samples of a Prometheus text exposition: name and labels → value. */
function parse(text: string): Array<{ name: string; labels: Record<string, string>; value: number }> {
  const samples = [];
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m) continue;
    const labels = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1]!, l[2]!]));
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

async function scrape(): Promise<(name: string, labels?: Record<string, string>) => number | undefined> {
  const res = await fetch(`${base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = parse(await res.text());
  return (name, labels = {}) => samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v) && Object.keys(s.labels).length === Object.keys(labels).length)?.value;
}

describe("/metrics", () => {
  it("counts webhook requests by outcome, questions by channel with their latency, and answers sent", async () => {
    const before = await scrape();
    const sentBefore = before("nhacviec_answers_sent_total", { channel: "telegram", outcome: "sent" }) ?? 0;
    expect(await post(privateText(leader, "tiến độ kế hoạch CCHC"), 100)).toBe(200);
    expect(await post(privateText(leader, "tiến độ kế hoạch CCHC"), 100)).toBe(200); // the platform sends it again
    expect(await post(privateText(leader, "ty le ho so truc tuyen cap huyen"), 101)).toBe(200);
    expect(await post(privateText(leader, "còn cấp xã?"), 102, "wrong-secret")).toBe(401);
    await intake.idle();
    const m = await scrape();
    expect(m("nhacviec_updates_received_total", { channel: "telegram", outcome: "queued" })).toBe(2);
    expect(m("nhacviec_updates_received_total", { channel: "telegram", outcome: "duplicate" })).toBe(1);
    expect(m("nhacviec_updates_received_total", { channel: "telegram", outcome: "unauthorized" })).toBe(1);
    expect(m("nhacviec_messages_handled_total", { channel: "telegram", kind: "question" })).toBe(2);
    expect(m("nhacviec_question_duration_seconds_count", { channel: "telegram" })).toBe(2);
    expect(m("nhacviec_question_duration_seconds_sum", { channel: "telegram" })).toBeGreaterThan(0);
    expect(m("nhacviec_question_duration_seconds_bucket", { channel: "telegram", le: "+Inf" })).toBe(2);
    expect(m("nhacviec_answers_sent_total", { channel: "telegram", outcome: "sent" })).toBe(sentBefore + 2);
    expect(api.sent(String(leader.id)).length).toBeGreaterThanOrEqual(2);
  });

  it("counts a 429 from Telegram and the answer's resend", async () => {
    api.failWith(String(leader.id), [{ error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }]);
    expect(await post(privateText(leader, "tiến độ kế hoạch CCHC"), 103)).toBe(200);
    await intake.idle();
    const m = await scrape();
    expect(m("nhacviec_rate_limited_total", { channel: "telegram" })).toBe(1);
    expect(m("nhacviec_retries_total", { channel: "telegram", what: "answer" })).toBe(1);
    expect(m("nhacviec_messages_handled_total", { channel: "telegram", kind: "question" })).toBe(3);
  });

  it("counts the reminders sent by outcome, and reads the outbox and the Zalo quota from the database", async () => {
    const clock = new TestClock(NOW);
    // The officer's first reminder meets a 5xx: it is put back and sent a second later.
    api.failWith(String(officer.id), [{ error_code: 502, description: "Bad Gateway" }]);
    const deps = { ...reminderDeps(runtime, [telegram.sender], logger), clock, sleep: clock.sleep };
    const tick = await runReminderTick(deps);
    const db = runtime.database.db;
    const sent = await db.delivery.count({ where: { channel: "telegram", status: "sent" } });
    expect(sent).toBeGreaterThan(0);
    expect(tick.dispatched).toMatchObject({ sent, retried: 1, failed: 0 });

    // What the gauges read: one delivery waiting since an hour before the (demo) clock, and the month's Zalo count.
    const hourAgo = new Date(runtime.clock.now().getTime() - 3600_000);
    await db.delivery.create({ data: { channel: "telegram", chatId: String(officer.id), kind: "notice", text: "x", status: "pending", createdAt: hourAgo, notBefore: hourAgo } });
    await db.delivery.create({ data: { channel: "zalo", chatId: "z1", kind: "notice", text: "x", status: "sending", createdAt: runtime.clock.now(), notBefore: runtime.clock.now() } });
    await db.quotaUsage.create({ data: { channel: "zalo", month: "2023-07", used: 1234 } });

    const m = await scrape();
    expect(m("nhacviec_reminders_sent_total", { channel: "telegram", outcome: "sent" })).toBe(sent);
    expect(m("nhacviec_reminders_sent_total", { channel: "telegram", outcome: "transient" })).toBe(1);
    expect(m("nhacviec_retries_total", { channel: "telegram", what: "reminder" })).toBe(1);
    expect(m("nhacviec_outbox_waiting", { channel: "telegram" })).toBe(1);
    expect(m("nhacviec_outbox_waiting", { channel: "zalo" })).toBe(1);
    const age = m("nhacviec_outbox_oldest_waiting_seconds", { channel: "telegram" })!;
    expect(age).toBeGreaterThanOrEqual(3600);
    expect(age).toBeLessThan(3600 + 60);
    expect(m("nhacviec_zalo_quota_used", { month: "2023-07" })).toBe(1234);
    expect(m("nhacviec_zalo_quota_limit")).toBe(2000);
    expect(m("nhacviec_process_resident_memory_bytes")).toBeGreaterThan(0);

    await db.delivery.updateMany({ where: { status: { in: ["pending", "sending"] } }, data: { status: "sent" } });
    const after = await scrape();
    expect(after("nhacviec_outbox_waiting", { channel: "telegram" })).toBe(0);
    expect(after("nhacviec_outbox_oldest_waiting_seconds", { channel: "telegram" })).toBe(0);
  });

  it("keeps each bot's counts on its own registry", async () => {
    const other = createPrometheusMetrics({ processMetrics: false });
    other.metrics.messageHandled("zalo", "question", 0.01);
    const m = await scrape();
    expect(m("nhacviec_messages_handled_total", { channel: "zalo", kind: "question" })).toBeUndefined();
    expect((await other.render()).body).toMatch(/nhacviec_messages_handled_total\{channel="zalo",kind="question"\} 1/);
  });
});
