import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import type { Logger } from "../../infra/logger.js";
import { createInboundReceiver } from "../../app/inbound/receiver.js";

/** The chat an update belongs to, for ordering; an update with no chat is its own. */
function chatKeyOf(update: Update): string {
  const chat = update.message?.chat ?? update.callback_query?.message?.chat ?? update.my_chat_member?.chat;
  return chat ? String(chat.id) : `update:${update.update_id}`;
}

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";
const MAX_BODY_BYTES = 1024 * 1024;

/** Constant-time comparison: both sides are hashed first, so neither content nor length leaks through timing. */
export function secretMatches(received: string | string[] | undefined, secret: string): boolean {
  if (typeof received !== "string") return false;
  return timingSafeEqual(createHash("sha256").update(received).digest(), createHash("sha256").update(secret).digest());
}

export interface WebhookServer {
  listen(host: string, port: number): Promise<AddressInfo>;
  /** Stops accepting requests and waits for the updates already accepted. */
  close(): Promise<void>;
}

/**
 * Telegram's webhook endpoint: 401 without X-Telegram-Bot-Api-Secret-Token, 403 with a wrong one, 400 for a
 * body that is not an update, and 200 at once for one that is (Telegram retries anything slower or non-2xx);
 * the update is handled after the answer, through the shared inbound receiver: an update seen twice is
 * acknowledged and dropped, one chat's updates are handled in order, and past the cap of updates in hand the
 * answer is 503.
 */
export function createWebhookServer(options: { path: string; secret: string; logger: Logger; maxInFlight?: number; handle(update: Update): Promise<void> }): WebhookServer {
  const receiver = createInboundReceiver({
    ...(options.maxInFlight !== undefined ? { maxInFlight: options.maxInFlight } : {}),
    onError: (error, update) => options.logger.error({ err: error, update: update.key }, "telegram webhook update failed"),
  });
  const answer = (res: ServerResponse, status: number, body: object) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/healthz") return answer(res, 200, { ok: true });
    if (path !== options.path) return answer(res, 404, { ok: false, description: "not found" });
    if (req.method !== "POST") return answer(res, 405, { ok: false, description: "method not allowed" });
    const header = req.headers[SECRET_HEADER];
    if (!secretMatches(header, options.secret)) {
      options.logger.warn({ remote: req.socket.remoteAddress, header: header === undefined ? "missing" : "wrong" }, "telegram webhook: secret token refused");
      req.resume();
      return answer(res, header === undefined ? 401 : 403, { ok: false, description: header === undefined ? "unauthorized" : "forbidden" });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("error", () => undefined);
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) return answer(res, 413, { ok: false, description: "body too large" });
      let update: unknown;
      try {
        update = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return answer(res, 400, { ok: false, description: "body is not JSON" });
      }
      if (typeof update !== "object" || update === null || !Number.isSafeInteger((update as { update_id?: unknown }).update_id)) {
        return answer(res, 400, { ok: false, description: "not a Telegram update" });
      }
      const id = (update as Update).update_id;
      // Too many updates in hand: 503, and Telegram sends this one again later instead of memory growing here.
      if (receiver.receive({ key: String(id), chatKey: chatKeyOf(update as Update) }, () => options.handle(update as Update)) === "busy") {
        return answer(res, 503, { ok: false, description: "busy" });
      }
      answer(res, 200, { ok: true });
    });
  };

  const server = createServer(onRequest);
  return {
    listen(host, port) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      });
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await receiver.idle();
    },
  };
}
