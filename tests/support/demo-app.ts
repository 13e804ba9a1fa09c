import { afterAll, beforeAll } from "vitest";
import { createApp, type App } from "../../src/app/handle-message.js";
import { freshSqlite, type TestDatabase } from "./databases.js";
import { createConversationMemory } from "../../src/app/conversation-memory.js";
import { fixedClock, type Clock } from "../../src/core/clock.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import type { Database } from "../../src/db/database.js";
import type { InboundMessage } from "../../src/app/messages.js";
import type { TaskCommands } from "../../src/app/task-commands.js";

/** The meeting the demo data describes: 25/7/2023, 08:00 in Vietnam. */
export const DEMO_NOW = new Date("2023-07-25T08:00:00+07:00");

/** With `commands`, task commands ("xong 3") are handled before questions, as in the running bot. */
export async function demoApp(database: Database, clock: Clock = fixedClock(DEMO_NOW), commands?: TaskCommands): Promise<App> {
  return createApp({
    clock,
    catalogStore: createCatalogStore(database.db),
    tasks: createTaskStore(database.db),
    people: createPeopleStore(database.db),
    translate: createTranslator(),
    memory: createConversationMemory(),
    contextTtlMinutes: 30,
    ...(commands ? { commands } : {}),
  });
}

export function message(text: string, chatId = "test", at: Date = DEMO_NOW): InboundMessage {
  return { channel: "test", chatId, sender: { id: "tester" }, text, receivedAt: at };
}

/** The text the bot answers to a message in a chat of its own (or the one given), as one string. */
export async function replyText(app: App, text: string, chatId = `c-${Math.random()}`): Promise<string> {
  return (await app.handleMessage(message(text, chatId))).outbound.map((o) => o.text).join("\n");
}

/** The same, asked on the console as a person of the demo data (by key: "chu-tich", "stc-chuyen-vien"). */
export async function replyAs(app: App, personKey: string, text: string): Promise<string> {
  return (await app.handleMessage({ channel: "console", chatId: `as-${Math.random()}`, sender: { id: personKey }, text, receivedAt: DEMO_NOW })).outbound.map((o) => o.text).join("\n");
}

/**
 * A describe block's demo world: a fresh SQLite demo database and the app on it at the demo's fixed clock, made
 * before the block's tests and removed after them; `reply` and `as` ask as replyText and replyAs do.
 */
export function demoConversation() {
  let db: TestDatabase;
  let app: App;
  beforeAll(async () => {
    db = await freshSqlite({ demo: true });
    app = await demoApp(db.database);
  });
  afterAll(() => db.cleanup());
  return {
    get app() {
      return app;
    },
    get database() {
      return db.database;
    },
    reply: (text: string, chat?: string) => replyText(app, text, chat),
    as: (personKey: string, text: string) => replyAs(app, personKey, text),
  };
}
