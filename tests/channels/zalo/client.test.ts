import { describe, expect, it } from "vitest";
import { createZaloClient, DEFAULT_ZALO_API_ROOT, type FetchLike } from "../../../src/channels/zalo/client.js";
import { describeError, scrubToken, ZaloApiError, ZaloHttpError } from "../../../src/channels/zalo/errors.js";

const TOKEN = "1234567890:secret-ABC_def";

/** A fetch that records each call and answers with what the test queued. */
function recordingFetch(answers: Array<(url: string) => Response | Promise<Response>>) {
  const calls: Array<{ url: string; method: string; headers: Record<string, string>; body: unknown }> = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, method: init.method, headers: init.headers, body: JSON.parse(init.body) });
    const answer = answers.shift();
    if (!answer) throw new Error("no answer queued");
    return answer(url);
  };
  return { fetch, calls };
}

const json = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("ZaloClient", () => {
  it("POSTs JSON to <root>/bot<token>/<method> and returns the envelope's result", async () => {
    const { fetch, calls } = recordingFetch([json(200, { ok: true, result: { message_id: "m1", date: 1 } })]);
    const client = createZaloClient({ token: TOKEN, apiRoot: "http://127.0.0.1:9/", fetch });
    await expect(client.sendMessage({ chat_id: "c1", text: "xin chào" })).resolves.toEqual({ message_id: "m1", date: 1 });
    expect(calls).toEqual([
      { url: `http://127.0.0.1:9/bot${TOKEN}/sendMessage`, method: "POST", headers: { "content-type": "application/json" }, body: { chat_id: "c1", text: "xin chào" } },
    ]);
  });

  it("defaults to the official host", () => {
    expect(createZaloClient({ token: TOKEN }).apiRoot).toBe(DEFAULT_ZALO_API_ROOT);
  });

  it("covers every method we use", async () => {
    const methods = ["getMe", "getWebhookInfo", "setWebhook", "deleteWebhook", "sendPhoto", "sendSticker", "sendChatAction"];
    const { fetch, calls } = recordingFetch(methods.map(() => json(200, { ok: true, result: {} })));
    const client = createZaloClient({ token: TOKEN, apiRoot: "http://x", fetch });
    await client.getMe();
    await client.getWebhookInfo();
    await client.setWebhook({ url: "https://bot.example.org/zalo", secret_token: "s3cret-token" });
    await client.deleteWebhook();
    await client.sendPhoto({ chat_id: "c", photo: "https://example.org/a.png", caption: "ảnh" });
    await client.sendSticker({ chat_id: "c", sticker: "abc" });
    await client.sendChatAction({ chat_id: "c", action: "typing" });
    expect(calls.map((c) => c.url.split("/").pop())).toEqual(methods);
    expect(calls[2]!.body).toEqual({ url: "https://bot.example.org/zalo", secret_token: "s3cret-token" });
  });

  it("getUpdates sends the timeout as a string, returns one update, and null on 408 (HTTP or envelope)", async () => {
    const update = { event_name: "message.text.received", message: { message_id: "1", from: { id: "u" }, chat: { id: "c" }, text: "hi" } };
    const { fetch, calls } = recordingFetch([
      json(200, { ok: true, result: update }),
      json(200, { ok: true, result: { ok: true, result: update } }),
      json(408, { ok: false, error_code: 408, description: "Request timeout" }),
      json(200, { ok: false, error_code: 408, description: "timeout" }),
    ]);
    const client = createZaloClient({ token: TOKEN, apiRoot: "http://x", fetch });
    expect(await client.getUpdates({ timeout: 20 })).toEqual(update);
    expect(await client.getUpdates({ timeout: 20 })).toEqual(update);
    expect(await client.getUpdates({ timeout: 20 })).toBeNull();
    expect(await client.getUpdates()).toBeNull();
    expect(calls[0]!.body).toEqual({ timeout: "20" });
    expect(calls[3]!.body).toEqual({ timeout: "30" });
  });

  it("an error envelope becomes a ZaloApiError with error_code and description; 429 is quota, 401 a bad token", async () => {
    const { fetch } = recordingFetch([
      json(429, { ok: false, error_code: 429, description: "Quota exceeded" }),
      json(200, { ok: false, error_code: 401, description: "Unauthorized" }),
      json(400, { ok: false, error_code: 400, description: `bad request for /bot${TOKEN}/sendMessage` }),
      () => new Response("<html>bad gateway</html>", { status: 502, statusText: "Bad Gateway" }),
    ]);
    const client = createZaloClient({ token: TOKEN, apiRoot: "http://x", fetch });
    const quota = await client.sendMessage({ chat_id: "c", text: "t" }).catch((e: unknown) => e);
    expect(quota).toBeInstanceOf(ZaloApiError);
    expect(quota).toMatchObject({ method: "sendMessage", errorCode: 429, description: "Quota exceeded", quotaExhausted: true });
    expect(await client.getMe().catch((e: unknown) => e)).toMatchObject({ errorCode: 401, badToken: true });
    const bad = (await client.sendMessage({ chat_id: "c", text: "t" }).catch((e: unknown) => e)) as ZaloApiError;
    expect(bad.message).not.toContain(TOKEN);
    expect(bad.description).toBe("bad request for /bot<token>/sendMessage");
    expect(await client.getMe().catch((e: unknown) => e)).toMatchObject({ name: "ZaloApiError", errorCode: 502, description: "Bad Gateway" });
  });

  it("network failures become ZaloHttpError without the token; a 200 that is not the envelope too", async () => {
    const { fetch } = recordingFetch([
      (url) => {
        throw new TypeError(`fetch failed for ${url}`, { cause: Object.assign(new Error(`connect ECONNREFUSED ${url}`), { code: "ECONNREFUSED" }) });
      },
      () => new Response("not json", { status: 200 }),
    ]);
    const client = createZaloClient({ token: TOKEN, apiRoot: "http://127.0.0.1:9", fetch });
    const network = (await client.getMe().catch((e: unknown) => e)) as ZaloHttpError;
    expect(network).toBeInstanceOf(ZaloHttpError);
    expect(network.message).toContain("ECONNREFUSED");
    expect(network.message).not.toContain(TOKEN);
    expect(network.message).not.toContain("secret-ABC");
    const garbage = await client.getMe().catch((e: unknown) => e);
    expect(garbage).toBeInstanceOf(ZaloHttpError);
  });

  it("times out a request that hangs", async () => {
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const client = createZaloClient({ token: TOKEN, apiRoot: "http://x", fetch, timeoutMs: 50 });
    await expect(client.getMe()).rejects.toThrow(/timed out/);
  });
});

describe("token scrubbing", () => {
  it("removes the raw and URL-encoded token and any /bot…/ path segment", () => {
    expect(scrubToken(`GET https://h/bot${TOKEN}/getMe`, TOKEN)).toBe("GET https://h/bot<token>/getMe");
    expect(scrubToken(`x ${encodeURIComponent(TOKEN)} y`, TOKEN)).toBe("x <token> y");
    expect(scrubToken("https://h/botOTHER:token/sendMessage", undefined)).toBe("https://h/bot<token>/sendMessage");
    expect(describeError(new Error(`boom ${TOKEN}`, { cause: new Error(`inner ${TOKEN}`) }), TOKEN)).toBe("boom <token>: inner <token>");
  });
});
