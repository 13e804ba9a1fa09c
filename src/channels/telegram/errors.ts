import { GrammyError, HttpError } from "grammy";
import type { SendResult } from "../../app/ports.js";

export type SendFailure = Exclude<SendResult, { ok: true }>;

/** Chats the bot can no longer write to: blocked by the user, removed from the group, deleted, upgraded away. */
const GONE = /chat not found|bot was (blocked|kicked)|user is deactivated|bot is not a member|have no rights to send|need administrator rights|PEER_ID_INVALID|group chat was upgraded|CHAT_WRITE_FORBIDDEN/i;

/**
 * What a failed Bot API call means for whoever sent: a gone chat is never retried (403 and its 400 cousins),
 * a rate limit says how long to wait, server and network trouble may pass.
 */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const detail = `${error.error_code} ${error.description}`;
    if (error.error_code === 403 || (error.error_code === 400 && GONE.test(error.description))) return { ok: false, reason: "chat_unavailable", detail };
    if (error.error_code === 429) return { ok: false, reason: "rate_limited", retryAfterMs: Math.max(1, error.parameters.retry_after ?? 1) * 1000 };
    return { ok: false, reason: "transient", detail };
  }
  if (error instanceof HttpError) return { ok: false, reason: "transient", detail: `network: ${error.message}` };
  return { ok: false, reason: "transient", detail: error instanceof Error ? error.message : String(error) };
}

/** Telegram refuses an edit that changes nothing: not a failure. */
export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 400 && /message is not modified/i.test(error.description);
}
