import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import type { Logger } from "../../infra/logger.js";

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
 * the update is handled after the answer. An update seen twice is acknowledged and dropped.
 */
export function createWebhookServer(options: { path: string; secret: string; logger: Logger; handle(update: Update): Promise<void> }): WebhookServer {
  const inFlight = new Set<Promise<void>>();
  const recent = new Set<number>();
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
      answer(res, 200, { ok: true });
      const id = (update as Update).update_id;
      if (recent.has(id)) return;
      recent.add(id);
      if (recent.size > 1000) recent.delete(recent.values().next().value!);
      const work = options
        .handle(update as Update)
        .catch((error: unknown) => options.logger.error({ err: error, update: id }, "telegram webhook update failed"))
        .finally(() => inFlight.delete(work));
      inFlight.add(work);
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
      await Promise.allSettled([...inFlight]);
    },
  };
}
