import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { createWebhookServer, secretMatches, type WebhookServer } from "../../../src/channels/telegram/webhook.js";
import { createLogger } from "../../../src/infra/logger.js";

/** The webhook endpoint: 401/403 without the right secret header, 400 for what is not an update, 200 fast otherwise. */
const SECRET = "s3cret-token-for-tests_0123456789";
const handled: Update[] = [];
let release: () => void = () => undefined;
let server: WebhookServer;
let base: string;

beforeAll(async () => {
  server = createWebhookServer({
    path: "/telegram/hook",
    secret: SECRET,
    logger: createLogger("silent"),
    handle: async (update) => {
      // A slow update: the HTTP answer must not wait for it.
      await new Promise<void>((resolve) => (release = resolve));
      handled.push(update);
    },
  });
  const address = await server.listen("127.0.0.1", 0);
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  release();
  await server.close();
});

const post = (body: string, headers: Record<string, string> = {}, path = "/telegram/hook") =>
  fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
const update = JSON.stringify({ update_id: 10, message: { message_id: 1, date: 1, chat: { id: 1, type: "private", first_name: "a" }, text: "hi" } });

describe("the webhook", () => {
  it("refuses a request without the secret header (401) and with a wrong one (403)", async () => {
    expect((await post(update)).status).toBe(401);
    expect((await post(update, { "X-Telegram-Bot-Api-Secret-Token": "wrong" })).status).toBe(403);
    expect((await post(update, { "X-Telegram-Bot-Api-Secret-Token": `${SECRET}x` })).status).toBe(403);
    expect(handled).toHaveLength(0);
  });

  it("answers 400 to a malformed body and 404 elsewhere", async () => {
    const headers = { "X-Telegram-Bot-Api-Secret-Token": SECRET };
    expect((await post("{not json", headers)).status).toBe(400);
    expect((await post(JSON.stringify({ message: {} }), headers)).status).toBe(400);
    expect((await post(JSON.stringify([1, 2]), headers)).status).toBe(400);
    expect((await post(update, headers, "/other")).status).toBe(404);
    expect((await fetch(`${base}/telegram/hook`)).status).toBe(405);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("acknowledges an update at once, handles it after, and drops a repeat", async () => {
    const headers = { "X-Telegram-Bot-Api-Secret-Token": SECRET };
    const response = await post(update, headers);
    expect(response.status).toBe(200);
    expect(handled).toHaveLength(0);
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(handled.map((u) => u.update_id)).toEqual([10]);
    expect((await post(update, headers)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    expect(handled).toHaveLength(1);
  });

  it("compares secrets in constant time, whatever their lengths", () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches("", SECRET)).toBe(false);
    expect(secretMatches(undefined, SECRET)).toBe(false);
    expect(secretMatches([SECRET], SECRET)).toBe(false);
  });
});

describe("the webhook under a burst", () => {
  it("answers 503 past its cap of updates in hand (Telegram sends them again), and takes them once there is room", async () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const done: number[] = [];
    const busy = createWebhookServer({
      path: "/hook",
      secret: SECRET,
      logger: createLogger("silent"),
      maxInFlight: 2,
      handle: async (u) => {
        await opened;
        done.push(u.update_id);
      },
    });
    const address = await busy.listen("127.0.0.1", 0);
    const send = (id: number) =>
      fetch(`http://127.0.0.1:${address.port}/hook`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
        body: JSON.stringify({ update_id: id, message: { message_id: id, date: 1, chat: { id, type: "private", first_name: "a" }, text: "hi" } }),
      }).then((r) => r.status);
    try {
      expect([await send(1), await send(2), await send(3)]).toEqual([200, 200, 503]);
      open();
      await new Promise((r) => setTimeout(r, 20));
      expect(await send(3)).toBe(200);
      expect(await send(3)).toBe(200); // a repeat is acknowledged and dropped
    } finally {
      await busy.close();
    }
    expect(done.sort()).toEqual([1, 2, 3]);
  });
});
