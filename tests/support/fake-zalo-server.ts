import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ZaloUpdate } from "../../src/channels/zalo/types.js";

/**
 * A local fake of the Zalo Bot Platform on 127.0.0.1 (random port): `apiRoot` goes where
 * https://bot-api.zaloplatforms.com would. It checks the token in the path, records every call, serves queued
 * updates to getUpdates one at a time (holding the long poll, then 408 when idle, as the platform does), and
 * can be told to fail the next calls or to answer 429 (monthly quota used up).
 */
export interface FakeCall {
  method: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeZaloServer {
  apiRoot: string;
  token: string;
  calls: FakeCall[];
  /** The sendMessage bodies that succeeded, in order. */
  sent: Array<{ chat_id: string; text: string }>;
  queueUpdate(update: ZaloUpdate): void;
  /** The next `count` calls (of `method`, or any) answer `status` with an error envelope (or drop the connection). */
  failNext(count: number, options?: { method?: string; status?: number; drop?: boolean }): void;
  /** sendMessage answers 429 after `remaining` more successes (0: at once); undefined lifts it. */
  setQuota(remaining: number | undefined): void;
  /** Upper bound on how long an idle getUpdates is held before its 408 (default: the requested timeout). */
  maxPollMs: number;
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeZaloServer(options: { token?: string; maxPollMs?: number } = {}): Promise<FakeZaloServer> {
  const token = options.token ?? "4242:fake-zalo-token";
  const updates: ZaloUpdate[] = [];
  const waiting: Array<() => void> = [];
  const failures: Array<{ method?: string; status: number; drop: boolean }> = [];
  let quota: number | undefined;
  let nextMessageId = 1;

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, description: string) => reply(res, status, { ok: false, error_code: status, description });

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? "");
    let raw = "";
    for await (const chunk of req) raw += chunk;
    if (!match || req.method !== "POST") return error(res, 404, "Not Found");
    const [, callToken, method] = match as unknown as [string, string, string];
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return error(res, 400, "Bad Request: body is not JSON");
    }
    fake.calls.push({ method, body, at: Date.now() });
    if (callToken !== token) return error(res, 401, "Unauthorized");
    const failure = failures.findIndex((f) => f.method === undefined || f.method === method);
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      if (f!.drop) return req.socket.destroy();
      return error(res, f!.status, f!.status === 429 ? "Quota exceeded" : "Internal Server Error");
    }
    switch (method) {
      case "getMe":
        return reply(res, 200, { ok: true, result: { id: "bot-1", account_name: "bot.nhacviec", display_name: "Nhắc việc", account_type: "BASIC", can_join_groups: true } });
      case "getUpdates": {
        const seconds = Number(body.timeout ?? 30);
        const deadline = Date.now() + Math.min(seconds * 1000, fake.maxPollMs);
        while (updates.length === 0 && Date.now() < deadline && !res.destroyed) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, deadline - Date.now());
            waiting.push(() => (clearTimeout(timer), resolve()));
          });
        }
        const update = updates.shift();
        return update ? reply(res, 200, { ok: true, result: update }) : error(res, 408, "Request Timeout");
      }
      case "sendMessage": {
        if (typeof body.chat_id !== "string" || typeof body.text !== "string" || body.text.length === 0 || body.text.length > 2000) {
          return error(res, 400, "Bad Request: text must be 1-2000 characters");
        }
        if (quota !== undefined && quota <= 0) return error(res, 429, "Quota exceeded");
        if (quota !== undefined) quota--;
        fake.sent.push({ chat_id: body.chat_id, text: body.text });
        return reply(res, 200, { ok: true, result: { message_id: `out-${nextMessageId++}`, date: Date.now() } });
      }
      case "setWebhook":
      case "deleteWebhook":
      case "sendChatAction":
      case "sendPhoto":
      case "sendSticker":
        return reply(res, 200, { ok: true, result: { url: body.url ?? "" } });
      case "getWebhookInfo":
        return reply(res, 200, { ok: true, result: { url: "" } });
      default:
        return error(res, 404, "Method Not Found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeZaloServer = {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    calls: [],
    sent: [],
    maxPollMs: options.maxPollMs ?? 30_000,
    queueUpdate(update) {
      updates.push(update);
      waiting.splice(0).forEach((wake) => wake());
    },
    failNext(count, failOptions = {}) {
      for (let i = 0; i < count; i++) failures.push({ ...(failOptions.method ? { method: failOptions.method } : {}), status: failOptions.status ?? 500, drop: failOptions.drop ?? false });
    },
    setQuota(remaining) {
      quota = remaining;
    },
    async waitFor(predicate, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > until) throw new Error(`fake Zalo: condition not met in ${timeoutMs} ms; calls: ${JSON.stringify(fake.calls.map((c) => c.method))}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close() {
      waiting.splice(0).forEach((wake) => wake());
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

/** A text update as the platform delivers it. */
export function textUpdate(text: string, options: { messageId?: string; chatId?: string; userId?: string; name?: string; group?: boolean } = {}): ZaloUpdate {
  const userId = options.userId ?? "zalo-user-1";
  return {
    event_name: "message.text.received",
    message: {
      message_id: options.messageId ?? `in-${Math.random().toString(36).slice(2)}`,
      date: Date.now(),
      text,
      from: { id: userId, display_name: options.name ?? "Người dùng", is_bot: false },
      chat: { id: options.chatId ?? userId, chat_type: options.group ? "GROUP" : "PRIVATE" },
    },
  };
}
