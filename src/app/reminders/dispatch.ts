/**
 * Dispatching: claim due deliveries a small batch at a time, send them through their channels, several chats
 * at once (each chat's in order), and record each outcome at once. A crash after a claim leaves the batch
 * "sending"; the next start (or, on another machine, the lease running out) claims it again, so only the
 * messages in flight at the crash (at most one per chat being sent to) can arrive twice.
 *
 * Outcomes: sent; rate limited (back to the queue after retry_after, never a busy loop); chat gone (the
 * binding is retired, the chat's unsent deliveries fail with it, the secretariat is told once); a transient
 * error (retried with growing delays, then failed and logged).
 */
import type { Clock } from "../../core/clock.js";
import type { ChannelSender, SendResult } from "../ports.js";
import type { ChatRef, ClaimedDelivery, DeliveryDraft, DispatchStore, RetiredChat } from "./ports.js";
import type { RateLimiter } from "./rate-limiter.js";

export interface EventLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface DispatchInput {
  store: DispatchStore;
  senders: readonly ChannelSender[];
  clock: Clock;
  sleep(ms: number): Promise<void>;
  workerId: string;
  /** How long a claim holds before another run may take the delivery over (a crashed worker's). */
  leaseMs?: number;
  /** Pacing per channel (Telegram's limits); channels without one send as fast as they answer. */
  limiters?: ReadonlyMap<string, RateLimiter>;
  /** Deliveries claimed at a time (default the concurrency). */
  batchSize?: number;
  /** Chats sent to at once (default 32: Telegram allows 30 a second and one a second a chat, so 30 chats are needed to fill it). */
  concurrency?: number;
  maxAttempts?: number;
  retryDelayMs?(attempt: number): number;
  /** Keep running while the next pending delivery is due within this much time (rate-limited ones). */
  waitHorizonMs?: number;
  /** Quiet hours: stop claiming when this says no. */
  canSend?(now: Date): boolean;
  /** Only deliveries of these kinds: outside working hours, the nudges sent with "gửi ngay". */
  kinds?: readonly string[];
  /** The notice the secretariat gets when a chat is gone. */
  chatGoneText(chat: ChatRef, retired: RetiredChat): string;
  log?: EventLog;
}

export interface DispatchResult {
  sent: number;
  rateLimited: number;
  retried: number;
  failed: number;
  chatsRetired: number;
}

export const DEFAULT_LEASE_MS = 2 * 60_000;
export const DEFAULT_CONCURRENCY = 32;
const QUOTA_DELAY_MS = 60 * 60_000;

export async function dispatchDeliveries(input: DispatchInput): Promise<DispatchResult> {
  const result: DispatchResult = { sent: 0, rateLimited: 0, retried: 0, failed: 0, chatsRetired: 0 };
  const senders = new Map(input.senders.map((s) => [s.channel, s]));
  const channels = [...senders.keys()];
  const concurrency = Math.max(1, input.concurrency ?? DEFAULT_CONCURRENCY);
  const batchSize = input.batchSize ?? concurrency;
  const horizon = input.waitHorizonMs ?? 60_000;
  // A line per chat: its claimed deliveries, sent one after the other by one worker; chats run side by side,
  // up to `concurrency` at once, so a slow or failing chat holds up only itself.
  const lanes = new Map<string, ClaimedDelivery[]>();
  const ready: string[] = [];
  const running = new Set<Promise<void>>();
  // A chat's later messages are requeued a second apart, so each comes back once, when it can go.
  const queued = new Map<string, number>();
  const startLanes = () => {
    while (running.size < concurrency && ready.length > 0) {
      const key = ready.shift()!;
      const lane: Promise<void> = (async () => {
        const list = lanes.get(key)!;
        while (list.length > 0) {
          const d = list.shift()!;
          await deliver(d, senders.get(d.channel)!, input, result, queued);
        }
        lanes.delete(key);
        queued.delete(key);
      })().finally(() => running.delete(lane));
      running.add(lane);
    }
  };
  for (;;) {
    startLanes();
    if (ready.length > 0 || running.size >= concurrency) {
      await Promise.race(running);
      continue;
    }
    const now = input.clock.now();
    if (input.canSend && !input.canSend(now)) break;
    const claimed = await input.store.claim({ workerId: input.workerId, now, leaseMs: input.leaseMs ?? DEFAULT_LEASE_MS, channels, limit: batchSize, ...(input.kinds ? { kinds: input.kinds } : {}) });
    for (const d of claimed) {
      const key = `${d.channel}:${d.chatId}`;
      const lane = lanes.get(key);
      if (lane) lane.push(d);
      else {
        lanes.set(key, [d]);
        ready.push(key);
      }
    }
    if (claimed.length > 0) continue;
    const next = await input.store.nextPendingAt(channels, input.kinds);
    const wait = next === null ? Infinity : Math.max(next.getTime() - now.getTime(), 50);
    if (running.size > 0) {
      // Chats still being sent to may requeue messages or add notices: look again when one is done, or when the
      // next pending message is due (at most a second from now, so that a slow chat does not hold it up).
      await Promise.race(next === null ? running : [...running, input.sleep(Math.min(wait, 1000))]);
      continue;
    }
    if (next === null || next.getTime() - now.getTime() > horizon) break;
    // Due now but not claimable: another worker is claiming it. Otherwise sleep until it is due.
    await input.sleep(wait);
  }
  await Promise.all(running);
  return result;
}

async function deliver(d: ClaimedDelivery, sender: ChannelSender, input: DispatchInput, result: DispatchResult, queued: Map<string, number>): Promise<void> {
  const limiter = input.limiters?.get(d.channel);
  const chat = `${d.channel}:${d.chatId}`;
  if (limiter) {
    for (;;) {
      const nowMs = input.clock.now().getTime();
      const { at, by } = limiter.check(chat, d.isGroup, nowMs);
      if (by === null) break;
      // The overall limit frees up within a second: wait for it. A busy chat or group: requeue, send others.
      if (by === "overall") {
        await input.sleep(at - nowMs);
        continue;
      }
      const ahead = queued.get(chat) ?? 0;
      queued.set(chat, ahead + 1);
      return input.store.release(d.id, new Date(at + ahead * limiter.chatIntervalMs), null);
    }
    limiter.record(chat, d.isGroup, input.clock.now().getTime());
  }
  const outcome = await send(sender, d);
  const now = input.clock.now();
  const log = { delivery: d.id, channel: d.channel, chatId: d.chatId };
  switch (outcome.ok ? "ok" : outcome.reason) {
    case "ok": {
      result.sent++;
      const { externalMessageId, via } = outcome as Extract<SendResult, { ok: true }>;
      if (via) input.log?.info({ ...log, via }, "reminder delivery sent on another channel; recorded there");
      return input.store.markSent(d.id, now, externalMessageId, via);
    }
    case "rate_limited": {
      const until = new Date(now.getTime() + Math.max((outcome as { retryAfterMs: number }).retryAfterMs, 1000));
      limiter?.pause(chat, until.getTime());
      result.rateLimited++;
      input.log?.warn({ ...log, until }, "reminder delivery rate limited; requeued after retry_after");
      return input.store.release(d.id, until, "rate limited");
    }
    case "chat_unavailable":
      return retire(d, detailOf(outcome), input, result, now);
    case "quota_exhausted":
      return retryOrFail(d, `quota exhausted: ${detailOf(outcome)}`, QUOTA_DELAY_MS, input, result, now);
    default:
      return retryOrFail(d, detailOf(outcome), (input.retryDelayMs ?? backoff)(d.attempts + 1), input, result, now);
  }
}

async function send(sender: ChannelSender, d: ClaimedDelivery): Promise<SendResult> {
  try {
    return await sender.send({ chatId: d.chatId, text: d.text, deliveryId: d.id });
  } catch (error) {
    return { ok: false, reason: "transient", detail: error instanceof Error ? error.message : String(error) };
  }
}

async function retryOrFail(d: ClaimedDelivery, error: string, delayMs: number, input: DispatchInput, result: DispatchResult, now: Date): Promise<void> {
  const log = { delivery: d.id, channel: d.channel, chatId: d.chatId, attempt: d.attempts + 1, error };
  if (d.attempts + 1 >= (input.maxAttempts ?? 5)) {
    result.failed++;
    input.log?.error(log, "reminder delivery failed for good after its last attempt");
    return input.store.markFailed(d.id, error, now);
  }
  result.retried++;
  input.log?.warn(log, "reminder delivery failed; retrying later");
  return input.store.retry(d.id, new Date(now.getTime() + delayMs), error);
}

async function retire(d: ClaimedDelivery, detail: string, input: DispatchInput, result: DispatchResult, now: Date): Promise<void> {
  const chat = { channel: d.channel, chatId: d.chatId };
  const retired = await input.store.retireChat(chat, d.id, `chat unavailable: ${detail}`, now);
  result.failed++;
  const log = { delivery: d.id, channel: d.channel, chatId: d.chatId, unit: retired.unitName, detail, tasks: retired.taskCodes };
  input.log?.error(log, "reminder chat no longer exists; binding retired, its unsent deliveries failed");
  if (!retired.wasActive) return;
  result.chatsRetired++;
  const others = retired.secretariatChats.filter((c) => c.channel !== chat.channel || c.chatId !== chat.chatId);
  if (others.length === 0) {
    input.log?.error(log, "no secretariat chat to tell that a reminder chat is gone");
    return;
  }
  const text = input.chatGoneText(chat, retired);
  const notices: DeliveryDraft[] = others.map((c) => ({ ...c, kind: "notice", text, notBefore: now, items: [] }));
  await input.store.addDeliveries(notices, now);
}

function detailOf(outcome: SendResult): string {
  return "detail" in outcome ? outcome.detail : "";
}

/**
 * After a transient failure: 1, 2, 4, 8, 16, 30 s (a minute in all), then 2, 4, 8 … minutes, at most an hour.
 * A platform's 5xx is usually over within seconds: waiting a minute before the first retry made 600 reminders
 * with 10% of sends failing take 3× the least time the limits allow, and 5 s before the second 1,55 × (bench:
 * remind, part 3); 30 s before the third made one message in four hundred (three 502s in a row at 10%) hold
 * a 300-reminder morning's end back: 3,9 × instead of 1,28 × (tests/faults/bot-api-faults.test.ts).
 */
export function backoff(attempt: number): number {
  const quick = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];
  if (attempt <= quick.length) return quick[Math.max(attempt, 1) - 1]!;
  return Math.min(60_000 * 2 ** (attempt - quick.length), 60 * 60_000);
}
