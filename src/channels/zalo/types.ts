/**
 * The Zalo Bot Platform's objects, as far as this bot reads them. Fields the platform may omit are optional;
 * anything else it sends is ignored. See shared/notes/platforms.md ("Zalo").
 */

/** Every answer of the API: `{ ok, result }` or `{ ok: false, error_code, description }`. */
export interface ZaloEnvelope<T> {
  ok: boolean;
  result?: T;
  error_code?: number;
  description?: string;
}

export interface ZaloBotInfo {
  id: string;
  account_name?: string;
  account_type?: string;
  display_name?: string;
  can_join_groups?: boolean;
}

export interface ZaloWebhookInfo {
  url?: string;
  updated_at?: number;
}

export type ZaloChatType = "PRIVATE" | "GROUP";

export interface ZaloIncomingMessage {
  message_id: string;
  /** Milliseconds since the epoch. */
  date?: number;
  text?: string;
  photo?: string;
  photo_url?: string;
  caption?: string;
  sticker?: string;
  from: { id: string; display_name?: string; name?: string; is_bot?: boolean };
  chat: { id: string; chat_type?: ZaloChatType };
}

export const ZALO_EVENTS = [
  "message.text.received",
  "message.image.received",
  "message.sticker.received",
  "message.unsupported.received",
] as const;

export type ZaloEventName = (typeof ZALO_EVENTS)[number];

export interface ZaloUpdate {
  event_name: string;
  message?: ZaloIncomingMessage;
}

export interface ZaloSentMessage {
  message_id: string;
  date?: number;
}

export interface SendMessageParams {
  chat_id: string;
  text: string;
}

export interface SendPhotoParams {
  chat_id: string;
  /** A public URL: the platform fetches the picture itself. */
  photo: string;
  caption?: string;
}

export interface SendStickerParams {
  chat_id: string;
  sticker: string;
}

export interface SendChatActionParams {
  chat_id: string;
  action: "typing" | "upload_photo";
}

export interface SetWebhookParams {
  url: string;
  /** 8–256 characters; the platform sends it back in the X-Bot-Api-Secret-Token header. */
  secret_token: string;
}
