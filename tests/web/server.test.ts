import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramIntake, SECRET_HEADER } from "../../src/channels/telegram/intake.js";
import { createLogger } from "../../src/infra/logger.js";
import { secretMatches } from "../../src/web/secret.js";
import { createWebServer, type WebServer } from "../../src/web/server.js";
import { addWebhookRoute } from "../../src/web/webhook-route.js";

/**
 * The one web server with a channel's webhook route (Telegram's intake here; Zalo's route is tested with its
 * channel): one answer for a missing or wrong secret, 400 for what is not an update, 413 past the body limit,
 * 200 before the update is handled, 503 past the cap of updates in hand; /healthz and /readyz.
 */
const SECRET = "s3cret-token-for-tests_0123456789";
const logger = createLogger("silent");
const handled: Update[] = [];
let open: () => void = () => undefined;
let opened = new Promise<void>((resolve) => (open = resolve));
let ready = true;
let web: WebServer;
let base: string;

beforeAll(async () => {
  web = createWebServer({ host: "127.0.0.1", port: 0, logger, maxBodyBytes: 64 * 1024, readiness: async () => ({ database: ready, "channel:telegram": true }) });
  const intake = createTelegramIntake({
    logger,
    maxInFlight: 3,
    handle: async (update) => {
      // A slow update: the HTTP answer must not wait for it.
      await opened;
      handled.push(update);
    },
  });
  addWebhookRoute(web, { channel: "telegram", path: "/telegram/hook", secretHeader: SECRET_HEADER, secret: SECRET, accept: intake.accept }, logger);
  const address = await web.listen();
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  open();
  await web.close();
});

const post = (body: string, headers: Record<string, string> = { [SECRET_HEADER]: SECRET }, path = "/telegram/hook") =>
  fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body }).then((r) => r.status);
const update = (id: number) => JSON.stringify({ update_id: id, message: { message_id: id, date: 1, chat: { id, type: "private", first_name: "a" }, text: "hi" } });

describe("the web server", () => {
  it("refuses a request without the secret header or with a wrong one, the same way (401)", async () => {
    expect(await post(update(1), {})).toBe(401);
    expect(await post(update(1), { [SECRET_HEADER]: "wrong" })).toBe(401);
    expect(await post(update(1), { [SECRET_HEADER]: `${SECRET}x` })).toBe(401);
    expect(handled).toHaveLength(0);
  });

  it("answers 400 to a body that is not an update, 413 past the body limit, 404 elsewhere", async () => {
    expect(await post("{not json")).toBe(400);
    expect(await post(JSON.stringify({ message: {} }))).toBe(400);
    expect(await post(JSON.stringify([1, 2]))).toBe(400);
    expect(await post(JSON.stringify({ update_id: 5, pad: "x".repeat(70 * 1024) }))).toBe(413);
    expect(await post(update(1), undefined, "/other")).toBe(404);
    expect((await fetch(`${base}/telegram/hook`)).status).toBe(404);
  });

  it("answers 200 before a slow update is handled, takes a repeat once, and 503 past the cap of updates in hand", async () => {
    expect(await post(update(10))).toBe(200);
    expect(await post(update(10))).toBe(200); // the same update again: acknowledged, dropped
    expect(await post(update(11))).toBe(200);
    expect(await post(update(12))).toBe(200);
    expect(await post(update(13))).toBe(503);
    expect(handled).toHaveLength(0);
    open();
    await new Promise((r) => setTimeout(r, 30));
    expect(await post(update(13))).toBe(200);
    await new Promise((r) => setTimeout(r, 30));
    expect(handled.map((u) => u.update_id).sort()).toEqual([10, 11, 12, 13]);
    opened = Promise.resolve();
  });

  it("/healthz answers while the process runs; /readyz is 503 with the failing check named", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    ready = false;
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, checks: { database: false, "channel:telegram": true } });
    ready = true;
  });

  it("compares the secret whole", () => {
    expect(secretMatches("abcdefgh-1", "abcdefgh-1")).toBe(true);
    for (const wrong of [undefined, ["abcdefgh-1"], "", "abcdefgh-", "abcdefgh-12", "ABCDEFGH-1"]) expect(secretMatches(wrong, "abcdefgh-1")).toBe(false);
  });
});
