import type { Transformer } from "grammy";
import type { OutboundQueue, SendPolicy, Verdict } from "../../app/outbound/queue.js";

/** The Bot API methods that put a message into a chat (or change one): these take their turn in the queue. */
const QUEUED = new Set([
  "sendMessage", "sendPhoto", "sendDocument", "sendAudio", "sendVideo", "sendVoice", "sendAnimation", "sendSticker",
  "sendLocation", "sendContact", "sendPoll", "sendMediaGroup", "copyMessage", "forwardMessage",
  "editMessageText", "editMessageReplyMarkup", "editMessageCaption",
]);

interface ApiAnswer {
  ok: boolean;
  error_code?: number;
  parameters?: { retry_after?: number };
}

/** What a Bot API answer means for the outbound queue. */
export function judgeTelegram(answer: ApiAnswer): Verdict {
  if (answer.ok) return { kind: "ok" };
  if (answer.error_code === 429) return { kind: "retry_after", ms: Math.max(1, answer.parameters?.retry_after ?? 1) * 1000 };
  if ((answer.error_code ?? 0) >= 500) return { kind: "transient" };
  return { kind: "final" };
}

/**
 * Puts the Api's sending calls into the app's outbound queue (limits, order per chat, retry_after, retries by
 * `policy`). A call the queue hands back untried (its chat's turn is too far off) comes back as the 429 Telegram
 * would have given, so every caller reads one kind of failure.
 */
export function outboundTransformer(queue: OutboundQueue, policy: SendPolicy): Transformer {
  return async (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!QUEUED.has(method) || (typeof chatId !== "number" && typeof chatId !== "string")) return prev(method, payload, signal);
    const chatKey = String(chatId);
    const target = { channel: "telegram", chatKey, isGroup: chatKey.startsWith("-") };
    const result = await queue.send(target, policy, () => prev(method, payload, signal), judgeTelegram);
    if ("value" in result) return result.value;
    const seconds = Math.max(1, Math.ceil(result.heldMs / 1000));
    return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${seconds} (held by the send budget)`, parameters: { retry_after: seconds } } as never;
  };
}
