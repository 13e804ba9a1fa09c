import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A Telegram Bot API at the network edge that misbehaves on purpose: sendMessage only, each message counted by
 * the token in its text (`msg-000042`), with a share of requests answered 502 (the message not taken) and a
 * share whose response is lost (the message taken, then the connection cut before the answer: the sender cannot
 * know, and a resend is a repeat). Seeded, so runs are comparable.
 */
export interface FaultPlatformOptions {
  serverErrorRate?: number;
  lostResponseRate?: number;
  seed?: number;
}

export const TOKEN = "123456:FAULT-suite-token";
const MARK = /msg-\d{6}/;

export async function startFaultPlatform(options: FaultPlatformOptions = {}) {
  const received = new Map<string, number>();
  const times: number[] = [];
  const stats = { requests: 0, serverErrors: 0, lostResponses: 0 };
  let seed = options.seed ?? 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  const waiters: Array<{ count: number; resolve(): void }> = [];
  const sockets = new Set<Socket>();

  const json = (res: ServerResponse, status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      stats.requests++;
      const method = req.url?.split("/").pop();
      if (method !== "sendMessage") return json(res, 200, { ok: true, result: true });
      const payload = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { chat_id: string | number; text?: string };
      if (random() < (options.serverErrorRate ?? 0)) {
        stats.serverErrors++;
        return json(res, 502, { ok: false, error_code: 502, description: "Bad Gateway" });
      }
      const mark = MARK.exec(payload.text ?? "")?.[0] ?? "(unmarked)";
      received.set(mark, (received.get(mark) ?? 0) + 1);
      times.push(Date.now());
      for (const w of waiters.filter((w) => times.length >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
      if (random() < (options.lostResponseRate ?? 0)) {
        stats.lostResponses++;
        return req.socket.destroy();
      }
      json(res, 200, { ok: true, result: { message_id: times.length, date: Math.floor(Date.now() / 1000), chat: { id: Number(payload.chat_id), type: "private" }, text: payload.text } });
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    received,
    times,
    stats,
    /** Resolves once this many messages (repeats included) have been taken. */
    receivedAtLeast: (count: number) => new Promise<void>((resolve) => (times.length >= count ? resolve() : waiters.push({ count, resolve }))),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export type FaultPlatform = Awaited<ReturnType<typeof startFaultPlatform>>;
