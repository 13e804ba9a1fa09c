import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../../infra/logger.js";
import type { ZaloBot } from "./bot.js";
import { parseUpdate } from "./updates.js";

export const SECRET_HEADER = "x-bot-api-secret-token";
const MAX_BODY_BYTES = 1024 * 1024;

/** Compares the header with the secret in constant time: both are hashed first, so lengths leak nothing either. */
export function secretMatches(received: string | string[] | undefined, secret: string | Buffer): boolean {
  if (typeof received !== "string") return false;
  const a = createHash("sha256").update(received).digest();
  const b = typeof secret === "string" ? createHash("sha256").update(secret).digest() : secret;
  return timingSafeEqual(a, b);
}

export interface WebhookOptions {
  bot: Pick<ZaloBot, "accept">;
  secret: string;
  /** The path the platform posts to (ZALO_WEBHOOK_URL's path). */
  path: string;
  logger: Logger;
}

/**
 * The webhook endpoint: 403 without the right X-Bot-Api-Secret-Token, 400 for a body that is not a Zalo update,
 * 200 otherwise, sent before the update is handled (the platform retries slow answers). Unknown events and
 * duplicates are acknowledged and dropped.
 */
export function createWebhookHandler(options: WebhookOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const answer = (res: ServerResponse, status: number, body: object) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  const expected = createHash("sha256").update(options.secret).digest();
  return (req, res) => {
    const url = (req.url ?? "/").split("?")[0];
    if (url !== options.path) return answer(res, 404, { ok: false, description: "not found" });
    if (req.method !== "POST") return answer(res, 405, { ok: false, description: "method not allowed" });
    if (!secretMatches(req.headers[SECRET_HEADER], expected)) {
      options.logger.warn({ remote: req.socket.remoteAddress, header: req.headers[SECRET_HEADER] === undefined ? "missing" : "wrong" }, "zalo webhook: secret token refused");
      req.resume();
      return answer(res, 403, { ok: false, description: "forbidden" });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("error", () => undefined);
    req.on("end", () => {
      if (tooLarge) return answer(res, 413, { ok: false, description: "body too large" });
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return answer(res, 400, { ok: false, description: "body is not JSON" });
      }
      const parsed = parseUpdate(body);
      if (parsed.kind === "invalid") return answer(res, 400, { ok: false, description: parsed.reason });
      // accept() only checks and queues; the update is handled after the answer went out. Too many in hand: 503,
      // and the platform sends it again later.
      if (options.bot.accept(parsed) === "busy") return answer(res, 503, { ok: false, description: "busy" });
      answer(res, 200, { ok: true });
    });
  };
}

export interface WebhookServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function startWebhookServer(options: WebhookOptions & { host: string; port: number }): Promise<WebhookServer> {
  const server = createServer({ keepAliveTimeout: 65_000 }, createWebhookHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
