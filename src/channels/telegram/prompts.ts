import { LRUCache } from "lru-cache";
import type { TaskCommand } from "../../core/commands/types.js";
import type { Locale } from "../../core/format.js";
import type { ReminderAction } from "./callback-data.js";

/**
 * Questions the bot asked after a button ("📈 CCHC23-07: reply with the progress"): a reply to the question is
 * read as a command about that reminder item. Held in memory for a day; a restart only means asking again.
 */
export interface ReminderPrompt {
  reminderMessageId: number;
  number: number;
  action: Extract<ReminderAction, "progress" | "extend">;
}

/** The reason asked after a queue button "từ chối" or "trả lại": the answer is that reason, sent to the unit. */
export interface DecisionPrompt {
  decision: { kind: "refuse_extension"; requestId: number; code: string } | { kind: "return"; code: string };
}

export type PendingPrompt = (ReminderPrompt | DecisionPrompt) & { at: number };

const TTL_MS = 24 * 60 * 60 * 1000;

export function createPromptMemory(max = 10_000) {
  const prompts = new LRUCache<string, PendingPrompt>({ max });
  return {
    remember(chatId: string, promptMessageId: number, prompt: ReminderPrompt | DecisionPrompt) {
      prompts.set(`${chatId}:${promptMessageId}`, { ...prompt, at: Date.now() });
    },
    take(chatId: string, promptMessageId: number): PendingPrompt | undefined {
      const key = `${chatId}:${promptMessageId}`;
      const prompt = prompts.get(key);
      if (!prompt) return undefined;
      prompts.delete(key);
      return Date.now() - prompt.at < TTL_MS ? prompt : undefined;
    },
  };
}

export type PromptMemory = ReturnType<typeof createPromptMemory>;

/**
 * The answer to a prompt as the command it completes, about the reminder's item: "70" → "tiến độ 3 đạt 70%",
 * "đến 15/8 vì …" → "xin gia hạn 3 đến 15/8 vì …". Words of the command already typed are not repeated.
 */
export function promptCommand(prompt: Pick<ReminderPrompt, "action" | "number">, text: string): string {
  const typed = text.trim();
  if (prompt.action === "progress") {
    const body = typed.replace(/^(cập nhật\s+)?(tiến độ|tien do)\s*/iu, "").replace(/^(đạt|dat)\s*/iu, "");
    const percent = /^(\d{1,3}(?:[.,]\d{1,2})?)\s*%?$/.exec(body);
    return `tiến độ ${prompt.number} đạt ${percent ? `${percent[1]}%` : body}`;
  }
  const body = typed.replace(/^(xin\s+)?(gia hạn|gia han)\s*/iu, "");
  return `xin gia hạn ${prompt.number} ${body}`;
}

/**
 * The answer to a progress prompt as the typed command it stands for, when it is what the prompt asked for: a
 * percent, with a note after it if any ("70", "70% đã trình UBND", "tiến độ đạt 65"). The app acts on it
 * directly; anything else (a percent over 100, words only, a deadline for an extension) is read as a sentence
 * by promptCommand, so the parser's answers (and its refusals) stay the same.
 */
export function promptAction(prompt: Pick<ReminderPrompt, "action" | "number">, text: string, locale: Locale): TaskCommand | undefined {
  if (prompt.action !== "progress") return undefined;
  const body = text.trim().replace(/^(cập nhật\s+)?(tiến độ|tien do)\s*/iu, "").replace(/^(đạt|dat)\s*/iu, "");
  const match = /^(\d{1,3})(?:[.,]\d{1,2})?\s*%?(?:\s*[,.;:–-]?\s+(.+))?$/su.exec(body);
  if (!match) return undefined;
  const percent = Number(match[1]);
  if (percent > 100) return undefined;
  const note = match[2]?.trim();
  const target = { kind: "item" as const, number: prompt.number };
  if (percent === 100) return { kind: "done", target, ...(note ? { evidence: note } : {}), locale };
  return { kind: "progress", target, percent, ...(note ? { note } : {}), locale };
}
