import type { InboundMessage } from "../../app/messages.js";
import { ZALO_EVENTS, type ZaloEventName, type ZaloIncomingMessage } from "./types.js";

/**
 * Turns what the platform posts (or getUpdates returns) into something the bot can act on. The shape is
 * checked field by field: a webhook body comes from the network, and a forged or broken one must end in a 400,
 * not in a crash further in. Updates carry no update_id; `key` (event name + message id) de-duplicates them.
 */
export type ParsedUpdate =
  | { kind: "text"; key: string; event: ZaloEventName; message: ZaloIncomingMessage; text: string; isGroup: boolean }
  | { kind: "no_text"; key: string; event: ZaloEventName; message: ZaloIncomingMessage; isGroup: boolean }
  | { kind: "ignored"; event: string; reason: string };

export type ParseResult = ParsedUpdate | { kind: "invalid"; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string | number => (typeof value === "string" && value.length > 0 && value.length <= 128) || (typeof value === "number" && Number.isFinite(value));

export function parseUpdate(body: unknown): ParseResult {
  let update = body;
  // Some deliveries wrap the update as { ok, result: { event_name, message } }.
  if (isObject(update) && !("event_name" in update) && isObject(update.result)) update = update.result;
  if (!isObject(update) || typeof update.event_name !== "string") return { kind: "invalid", reason: "not a Zalo update (no event_name)" };
  const event = update.event_name;
  if (!(ZALO_EVENTS as readonly string[]).includes(event)) return { kind: "ignored", event: event.slice(0, 64), reason: "unknown event name" };
  const m = update.message;
  if (!isObject(m) || !isId(m.message_id) || !isObject(m.from) || !isId(m.from.id) || !isObject(m.chat) || !isId(m.chat.id)) {
    return { kind: "invalid", reason: "message without message_id, from.id or chat.id" };
  }
  const message: ZaloIncomingMessage = {
    message_id: String(m.message_id),
    ...(typeof m.date === "number" ? { date: m.date } : {}),
    ...(typeof m.text === "string" ? { text: m.text } : {}),
    ...(typeof m.caption === "string" ? { caption: m.caption } : {}),
    ...(typeof m.photo === "string" ? { photo: m.photo } : {}),
    ...(typeof m.photo_url === "string" ? { photo_url: m.photo_url } : {}),
    from: {
      id: String(m.from.id),
      ...(typeof m.from.display_name === "string" ? { display_name: m.from.display_name } : {}),
      ...(typeof m.from.is_bot === "boolean" ? { is_bot: m.from.is_bot } : {}),
    },
    chat: { id: String(m.chat.id), ...(m.chat.chat_type === "GROUP" || m.chat.chat_type === "PRIVATE" ? { chat_type: m.chat.chat_type } : {}) },
  };
  const key = `${event}:${message.message_id}`;
  const isGroup = message.chat.chat_type === "GROUP";
  const eventName = event as ZaloEventName;
  if (message.from.is_bot) return { kind: "ignored", event, reason: "sent by a bot" };
  const text = eventName === "message.text.received" ? message.text : eventName === "message.image.received" ? message.caption : undefined;
  if (text !== undefined && text.trim().length > 0) return { kind: "text", key, event: eventName, message, text, isGroup };
  return { kind: "no_text", key, event: eventName, message, isGroup };
}

export function toInbound(update: Extract<ParsedUpdate, { kind: "text" | "no_text" }>, text: string, receivedAt: Date): InboundMessage {
  const { message } = update;
  const name = message.from.display_name;
  return {
    channel: "zalo",
    chatId: message.chat.id,
    sender: { id: message.from.id, ...(name ? { name } : {}) },
    text,
    messageId: message.message_id,
    receivedAt,
  };
}
