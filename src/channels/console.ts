import { createInterface } from "node:readline";
import { findPersona } from "../app/personas.js";
import type { Runtime } from "../composition/runtime.js";
import { reply } from "../core/reply.js";
import { formatDate } from "../core/format.js";
import { vnDate, vnMinuteOfDay } from "../core/local-date.js";
import { formatForChat, type ConsoleInbox } from "./console-sender.js";

/**
 * A terminal chat for trying the bot: type as a person or unit (/as …), read the bot's replies and, marked
 * with →, what it would send to other chats. It translates lines to messages and back; nothing more.
 */
export async function runConsoleChat(
  runtime: Runtime,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  options: { inbox?: ConsoleInbox; logFile?: string } = {},
): Promise<void> {
  const write = (line: string) => output.write(`${line}\n`);
  const people = await runtime.stores.people.listPeople();
  const catalog = await runtime.stores.catalog.loadCatalog();
  let persona = people.find((p) => p.role === "leader") ?? people[0];
  const now = runtime.clock.now();
  if (runtime.demoClock) {
    const minutes = vnMinuteOfDay(now);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    write(runtime.translate("vi", reply("demo-banner", { date: `${formatDate(vnDate(now), "vi")} ${time}` })));
  }
  const t = (key: string, args?: Record<string, string>) => runtime.translate("vi", reply(key, args));
  const describe = (person: { name: string; title: string | null } | undefined) =>
    person ? t("console-person", { name: person.name, title: person.title ?? "none" }) : t("console-guest");
  write(t("console-intro", { persona: describe(persona) }));
  const listPeople = () => {
    write(t("console-people"));
    for (const person of people) {
      const units = person.unitIds.map((id) => catalog.units.find((u) => u.id === id)?.name).filter((n): n is string => n !== undefined);
      write(t("console-people-line", { person: describe(person), units: units.join(", ") || "—" }));
    }
  };
  listPeople();
  if (options.logFile) write(t("console-log-file", { file: options.logFile }));
  // A reminder run prints one line; the reminders themselves wait for /nhacviec.
  options.inbox?.onBatch((count, chats) => {
    output.write(`\n${t("console-reminders-sent", { count: String(count), chats: String(chats) })}\n> `);
  });

  const rl = createInterface({ input, terminal: false });
  const prompt = () => output.write("> ");
  prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === "/quit" || text === "/exit") break;
    if (text === "/who") {
      write(t("console-acting-as", { persona: describe(persona) }));
      listPeople();
    } else if (text === "/nhacviec" && options.inbox) {
      const received = options.inbox.take();
      write(received.length === 0 ? t("console-reminders-none") : received.map((m) => formatForChat(m.chatId, m.text)).join("\n\n"));
    } else if (text.startsWith("/as")) {
      const found = findPersona(text.slice(3).trim(), people, catalog.units);
      if (found) persona = found;
      write(found ? t("console-acting-as", { persona: describe(found) }) : t("console-persona-not-found", { query: text.slice(3).trim() }));
    } else if (text.length > 0 || line.length > 0) {
      const chatId = persona?.key ?? "console";
      const handled = await runtime.app.handleMessage({
        channel: "console",
        chatId,
        sender: { id: persona?.key ?? "console", ...(persona ? { name: persona.name } : {}) },
        text: line,
        receivedAt: runtime.clock.now(),
      });
      for (const out of handled.outbound) {
        write(out.chatId === chatId && out.channel === "console" ? indent(out.text) : `→ [${out.channel}:${out.chatId}]\n${indent(out.text)}`);
      }
    }
    prompt();
  }
  rl.close();
  write("");
}

function indent(text: string): string {
  return text.split("\n").map((l) => `  ${l}`).join("\n");
}
