import { createInterface } from "node:readline";
import type { InboundMessage } from "../app/messages.js";
import { findPersona } from "../app/personas.js";
import type { Config } from "../config.js";
import { describeQuery } from "../core/understand/query.js";
import type { Logger } from "../infra/logger.js";
import { withRuntime } from "./with-runtime.js";

type PersonaOf = { id: number; key: string | null; name: string };

/** `ask`: one question (or JSON lines of them) through the same app the channels use; the reply on stdout. */
export async function ask(config: Config, logger: Logger, question: string, options: { json?: boolean; jsonl?: boolean; as?: string }): Promise<number> {
  if (!options.jsonl && question.trim().length === 0) {
    console.error('Câu hỏi trống / empty question: npm run --silent ask -- "tiến độ kế hoạch CCHC"');
    return 2;
  }
  return withRuntime(config, logger, async (runtime) => {
    const people = await runtime.stores.people.listPeople();
    const units = (await runtime.stores.catalog.loadCatalog()).units;
    const leader = people.find((p) => p.role === "leader");
    // Asking as someone goes through the console's identities (the demo gives every persona one), so that
    // "đơn vị mình" and permissions are those of that person, exactly as in `npm run chat` after /as.
    const personaOf = (name: string | undefined) => (name === undefined ? undefined : findPersona(name, people, units));
    const message = (chat: string, text: string, as?: PersonaOf): InboundMessage =>
      as
        ? { channel: "console", chatId: `${chat}:${as.key ?? as.id}`, sender: { id: as.key ?? String(as.id), name: as.name }, text, receivedAt: runtime.clock.now() }
        : { channel: "cli", chatId: chat, sender: { id: "cli", ...(leader ? { name: leader.name } : {}) }, text, receivedAt: runtime.clock.now() };
    const asked = personaOf(options.as);
    if (options.as !== undefined && !asked) {
      console.error(`Không tìm thấy người hoặc đơn vị "${options.as}" / no such person or unit`);
      return 2;
    }
    if (!options.jsonl) {
      const handled = await runtime.app.handleMessage(message("cli", question, asked));
      const text = handled.outbound.map((o) => o.text).join("\n");
      const { intent, ...slots } = handled.understood.understanding;
      const query = describeQuery(handled.understood.understanding);
      process.stdout.write(options.json ? `${JSON.stringify({ intent, slots, query, locale: handled.understood.locale, reply: text })}\n` : `${text}\n`);
      return 0;
    }
    let failures = 0;
    for await (const line of createInterface({ input: process.stdin, terminal: false })) {
      if (line.trim().length === 0) continue;
      let input: { chat?: unknown; text?: unknown; as?: unknown };
      try {
        input = JSON.parse(line) as typeof input;
      } catch {
        input = {};
      }
      if (typeof input.text !== "string") {
        failures++;
        process.stdout.write(`${JSON.stringify({ chat: input.chat ?? null, error: "expected {\"chat\": \"<id>\", \"text\": \"<message>\"}" })}\n`);
        continue;
      }
      const chat = typeof input.chat === "string" || typeof input.chat === "number" ? String(input.chat) : "default";
      const as = typeof input.as === "string" ? personaOf(input.as) : asked;
      if (typeof input.as === "string" && !as) {
        failures++;
        process.stdout.write(`${JSON.stringify({ chat, error: `no such person or unit: ${input.as}` })}\n`);
        continue;
      }
      const handled = await runtime.app.handleMessage(message(chat, input.text, as));
      process.stdout.write(`${JSON.stringify({ chat, text: input.text, reply: handled.outbound.map((o) => o.text).join("\n") })}\n`);
    }
    return failures > 0 ? 1 : 0;
  });
}
