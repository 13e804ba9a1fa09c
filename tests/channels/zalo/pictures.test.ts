import { readdirSync } from "node:fs";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../src/app/handle-message.js";
import { createConversationMemory } from "../../../src/app/conversation-memory.js";
import { startZaloChannel, type ZaloChannel } from "../../../src/channels/zalo/channel.js";
import { SECRET_HEADER } from "../../../src/channels/zalo/webhook.js";
import { fixedClock } from "../../../src/core/clock.js";
import { createCatalogStore } from "../../../src/db/stores/catalog-store.js";
import { createPeopleStore } from "../../../src/db/stores/people-store.js";
import { createTaskStore } from "../../../src/db/stores/task-store.js";
import { chartFiles } from "../../../src/infra/chart-files.js";
import { createTranslator } from "../../../src/infra/i18n.js";
import { pictureFiles } from "../../../src/infra/picture-files.js";
import { addPictureRoute } from "../../../src/web/picture-route.js";
import { createWebServer, type WebServer } from "../../../src/web/server.js";
import { freshSqlite, tempDir, type TestDatabase } from "../../support/databases.js";
import { DEMO_NOW } from "../../support/demo-app.js";
import { startFakeZaloServer, textUpdate, type FakeZaloServer } from "../../support/fake-zalo-server.js";

/**
 * Charts on Zalo (issue #12, item 4): the Bot Platform takes a photo by URL, so in webhook mode the bot keeps the
 * PNG under an unguessable name for a day at most and serves it from its own web server; in polling mode (no
 * public address) the figures go as text. Against a local fake of the platform, on the demo data.
 */
const SECRET = "test-secret_0123456789";
const silent = pino({ level: "silent" });
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const HOUR = 60 * 60 * 1000;

let db: TestDatabase;
let app: App;
let fake: FakeZaloServer | undefined;
let channel: ZaloChannel | undefined;
let web: WebServer | undefined;
const folders: Array<ReturnType<typeof tempDir>> = [];

function folder(): string {
  const made = tempDir("nhacviec-zalo-pictures-");
  folders.push(made);
  return made.dir;
}

beforeAll(async () => {
  db = await freshSqlite({ demo: true });
  // The app as the running bot builds it in webhook mode: Zalo among the channels a chart's picture goes to.
  app = await createApp({
    clock: fixedClock(DEMO_NOW),
    catalogStore: createCatalogStore(db.database.db),
    tasks: createTaskStore(db.database.db),
    people: createPeopleStore(db.database.db),
    translate: createTranslator(),
    memory: createConversationMemory(),
    contextTtlMinutes: 30,
    chartPictures: chartFiles(folder()),
    pictureChannels: ["telegram", "zalo"],
  });
});
afterAll(async () => {
  await db.cleanup();
  for (const f of folders) f.remove();
});
afterEach(async () => {
  await web?.close();
  web = undefined;
  await channel?.stop();
  channel = undefined;
  await fake?.close();
  fake = undefined;
});

async function serving(store: ReturnType<typeof pictureFiles>): Promise<string> {
  web = createWebServer({ host: "127.0.0.1", port: 0, logger: silent });
  addPictureRoute(web, "/zalo/charts", store);
  const { port } = await web.listen();
  return `http://127.0.0.1:${port}/zalo/charts`;
}

describe("pictures kept for a day under an unguessable name", () => {
  it("serves the PNG at its token; a wrong token, another name or an expired one is 404", async () => {
    let now = Date.parse("2026-12-07T03:00:00Z");
    const store = pictureFiles({ dir: folder(), now: () => now });
    const base = await serving(store);
    const token = await store.put(PNG);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/); // 24 random bytes: 192 bits
    const served = await fetch(`${base}/${token}.png`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);

    const other = (await store.put(PNG)).split("").reverse().join("");
    for (const wrong of [`${other}.png`, `${token}.jpg`, token, `${token.slice(0, -1)}A.png`, "..%2F..%2Fetc%2Fpasswd"]) {
      expect((await fetch(`${base}/${wrong}`)).status, wrong).toBe(404);
    }
    now += 23 * HOUR;
    expect((await fetch(`${base}/${token}.png`)).status).toBe(200);
    now += 1 * HOUR;
    expect((await fetch(`${base}/${token}.png`)).status).toBe(404);
  });

  it("keeps the folder bounded: expired files and the oldest past the bound are removed", async () => {
    let now = Date.parse("2026-12-07T03:00:00Z");
    const dir = folder();
    const store = pictureFiles({ dir, now: () => now, maxFiles: 3 });
    const tokens: string[] = [];
    for (let i = 0; i < 5; i++) {
      tokens.push(await store.put(PNG));
      now += 1000;
    }
    expect(readdirSync(dir).sort()).toEqual(tokens.slice(2).map((t) => `${t}.png`).sort());
    expect(await store.get(tokens[0]!)).toBeNull();
    expect(await store.get(tokens[4]!)).not.toBeNull();
    now += 25 * HOUR;
    expect(await store.sweep()).toBe(3);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("never keeps a picture longer than a day, whatever it is asked", () => {
    expect(pictureFiles({ dir: folder(), ttlMs: 7 * 24 * HOUR }).ttlMs).toBe(24 * HOUR);
  });
});

describe("a chart asked on Zalo", () => {
  it("webhook mode: sendPhoto with the URL of the PNG the bot serves, the figures in the caption", async () => {
    fake = await startFakeZaloServer();
    web = createWebServer({ host: "127.0.0.1", port: 0, logger: silent });
    channel = await startZaloChannel({
      web,
      config: { apiRoot: fake.apiRoot, webhook: { url: "https://bot.example.gov.vn/zalo/hook", path: "/zalo/hook" }, monthlyQuota: 3000, pollTimeoutSeconds: 1 },
      token: fake.token,
      webhookSecret: SECRET,
      app,
      clock: fixedClock(DEMO_NOW),
      translate: createTranslator(),
      locale: "vi",
      logger: silent,
      pictures: pictureFiles({ dir: folder() }),
    });
    const { port } = await web.listen();
    const posted = await fetch(`http://127.0.0.1:${port}/zalo/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", [SECRET_HEADER]: SECRET },
      body: JSON.stringify(textUpdate("vẽ biểu đồ tỷ lệ trực tuyến theo cấp", { messageId: "chart-1" })),
    });
    expect(posted.status).toBe(200);
    await channel.bot.idle();
    const photos = fake.calls.filter((c) => c.method === "sendPhoto");
    expect(photos).toHaveLength(1);
    const body = photos[0]!.body as { chat_id: string; photo: string; caption: string };
    expect(body.chat_id).toBe("zalo-user-1");
    expect(body.photo).toMatch(/^https:\/\/bot\.example\.gov\.vn\/zalo\/charts\/[A-Za-z0-9_-]{32}\.png$/);
    expect(body.caption).toContain("Tỷ lệ hồ sơ trực tuyến theo cấp\n• Toàn tỉnh: 64% (số liệu 1/1–27/6/2023)");
    expect(body.caption).toContain("• Cấp huyện: 18,05%");
    expect(body.caption).not.toContain("chưa gửi được");
    expect(fake.sent).toEqual([]); // the caption is the answer

    // The URL is the bot's own web server, under the prefix the proxy publishes with the webhook.
    const served = await fetch(`http://127.0.0.1:${port}${new URL(body.photo).pathname}`);
    expect(served.status).toBe(200);
    const png = Buffer.from(await served.arrayBuffer());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(960);
    expect(png.length).toBeGreaterThan(10_000);
  }, 60_000);

  it("polling mode (no public address): the figures as text, no photo", async () => {
    fake = await startFakeZaloServer({ maxPollMs: 200 });
    channel = await startZaloChannel({
      config: { apiRoot: fake.apiRoot, webhook: undefined, monthlyQuota: 3000, pollTimeoutSeconds: 1 },
      token: fake.token,
      webhookSecret: undefined,
      app,
      clock: fixedClock(DEMO_NOW),
      translate: createTranslator(),
      locale: "vi",
      logger: silent,
      pictures: pictureFiles({ dir: folder() }),
      polling: { initialDelayMs: 50, maxDelayMs: 200 },
    });
    fake.queueUpdate(textUpdate("biểu đồ tỷ lệ trực tuyến theo cấp", { messageId: "chart-2" }));
    await fake.waitFor(() => fake!.sent.length > 0, 30_000);
    await channel.bot.idle();
    expect(fake.calls.filter((c) => c.method === "sendPhoto")).toEqual([]);
    expect(fake.sent[0]!.text).toContain("• Cấp huyện: 18,05%");
  }, 60_000);
});
