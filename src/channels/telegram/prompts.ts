import { LRUCache } from "lru-cache";
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
