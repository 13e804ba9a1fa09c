import type { Transformer } from "grammy";
import type { Metrics } from "../../app/metrics.js";
import { createRateLimiter, TELEGRAM_LIMITS, type RateLimits } from "../../app/reminders/rate-limiter.js";

/**
 * One queue for everything the bot sends (answers, prompts, edits, reminders), so that a burst (the 08:00
 * reminders, a busy group) stays within Telegram's published limits instead of hitting 429s: 30 messages a
 * second overall, one a second into the same chat, twenty a minute into one group (the reminder loop's
 * rate limiter decides when; this queue decides who is next). Each chat has its own line, first in, first
 * out; the lines take turns, so one busy group does not hold up the others.
 */
export { TELEGRAM_LIMITS, type RateLimits };

/**
 * The queue's own limits, a little under the published ones: Telegram counts in a rolling window on its side
 * of the network, so messages sent exactly 30 a second can arrive 31 in one of its seconds and come back 429.
 */
export const TELEGRAM_SEND_LIMITS: RateLimits = {
  overall: { count: 27, windowMs: 1000 },
  perChat: { count: 1, windowMs: 1100 },
  perGroup: { count: 19, windowMs: 60_000 },
};

interface Lane {
  jobs: Array<() => void>;
  isGroup: boolean;
}

export interface SendQueue {
  schedule<T>(chatKey: string, isGroup: boolean, task: () => Promise<T>): Promise<T>;
  /** Telegram answered 429 even after retrying: nothing more into this chat before `ms` from now. */
  pause(chatKey: string, ms: number): void;
  /** Messages waiting for their turn, and being sent. */
  size(): number;
  /** Resolves true when nothing waits and nothing is in flight, false after `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean>;
}

export interface QueueTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: QueueTimers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function createSendQueue(limits: RateLimits = TELEGRAM_LIMITS, timers: QueueTimers = realTimers): SendQueue {
  const limiter = createRateLimiter(limits);
  const lanes = new Map<string, Lane>();
  let waiting = 0;
  let inFlight = 0;
  let timer: unknown;
  let timerAt = Infinity;
  let drained: Array<() => void> = [];

  const settle = () => {
    if (waiting > 0 || inFlight > 0) return;
    const waiters = drained;
    drained = [];
    for (const w of waiters) w();
  };

  const dispatch = (key: string, lane: Lane, t: number) => {
    const job = lane.jobs.shift()!;
    waiting--;
    limiter.record(key, lane.isGroup, t);
    lanes.delete(key);
    // A lane that just sent goes to the back of the turn order.
    if (lane.jobs.length > 0) lanes.set(key, lane);
    job();
  };

  const pump = () => {
    timer = undefined;
    timerAt = Infinity;
    const t = timers.now();
    let next = Infinity;
    for (const [key, lane] of [...lanes]) {
      const { at, by } = limiter.check(key, lane.isGroup, t);
      if (by !== null) {
        next = Math.min(next, at);
        if (by === "overall") break;
        continue;
      }
      dispatch(key, lane, t);
    }
    if (lanes.size > 0) arm(Math.max(next === Infinity ? t + 1 : next, t + 1) - t);
  };

  const arm = (delay: number) => {
    const at = timers.now() + delay;
    if (timer !== undefined && timerAt <= at) return;
    if (timer !== undefined) timers.clearTimeout(timer);
    timerAt = at;
    timer = timers.setTimeout(pump, Math.max(0, Math.ceil(delay)));
  };

  return {
    schedule<T>(chatKey: string, isGroup: boolean, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let lane = lanes.get(chatKey);
        if (!lane) lanes.set(chatKey, (lane = { jobs: [], isGroup }));
        lane.jobs.push(() => {
          inFlight++;
          new Promise<T>((run) => run(task()))
            .then(resolve, reject)
            .finally(() => {
              inFlight--;
              settle();
            });
        });
        waiting++;
        // The common case costs O(1): a chat with nothing waiting, within every limit, sends at once.
        const t = timers.now();
        const { at, by } = limiter.check(chatKey, isGroup, t);
        if (lane.jobs.length === 1 && by === null) dispatch(chatKey, lane, t);
        else arm(Math.max(at - t, 1));
      });
    },
    pause(chatKey, ms) {
      limiter.pause(chatKey, timers.now() + ms);
    },
    size: () => waiting + inFlight,
    drain(timeoutMs) {
      if (waiting === 0 && inFlight === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const t = setTimeout(() => resolve(false), timeoutMs);
        drained.push(() => {
          clearTimeout(t);
          resolve(true);
        });
      });
    },
  };
}

/** The Bot API methods that put a message into a chat (or change one): these take their turn in the queue. */
const QUEUED = new Set([
  "sendMessage", "sendPhoto", "sendDocument", "sendAudio", "sendVideo", "sendVoice", "sendAnimation", "sendSticker",
  "sendLocation", "sendContact", "sendPoll", "sendMediaGroup", "copyMessage", "forwardMessage",
  "editMessageText", "editMessageReplyMarkup", "editMessageCaption",
]);

export function sendQueueTransformer(queue: SendQueue, metrics?: Pick<Metrics, "rateLimited">): Transformer {
  return async (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!QUEUED.has(method) || (typeof chatId !== "number" && typeof chatId !== "string")) return prev(method, payload, signal);
    const key = String(chatId);
    const result = await queue.schedule(key, key.startsWith("-"), () => prev(method, payload, signal));
    // A 429: the chat is held back as long as Telegram asked, for the retry and for every other message to it.
    if (!result.ok && result.error_code === 429) {
      metrics?.rateLimited("telegram");
      queue.pause(key, Math.max(1, result.parameters?.retry_after ?? 1) * 1000);
    }
    return result;
  };
}
