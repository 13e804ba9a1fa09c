import type { Transformer } from "grammy";
import type { Message, Update, UserFromGetMe } from "grammy/types";
import { createTelegramBot, type TelegramBot } from "../../src/channels/telegram/bot.js";
import { telegramDeps } from "../../src/channels/telegram/start.js";
import type { TelegramDeps } from "../../src/channels/telegram/context.js";
import { loadConfig } from "../../src/config.js";
import { createLogger, type Logger } from "../../src/infra/logger.js";
import { startRuntime, type Runtime } from "../../src/composition/runtime.js";
import { tempDir } from "./databases.js";

/**
 * grammY's own offline recipe: a bot with a known identity (no getMe), a transformer that records every API
 * call and answers it as Telegram would, and updates fed through handleUpdate. Under it runs the real runtime
 * (SQLite with the demo data, task commands, onboarding) as of the demo meeting.
 */
export const BOT_INFO: UserFromGetMe = {
  id: 777000111,
  is_bot: true,
  first_name: "Nhắc việc",
  username: "nhacviec_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface Failure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

/** Records calls and answers them; a chat can be made to refuse (403) or to fail a given number of times. */
export function fakeApi() {
  const calls: ApiCall[] = [];
  const nextId = new Map<string, number>();
  const failures = new Map<string, Failure[] | Failure>();
  const admins = new Set<number>();
  const transport: Transformer = async (_prev, method, payload) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    calls.push({ method, payload: p });
    const chat = p.chat_id === undefined ? undefined : String(p.chat_id);
    const failing = chat === undefined ? undefined : failures.get(chat);
    if (failing && /^(send|edit|copy|forward)/.test(method)) {
      const failure = Array.isArray(failing) ? failing.shift() : failing;
      if (Array.isArray(failing) && failing.length === 0) failures.delete(chat!);
      if (failure) return { ok: false, ...failure } as never;
    }
    switch (method) {
      case "sendMessage": {
        const id = (nextId.get(chat!) ?? 100) + 1;
        nextId.set(chat!, id);
        const message = { message_id: id, date: 1690246800, chat: { id: Number(chat), type: chat!.startsWith("-") ? "supergroup" : "private" }, from: BOT_INFO, text: String(p.text) };
        return { ok: true, result: message } as never;
      }
      case "editMessageText":
        return { ok: true, result: { message_id: p.message_id, date: 1690246800, chat: { id: Number(chat), type: "private" }, text: String(p.text) } } as never;
      case "getChatMember":
        return { ok: true, result: { status: admins.has(Number(p.user_id)) ? "administrator" : "member", user: { id: Number(p.user_id), is_bot: false, first_name: "x" } } } as never;
      default:
        return { ok: true, result: true } as never;
    }
  };
  return {
    transport,
    calls,
    admins,
    failWith(chatId: string, failure: Failure | Failure[]) {
      failures.set(chatId, failure);
    },
    sent(chatId?: string) {
      return calls.filter((c) => c.method === "sendMessage" && (chatId === undefined || String(c.payload.chat_id) === chatId));
    },
    lastText(chatId: string): string {
      const all = this.sent(chatId);
      return String(all[all.length - 1]?.payload.text ?? "");
    },
    /** Every text sent to the chat since the mark, joined. */
    textsSince(mark: number, chatId: string): string {
      return calls
        .slice(mark)
        .filter((c) => c.method === "sendMessage" && String(c.payload.chat_id) === chatId)
        .map((c) => String(c.payload.text))
        .join("\n---\n");
    },
    /** The id of the last message the bot sent into the chat. */
    lastMessageId(chatId: string): number {
      return nextId.get(chatId) ?? 0;
    },
    of(method: string) {
      return calls.filter((c) => c.method === method);
    },
  };
}

export type FakeApi = ReturnType<typeof fakeApi>;

export interface TelegramHarness {
  runtime: Runtime;
  telegram: TelegramBot;
  api: FakeApi;
  deps: TelegramDeps;
  send(update: Omit<Update, "update_id">): Promise<void>;
  cleanup(): Promise<void>;
}

export async function telegramHarness(
  options: {
    publicAnswers?: boolean;
    limits?: Parameters<typeof createTelegramBot>[0]["limits"];
    answerPatienceMs?: number;
    wrapTransport?: (inner: Transformer) => Transformer;
    /** Where the bot logs (silent by default): a test can read what it wrote. */
    logger?: Logger;
  } = {},
): Promise<TelegramHarness> {
  const tmp = tempDir();
  const config = loadConfig({
    DATABASE_URL: `file:${tmp.dir}/telegram.db`,
    NOW: "2023-07-25T08:00:00+07:00",
    LOG_LEVEL: "silent",
    PUBLIC_ANSWERS: options.publicAnswers ? "1" : "0",
  });
  const logger = options.logger ?? createLogger("silent");
  const runtime = await startRuntime(config, logger);
  const api = fakeApi();
  const deps = telegramDeps(runtime, logger);
  const telegram = createTelegramBot({ token: "123456:TEST", botInfo: BOT_INFO, transport: options.wrapTransport ? options.wrapTransport(api.transport) : api.transport, limits: options.limits === undefined ? null : options.limits, ...(options.answerPatienceMs === undefined ? {} : { answerPatienceMs: options.answerPatienceMs }) }, deps);
  let updateId = 1;
  return {
    runtime,
    telegram,
    api,
    deps,
    send: (update) => telegram.bot.handleUpdate({ update_id: updateId++, ...update } as Update),
    cleanup: async () => {
      await runtime.close();
      tmp.remove();
    },
  };
}

export interface Person {
  id: number;
  first_name: string;
  last_name?: string;
}

let messageId = 5000;

export function privateText(from: Person, text: string, replyTo?: Pick<Message, "message_id">): Omit<Update, "update_id"> {
  return {
    message: {
      message_id: ++messageId,
      date: 1690246800,
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from: { ...from, is_bot: false },
      text,
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] } : {}),
      ...(replyTo ? { reply_to_message: { message_id: replyTo.message_id, date: 1690246800, chat: { id: from.id, type: "private", first_name: from.first_name }, from: BOT_INFO, text: "…" } } : {}),
    },
  } as unknown as Omit<Update, "update_id">;
}

export function groupText(chatId: number, from: Person, text: string, options: { replyTo?: { message_id: number; fromBot?: boolean }; mention?: boolean } = {}): Omit<Update, "update_id"> {
  const entities = [] as Array<{ type: string; offset: number; length: number }>;
  if (text.startsWith("/")) entities.push({ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length });
  const at = text.indexOf(`@${BOT_INFO.username}`);
  if (at >= 0 && !text.startsWith("/")) entities.push({ type: "mention", offset: at, length: BOT_INFO.username.length + 1 });
  const chat = { id: chatId, type: "supergroup" as const, title: "Nhóm đơn vị" };
  return {
    message: {
      message_id: ++messageId,
      date: 1690246800,
      chat,
      from: { ...from, is_bot: false },
      text,
      ...(entities.length > 0 ? { entities } : {}),
      ...(options.replyTo
        ? {
            reply_to_message: {
              message_id: options.replyTo.message_id,
              date: 1690246800,
              chat,
              from: options.replyTo.fromBot === false ? { ...from, is_bot: false } : BOT_INFO,
              text: "…",
            },
          }
        : {}),
    },
  } as unknown as Omit<Update, "update_id">;
}

export function buttonPress(chatId: number, from: Person, messageIdOfReminder: number, data: string): Omit<Update, "update_id"> {
  const chat = chatId < 0 ? { id: chatId, type: "supergroup" as const, title: "Nhóm đơn vị" } : { id: chatId, type: "private" as const, first_name: from.first_name };
  return {
    callback_query: {
      id: `cb${++messageId}`,
      from: { ...from, is_bot: false },
      chat_instance: "ci",
      data,
      message: { message_id: messageIdOfReminder, date: 1690246800, chat, from: BOT_INFO, text: "…" },
    },
  } as unknown as Omit<Update, "update_id">;
}

/** Onboards a person through a real invite and a deep-link /start, as a user would. */
export async function onboard(h: TelegramHarness, person: Person, unit: string, role: "unit_officer" | "unit_head" | "leader" | "secretariat" | "admin"): Promise<void> {
  const created = await h.runtime.onboarding.createInvite({ by: "operator", unit, role, days: 7 });
  if (!created.ok) throw new Error(`invite for ${unit}: ${created.reason}`);
  await h.send(privateText(person, `/start ${created.code}`));
}

/** Binds a group to a unit through /lienket, sent by a group admin. */
export async function bindGroup(h: TelegramHarness, chatId: number, admin: Person, unit: string): Promise<void> {
  const created = await h.runtime.onboarding.createInvite({ by: "operator", unit, role: "unit_officer", days: 7 });
  if (!created.ok) throw new Error(`invite for ${unit}: ${created.reason}`);
  h.api.admins.add(admin.id);
  await h.send(groupText(chatId, admin, `/lienket ${created.code}`));
}

/** A reminder for these tasks as the outbox writes it, sent through the Telegram sender as the dispatcher does. */
export async function sendReminder(h: TelegramHarness, chatId: string, taskCodes: string[], text?: string): Promise<{ deliveryId: number; messageId: number }> {
  const db = h.runtime.database.db;
  const tasks = await db.task.findMany({ where: { code: { in: taskCodes } }, orderBy: { code: "asc" } });
  const now = h.runtime.clock.now();
  const body =
    text ??
    [`Nhắc việc gửi đơn vị, ngày 25/7/2023`, ...tasks.map((t, i) => `${i + 1}. ${t.code} — ${t.title} — hạn ${t.deadline}`), "Trả lời: xong <số> hoặc xong <mã nhiệm vụ>, kèm số văn bản nếu có."].join("\n");
  const delivery = await db.delivery.create({
    data: {
      channel: "telegram",
      chatId,
      kind: "reminder",
      text: body,
      status: "sending",
      createdAt: now,
      notBefore: now,
      items: { create: tasks.map((t, i) => ({ number: i + 1, taskId: t.id })) },
    },
  });
  const result = await h.telegram.sender.send({ chatId, text: body, deliveryId: delivery.id });
  if (!result.ok) throw new Error(`reminder not sent: ${JSON.stringify(result)}`);
  await db.delivery.update({ where: { id: delivery.id }, data: { status: "sent", sentAt: now, externalMessageId: result.externalMessageId } });
  return { deliveryId: delivery.id, messageId: Number(result.externalMessageId) };
}
