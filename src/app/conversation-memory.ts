import { LRUCache } from "lru-cache";
import type { ConversationContext } from "../core/understand/context.js";

/**
 * The last thing each chat talked about, so that "còn cấp xã?" can follow "tỷ lệ hồ sơ trực tuyến cấp huyện".
 * Held in memory: a lost context after a restart costs one repeated question, nothing more.
 */
export interface ConversationMemory {
  get(chatKey: string): ConversationContext | undefined;
  set(chatKey: string, context: ConversationContext): void;
}

export function createConversationMemory(maxChats = 10_000): ConversationMemory {
  // Past the bound, the chat silent for longest is forgotten first.
  const contexts = new LRUCache<string, ConversationContext>({ max: maxChats });
  return {
    get: (key) => contexts.get(key),
    set: (key, context) => void contexts.set(key, context),
  };
}
