import type { App, HandledMessage } from "../../src/app/handle-message.js";
import type { InboundMessage } from "../../src/app/messages.js";
import type { AuditLogger } from "../../src/app/ports.js";
import { createTaskCommands } from "../../src/app/task-commands.js";
import type { Clock } from "../../src/core/clock.js";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { createTaskCommandStore } from "../../src/db/stores/task-command-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import type { TestDatabase } from "./databases.js";
import { createOutboxStore } from "../../src/db/stores/outbox-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { createWorkingCalendar } from "../../src/core/calendar/index.js";
import { DEFAULT_POLICY } from "../../src/core/reminders/index.js";
import { DEMO_NOW, demoApp } from "./demo-app.js";

/**
 * The demo database with the task commands wired as in the running bot, a clock the test moves, a logger
 * that keeps what it was told, and reminders written straight into Delivery (as the outbox would).
 */
export interface CommandWorld {
  t: TestDatabase;
  app: App;
  clock: Clock & { set(instant: Date | string): void };
  logs: Array<{ level: "info" | "warn" | "error"; fields: Record<string, unknown>; message: string }>;
  /** A message from a demo person (console identity = person key), by default in their own console chat. */
  send(text: string, as?: string, extra?: Partial<InboundMessage>): Promise<HandledMessage>;
  /** The bot's answer in the sender's chat. */
  say(text: string, as?: string, extra?: Partial<InboundMessage>): Promise<string>;
  /** A reminder sent to a chat, listing tasks as items 1, 2, …; returns the delivery's id. */
  remind(chatId: string, codes: string[], options?: { sentAt?: Date; externalMessageId?: string; channel?: string }): Promise<number>;
  task(code: string): ReturnType<TestDatabase["database"]["db"]["task"]["findUniqueOrThrow"]>;
  events(code: string): Promise<Array<{ action: string; personId: number | null; channel: string | null; chatId: string | null; messageId: string | null; details: unknown; at: Date }>>;
  personId(key: string): Promise<number>;
}

let messageCounter = 0;

export async function commandWorld(t: TestDatabase): Promise<CommandWorld> {
  const db = t.database.db;
  let current = DEMO_NOW;
  const clock = {
    now: () => new Date(current.getTime()),
    set: (instant: Date | string) => {
      current = typeof instant === "string" ? new Date(instant) : instant;
    },
  };
  const logs: CommandWorld["logs"] = [];
  const logger: AuditLogger = {
    info: (fields, message) => logs.push({ level: "info", fields, message }),
    warn: (fields, message) => logs.push({ level: "warn", fields, message }),
    error: (fields, message) => logs.push({ level: "error", fields, message }),
  };
  // Nudges as the running bot wires them: the reminder outbox, the office calendar, the default quiet hours.
  const nudges = { outbox: createOutboxStore(db, t.database.provider), translate: createTranslator(), calendar: createWorkingCalendar(), policy: DEFAULT_POLICY };
  const commands = createTaskCommands({ store: createTaskCommandStore(db), tasks: createTaskStore(db), people: createPeopleStore(db), logger, nudges });
  const app = await demoApp(t.database, clock, commands);
  const send = (text: string, as = "stp-chuyen-vien", extra: Partial<InboundMessage> = {}) =>
    app.handleMessage({ channel: "console", chatId: as, sender: { id: as }, text, receivedAt: clock.now(), messageId: `m${++messageCounter}`, ...extra });
  return {
    t,
    app,
    clock,
    logs,
    send,
    say: async (text, as, extra) => (await send(text, as, extra)).outbound[0]!.text,
    async remind(chatId, codes, options = {}) {
      const tasks = await db.task.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
      const sentAt = options.sentAt ?? new Date(clock.now().getTime() - 60 * 60_000);
      const delivery = await db.delivery.create({
        data: {
          channel: options.channel ?? "console",
          chatId,
          kind: "reminder",
          text: codes.map((c, i) => `${i + 1}. ${c}`).join("\n"),
          status: "sent",
          createdAt: sentAt,
          notBefore: sentAt,
          sentAt,
          externalMessageId: options.externalMessageId ?? `out-${chatId}-${sentAt.getTime()}`,
          items: { create: codes.map((code, i) => ({ number: i + 1, taskId: tasks.find((x) => x.code === code)!.id })) },
        },
      });
      return delivery.id;
    },
    task: (code) => db.task.findUniqueOrThrow({ where: { code } }),
    events: (code) => db.taskEvent.findMany({ where: { task: { code } }, orderBy: { id: "asc" } }),
    personId: async (key) => (await db.person.findUniqueOrThrow({ where: { key } })).id,
  };
}
