import type { OutboundMessage } from "../messages.js";
import type { ChannelSender, SendResult } from "../ports.js";

/**
 * The channels running in this process, by name: where an answer meant for another channel goes (the
 * secretariat told on Telegram of something done on Zalo). Channels register as they start.
 */
export interface ChannelDirectory {
  senderFor(channel: string): ChannelSender | undefined;
  register(sender: ChannelSender): void;
}

export function createChannelDirectory(): ChannelDirectory {
  const senders = new Map<string, ChannelSender>();
  return {
    senderFor: (channel) => senders.get(channel),
    register: (sender) => void senders.set(sender.channel, sender),
  };
}

export interface RouteOptions {
  /** The channel the message came in on. */
  channel: string;
  /** Sends a message to a chat of this channel, the channel's own way (threads, buttons, splitting), and says what came of it. */
  local(message: OutboundMessage, index: number): Promise<SendResult | void>;
  /**
   * Said instead, once, when an answer could not go within its patience (the platform answered 429 after 429):
   * the person is told to ask again rather than hearing nothing.
   */
  busyNotice?: string;
  directory?: Pick<ChannelDirectory, "senderFor">;
  /** A message sent on another channel, and what came of it (for the channel's metrics). */
  sentElsewhere?(channel: string, result: SendResult): void;
  log: { warn(details: object, message: string): void };
}

/**
 * One rule for every channel: a handled message's answers go to this channel's chats through its own sender
 * (and an answer the platform would not take within its patience becomes the "busy, ask again" notice),
 * to another running channel's chats through that channel's sender (as plain text), and are logged and
 * dropped when that channel does not run here.
 */
export async function routeOutbound(outbound: readonly OutboundMessage[], options: RouteOptions): Promise<void> {
  let busySaid = false;
  for (const [index, message] of outbound.entries()) {
    if (message.text.trim().length === 0 && !message.file) continue;
    if (message.channel === options.channel) {
      const result = await options.local(message, index);
      if (result && !result.ok && result.reason === "rate_limited" && options.busyNotice && !busySaid) {
        busySaid = true;
        // The notice takes the next turn the chat gets, threaded under the same question.
        await options.local({ channel: message.channel, chatId: message.chatId, text: options.busyNotice, ...(message.replyToMessageId ? { replyToMessageId: message.replyToMessageId } : {}) }, index);
      }
      continue;
    }
    const other = options.directory?.senderFor(message.channel);
    if (!other) {
      options.log.warn({ from: options.channel, to: message.channel }, "a message for a channel that is not running here was dropped");
      continue;
    }
    const result = await other.send({ chatId: message.chatId, text: message.text }).catch(
      (error: unknown): SendResult => ({ ok: false, reason: "transient", detail: error instanceof Error ? error.message : String(error) }),
    );
    options.sentElsewhere?.(other.channel, result);
    if (!result.ok) options.log.warn({ from: options.channel, to: other.channel, chatId: message.chatId, reason: result.reason }, "a message for another channel was not sent");
  }
}
