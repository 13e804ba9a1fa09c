import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for the Telegram Bot API server, enough for a real bot process in long-polling mode:
 * getMe, getUpdates (long poll), sendMessage, sendPhoto and sendDocument (multipart, the file kept), editMessageText,
 * answerCallbackQuery, getChatMember and the
 * set-up calls. The test pushes updates as users would and waits for what the bot sends.
 */
export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the fake answered (for sendMessage, the message with its id). */
  result: unknown;
}

export const FAKE_BOT = { id: 880001, is_bot: true, first_name: "Nhắc việc", username: "nhacviec_e2e_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };

export async function startFakeBotApi(token: string) {
  const calls: RecordedCall[] = [];
  const updates: Array<Record<string, unknown> & { update_id: number }> = [];
  const admins = new Set<number>();
  const nextMessageId = new Map<string, number>();
  let nextUpdateId = 1;
  let pollWaiters: Array<() => void> = [];
  let conflictWaiting: (() => void) | undefined;
  let callWaiters: Array<() => void> = [];
  let closing = false;

  const notifyCalls = () => {
    const waiters = callWaiters;
    callWaiters = [];
    for (const w of waiters) w();
  };

  const readBody = (req: IncomingMessage) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        const type = req.headers["content-type"] ?? "";
        // A file upload (sendPhoto, sendDocument with the bytes) comes as multipart/form-data, as to Telegram.
        if (type.startsWith("multipart/form-data")) return resolve(formFields(body, type));
        const text = body.toString("utf8");
        try {
          resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {});
        } catch {
          resolve({});
        }
      });
    });

  const answer = (res: ServerResponse, body: unknown) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));

  const handle = async (method: string, p: Record<string, unknown>, res: ServerResponse) => {
    const ok = (result: unknown) => {
      calls.push({ method, payload: p, result });
      notifyCalls();
      answer(res, { ok: true, result });
    };
    switch (method) {
      case "getMe":
        return ok(FAKE_BOT);
      case "getUpdates": {
        const offset = Number(p.offset ?? 0);
        const timeout = Math.min(Number(p.timeout ?? 0), 30);
        const pending = () => updates.filter((u) => u.update_id >= offset);
        const call: RecordedCall = { method, payload: p, result: null };
        calls.push(call);
        notifyCalls();
        // As Telegram does: a new getUpdates ends the one still waiting with 409 Conflict (two pollers, one token).
        conflictWaiting?.();
        let conflicted = false;
        if (pending().length === 0 && timeout > 0 && !closing) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, timeout * 1000);
            const wake = () => {
              clearTimeout(timer);
              resolve();
            };
            pollWaiters.push(wake);
            const mine = () => {
              conflicted = true;
              wake();
              if (conflictWaiting === mine) conflictWaiting = undefined;
            };
            conflictWaiting = mine;
          });
        }
        if (conflicted) {
          call.result = 409;
          return res
            .writeHead(409, { "content-type": "application/json" })
            .end(JSON.stringify({ ok: false, error_code: 409, description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" }));
        }
        const result = pending().slice(0, Number(p.limit ?? 100));
        call.result = result.length;
        return answer(res, { ok: true, result });
      }
      case "sendMessage": {
        const chat = String(p.chat_id);
        const id = (nextMessageId.get(chat) ?? 0) + 1;
        nextMessageId.set(chat, id);
        return ok({
          message_id: id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(chat), type: chat.startsWith("-") ? "supergroup" : "private" },
          from: FAKE_BOT,
          text: p.text,
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        });
      }
      case "sendPhoto":
      case "sendDocument": {
        const chat = String(p.chat_id);
        const id = (nextMessageId.get(chat) ?? 0) + 1;
        nextMessageId.set(chat, id);
        return ok({ message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: Number(chat), type: chat.startsWith("-") ? "supergroup" : "private" }, from: FAKE_BOT, ...(p.caption ? { caption: p.caption } : {}) });
      }
      case "editMessageText":
        return ok({ message_id: p.message_id, date: Math.floor(Date.now() / 1000), chat: { id: Number(p.chat_id), type: "supergroup" }, text: p.text });
      case "getChatMember":
        return ok({ status: admins.has(Number(p.user_id)) ? "administrator" : "member", user: { id: Number(p.user_id), is_bot: false, first_name: "?" } });
      case "answerCallbackQuery":
      case "setMyCommands":
      case "deleteWebhook":
      case "setWebhook":
      case "close":
        return ok(true);
      default:
        calls.push({ method, payload: p, result: null });
        return res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found: method not found" }));
    }
  };

  const server = createServer((req, res) => {
    const m = /^\/bot([^/]+)\/(\w+)$/.exec((req.url ?? "").split("?")[0]!);
    if (!m) return res.writeHead(404).end();
    if (m[1] !== token) return res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 401, description: "Unauthorized" }));
    void readBody(req).then((payload) => handle(m[2]!, payload, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const api = {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    admins,
    /** Queues an update as Telegram would deliver it; returns its id. */
    push(update: Record<string, unknown>): number {
      const update_id = nextUpdateId++;
      updates.push({ update_id, ...update });
      const waiters = pollWaiters;
      pollWaiters = [];
      for (const w of waiters) w();
      return update_id;
    },
    /** Resolves with the first recorded call (from `from` on) that matches, or rejects after `timeoutMs`. */
    async waitFor(match: (call: RecordedCall) => boolean, timeoutMs: number, from = 0): Promise<RecordedCall> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.slice(from).find(match);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching Bot API call within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(", ")}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, 500));
          callWaiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    sentTo(chatId: number | string) {
      return calls.filter((c) => c.method === "sendMessage" && String(c.payload.chat_id) === String(chatId));
    },
    async close() {
      closing = true;
      for (const w of pollWaiters) w();
      pollWaiters = [];
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}

export type FakeBotApi = Awaited<ReturnType<typeof startFakeBotApi>>;

/** An uploaded file as the fake received it: what the bot named it, its type and its bytes. */
export interface UploadedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/**
 * The fields of a multipart body, read by hand: grammY writes headers without the space undici's FormData parser
 * insists on. A JSON field (reply_parameters) is parsed; a file is an UploadedFile, and a field that points at one
 * ("attach://<name>", as grammY sends a photo) is that file.
 */
function formFields(body: Buffer, contentType: string): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return {};
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const fields: Record<string, unknown> = {};
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length + 2;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start, next - 2);
    const split = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, split).toString("utf8");
    const content = part.subarray(split + 4);
    const name = /name="?([^";\r\n]+)"?/i.exec(headers)?.[1];
    const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
    if (name !== undefined) {
      if (filename !== undefined) fields[name] = { name: filename, type: /content-type:\s*(\S+)/i.exec(headers)?.[1] ?? "", bytes: Buffer.from(content) } satisfies UploadedFile;
      else {
        const text = content.toString("utf8");
        try {
          fields[name] = /^[[{]/.test(text) ? JSON.parse(text) : text;
        } catch {
          fields[name] = text;
        }
      }
    }
    at = next;
  }
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string" && value.startsWith("attach://") && fields[value.slice(9)]) fields[key] = fields[value.slice(9)];
  }
  return fields;
}
