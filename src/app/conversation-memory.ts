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
  const contexts = new Map<string, ConversationContext>();
  return {
    get: (key) => contexts.get(key),
    set(key, context) {
      contexts.delete(key);
      contexts.set(key, context);
      // Map keeps insertion order: the first key is the chat silent for longest.
      if (contexts.size > maxChats) contexts.delete(contexts.keys().next().value!);
    },
  };
}
