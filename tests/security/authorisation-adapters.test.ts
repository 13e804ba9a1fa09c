import path from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegram } from "../../src/channels/telegram/start.js";
import { startZalo } from "../../src/channels/zalo/start.js";
import { SECRET_HEADER as ZALO_SECRET_HEADER } from "../../src/channels/zalo/webhook.js";
import { startRuntime, type Runtime } from "../../src/composition/runtime.js";
import { loadConfig } from "../../src/config.js";
import { createWebServer, type WebServer } from "../../src/web/server.js";
import { tempDir } from "../support/databases.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { startFakeZaloServer, textUpdate, type FakeZaloServer } from "../support/fake-zalo-server.js";

/**
 * The authorisation matrix's refused cells through each platform adapter, not only the app's entry point: the
 * bot runs as src/main.ts runs it (one web server, Telegram and Zalo in webhook mode) against local fakes of
 * the Bot API and of the Zalo Bot Platform; each refused action is posted to the webhook as the platform would
 * post it. The refusal must reach the person through the platform, and nothing the action would change may
 * have changed in the database. (tests/security/authorisation-matrix.test.ts holds the whole table, allowed
 * cells included, at the app's entry point.)
 */
const TELEGRAM_TOKEN = "880001:AUTHZ-ADAPTERS";
const TELEGRAM_SECRET = "authz-telegram-secret-0123";
const ZALO_SECRET = "authz-zalo-secret-0123";

const PERSONAS = {
  stranger: null,
  "unit officer, lead unit": "stc-chuyen-vien",
  "unit head, lead unit": "stc-giam-doc",
  "unit officer, other unit": "stp-chuyen-vien",
  leader: "chu-tich",
  secretariat: "snv-chuyen-vien",
} as const;
type Persona = keyof typeof PERSONAS;
const ALL = Object.keys(PERSONAS) as Persona[];
const CHANGERS: Persona[] = ["unit officer, lead unit", "unit head, lead unit", "secretariat"];
const DECIDERS: Persona[] = ["secretariat"];
const OFFICE: Persona[] = ["leader", "secretariat"];

/** The refusals the bot gives (the matrix test's), and a stranger's "invited officers only". */
const REFUSED =
  /không thuộc đơn vị chủ trì|^Chỉ .*cơ quan thường trực|chỉ (lãnh đạo và )?cơ quan thường trực (và quản trị viên )?(mới )?được|Chỉ cơ quan thường trực và lãnh đạo|không có quyền|Nhắc việc chỉ phục vụ cán bộ được mời|Chưa xác định được danh tính người gửi|dành cho (lãnh đạo|cơ quan thường trực)/iu;

/** The actions typed in chat, with who may do them (the matrix's rules); every other persona is refused. */
const ACTIONS: Array<{ name: string; allowed: readonly Persona[]; text: string }> = [
  { name: "ask a question", allowed: ALL.filter((p) => p !== "stranger"), text: "tiến độ kế hoạch CCHC năm 2023" },
  { name: "mark a task done", allowed: CHANGERS, text: "xong CCHC23-32 VB số 12/STC" },
  { name: "report progress", allowed: CHANGERS, text: "tiến độ CCHC23-32 đạt 50%" },
  { name: "report a blockage", allowed: CHANGERS, text: "vướng CCHC23-32 do chưa có kinh phí" },
  { name: "request an extension", allowed: CHANGERS, text: "xin gia hạn CCHC23-32 đến 15/8/2023 vì chờ ý kiến Bộ" },
  { name: "approve an extension", allowed: DECIDERS, text: "duyệt gia hạn CCHC23-32" },
  { name: "nudge another unit", allowed: OFFICE, text: "nhắc Sở Tài chính về CCHC23-32" },
  { name: "record a KPI value", allowed: DECIDERS, text: "cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 15/7/2023" },
  { name: "export the report", allowed: OFFICE, text: "/xuatbaocao" },
];
const REFUSED_CELLS = ACTIONS.flatMap((action) => ALL.filter((p) => !action.allowed.includes(p)).map((persona) => ({ action, persona })));

let tmp: ReturnType<typeof tempDir>;
let runtime: Runtime;
let web: WebServer;
let port = 0;
let telegramApi: FakeBotApi;
let zaloApi: FakeZaloServer;
const stops: Array<() => Promise<void>> = [];
const db = () => runtime.database.db;

// A stranger is told once how to get an invite, then left unanswered (StrangerAnswer): each refused cell of a
// stranger is a stranger writing for the first time, so that the refusal is there to read.
let strangers = 0;
const telegramUserId = (persona: Persona) => (persona === "stranger" ? 69_000 + ++strangers : 61_000 + ALL.indexOf(persona));
const zaloUserId = (persona: Persona) => (persona === "stranger" ? `zalo-stranger-${++strangers}` : `zalo-authz-${ALL.indexOf(persona)}`);

/**
 * What a refused action could have changed: tasks and their history, extension requests, reminders and nudges,
 * KPI values, invites, memberships. (Not the audit trail, the "refused" task events, the update ledger, send
 * marks or quota counts, which a refusal writes or moves.)
 */
async function fingerprint(): Promise<string> {
  const [tasks, events, extensions, deliveries, values, invites, memberships, people] = await Promise.all([
    db().task.findMany({ orderBy: { id: "asc" } }),
    // A refused command is written down as a task's "refused" event, by design: the history of attempts.
    db().taskEvent.count({ where: { action: { not: "refused" } } }),
    db().extensionRequest.findMany({ orderBy: { id: "asc" } }),
    db().delivery.count(),
    db().metricValue.findMany({ orderBy: { id: "asc" } }),
    db().invite.count(),
    db().membership.count(),
    db().person.findMany({ select: { id: true, active: true }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ tasks, events, extensions, deliveries, values, invites, memberships, people });
}

beforeAll(async () => {
  tmp = tempDir("nhacviec-authz-adapters-");
  telegramApi = await startFakeBotApi(TELEGRAM_TOKEN);
  zaloApi = await startFakeZaloServer();
  const config = loadConfig({
    DATABASE_URL: `file:${path.join(tmp.dir, "bot.db")}`,
    NOW: "2023-07-25T09:00:00+07:00",
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: telegramApi.apiRoot,
    TELEGRAM_WEBHOOK_URL: "https://bot.invalid/telegram/hook",
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    ZALO_BOT_TOKEN: zaloApi.token,
    ZALO_API_ROOT: zaloApi.apiRoot,
    ZALO_WEBHOOK_URL: "https://bot.invalid/zalo/hook",
    ZALO_WEBHOOK_SECRET: ZALO_SECRET,
  });
  const logger = pino({ level: "silent" });
  runtime = await startRuntime(config, logger);
  web = createWebServer({ host: "127.0.0.1", port: 0, logger });
  port = (await web.listen()).port;
  const telegram = await startTelegram(runtime, logger, { web });
  runtime.channels.register(telegram.sender);
  const zalo = await startZalo(runtime, logger, { web });
  runtime.channels.register(zalo.sender);
  stops.push(() => web.close(), () => zalo.stop(), () => telegram.stop());
  // The demo people write on Telegram and Zalo (as if each had opened an invite there).
  for (const persona of ALL) {
    const key = PERSONAS[persona];
    if (!key) continue;
    const person = await db().person.findUniqueOrThrow({ where: { key } });
    await db().channelIdentity.create({ data: { channel: "telegram", externalId: String(telegramUserId(persona)), personId: person.id } });
    await db().channelIdentity.create({ data: { channel: "zalo", externalId: zaloUserId(persona), personId: person.id } });
  }
}, 120_000);

afterAll(async () => {
  for (const stop of stops) await stop().catch(() => undefined);
  await runtime?.close();
  await telegramApi?.close();
  await zaloApi?.close();
  tmp?.remove();
});

let messageId = 70_000;
let updateId = 1;

/** Posts the text as Telegram would and returns what the bot sent back into that private chat. */
async function onTelegram(persona: Persona, text: string): Promise<string> {
  const id = telegramUserId(persona);
  const mark = telegramApi.calls.length;
  const update = {
    update_id: updateId++,
    message: {
      message_id: ++messageId,
      date: 1690250400,
      chat: { id, type: "private", first_name: "x" },
      from: { id, is_bot: false, first_name: "x" },
      text,
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] } : {}),
    },
  };
  const res = await fetch(`http://127.0.0.1:${port}/telegram/hook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TELEGRAM_SECRET }, body: JSON.stringify(update) });
  expect(res.status).toBe(200);
  const reply = await telegramApi.waitFor((c) => c.method === "sendMessage" && String(c.payload.chat_id) === String(id), 20_000, mark);
  return String(reply.payload.text);
}

/** Posts the text as the Zalo Bot Platform would and returns what the bot sent back into that chat. */
async function onZalo(persona: Persona, text: string): Promise<string> {
  const id = zaloUserId(persona);
  const mark = zaloApi.sent.length;
  const res = await fetch(`http://127.0.0.1:${port}/zalo/hook`, { method: "POST", headers: { "content-type": "application/json", [ZALO_SECRET_HEADER]: ZALO_SECRET }, body: JSON.stringify(textUpdate(text, { userId: id, messageId: `authz-${++messageId}` })) });
  expect(res.status).toBe(200);
  await zaloApi.waitFor(() => zaloApi.sent.slice(mark).some((s) => s.chat_id === id), 20_000);
  return zaloApi.sent.slice(mark).find((s) => s.chat_id === id)!.text;
}

describe("refused actions through the platform adapters (webhooks, fakes at the network edge)", () => {
  it("the matrix has refused cells to drive", () => {
    expect(REFUSED_CELLS.length).toBeGreaterThan(20);
  });

  for (const [channel, send] of [["telegram", onTelegram], ["zalo", onZalo]] as const) {
    it(`${channel}: every refused cell is refused in the chat and changes nothing`, async () => {
      const wrong: string[] = [];
      for (const { action, persona } of REFUSED_CELLS) {
        const before = await fingerprint();
        const reply = await send(persona, action.text);
        // The platform's send is the last step of the handling; whatever the action wrote would be written by then.
        const after = await fingerprint();
        if (!REFUSED.test(reply)) wrong.push(`${action.name} / ${persona}: not refused: "${reply.slice(0, 120)}"`);
        if (after !== before) {
          const [b, a] = [JSON.parse(before) as Record<string, unknown>, JSON.parse(after) as Record<string, unknown>];
          const changed = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
          wrong.push(`${action.name} / ${persona}: the database changed (${changed.join(", ")})`);
        }
      }
      expect(wrong).toEqual([]);
    }, 300_000);
  }
});
