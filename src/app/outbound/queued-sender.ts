import type { ChannelSender, SendResult } from "../ports.js";
import type { OutboundQueue, SendPolicy, Verdict } from "./queue.js";

/** What a channel sender's result means for the outbound queue. */
export function judgeSendResult(result: SendResult): Verdict {
  if (result.ok) return { kind: "ok" };
  if (result.reason === "rate_limited") return { kind: "retry_after", ms: result.retryAfterMs };
  if (result.reason === "transient") return { kind: "transient" };
  return { kind: "final" };
}

type Message = Parameters<ChannelSender["send"]>[0];

/**
 * A channel sender whose whole messages take their turn in the outbound queue: for channels whose platform
 * calls do not go through the queue on their own (Telegram's do, call by call, under grammY). The policy may
 * depend on the message (an answer waits, a reminder is tried once). A message the queue hands back untried
 * comes back as rate limited, with the wait, so the outbox requeues it.
 */
export function queuedSender<M extends Message>(
  sender: { readonly channel: string; send(message: M): Promise<SendResult> },
  queue: OutboundQueue,
  policy: SendPolicy | ((message: M) => SendPolicy),
  isGroup: (chatId: string) => boolean = (id) => id.startsWith("-"),
): { readonly channel: string; send(message: M): Promise<SendResult> } {
  return {
    channel: sender.channel,
    async send(message) {
      const target = { channel: sender.channel, chatKey: message.chatId, isGroup: isGroup(message.chatId) };
      const chosen = typeof policy === "function" ? policy(message) : policy;
      const result = await queue.send(target, chosen, () => sender.send(message), judgeSendResult);
      return "value" in result ? result.value : { ok: false, reason: "rate_limited", retryAfterMs: result.heldMs };
    },
  };
}
