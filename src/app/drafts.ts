/**
 * What a person was shown and has still to confirm in a chat (an import's preview, proposed tasks, a draft
 * assignment): one at a time per person and chat, the latest replacing the one before, forgotten after half
 * an hour. Nothing in here exists yet; "xác nhận" makes it, "hủy" drops it.
 */
import { fold } from "../core/vi/index.js";
import type { InboundMessage } from "./messages.js";

const TTL_MS = 30 * 60_000;

export interface Pending<T> {
  kind: string;
  value: T;
  at: number;
}

export interface DraftBox {
  put<T>(message: InboundMessage, kind: string, value: T, now: Date): void;
  /** The person's pending draft of this kind in this chat, if it is still fresh. */
  get<T>(message: InboundMessage, kind: string, now: Date): T | undefined;
  drop(message: InboundMessage): void;
  /** Whether the person has any fresh draft in this chat. */
  holds(message: InboundMessage, now: Date): boolean;
}

export function createDraftBox(): DraftBox {
  const drafts = new Map<string, Pending<unknown>>();
  const keyOf = (m: InboundMessage) => `${m.channel}:${m.chatId}:${m.sender.id}`;
  return {
    put(message, kind, value, now) {
      // Old drafts of people who never answered go when someone else writes: the map stays small.
      for (const [key, d] of drafts) if (now.getTime() - d.at > TTL_MS) drafts.delete(key);
      drafts.set(keyOf(message), { kind, value, at: now.getTime() });
    },
    get<T>(message: InboundMessage, kind: string, now: Date) {
      const d = drafts.get(keyOf(message));
      if (!d || d.kind !== kind || now.getTime() - d.at > TTL_MS) return undefined;
      return d.value as T;
    },
    drop(message) {
      drafts.delete(keyOf(message));
    },
    holds(message, now) {
      const d = drafts.get(keyOf(message));
      return d !== undefined && now.getTime() - d.at <= TTL_MS;
    },
  };
}

export type Decision = "confirm" | "confirm_skipping_errors" | "cancel";

/**
 * "xác nhận" confirms; "xác nhận bỏ dòng lỗi" confirms without the broken rows; "hủy", "thôi" cancel. "đồng ý",
 * "ok", "không" are left to a KPI figure waiting for its "đồng ý" (kpi-commands), tried after these features.
 */
export function decisionOf(text: string): Decision | undefined {
  const t = fold(text).toLowerCase().replace(/[.!]+$/u, "").replace(/\s+/g, " ").trim();
  if (/^xac nhan( (nhap|tao|giao))?$/u.test(t)) return "confirm";
  if (/^(xac nhan|nhap) (bo|bo qua) (cac )?dong loi$/u.test(t)) return "confirm_skipping_errors";
  if (/^(huy|huy bo|thoi|khong nhap|khong tao|khong giao)$/u.test(t)) return "cancel";
  return undefined;
}
