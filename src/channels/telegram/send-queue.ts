import type { Transformer } from "grammy";

/**
 * One queue for everything the bot sends, so that a burst (the 08:00 reminders, a busy group) stays within
 * Telegram's published limits instead of hitting 429s: about 30 messages a second overall, one a second
 * into the same chat, twenty a minute into one group. Each chat has its own line (first in, first out);
 * the lines take turns, so one busy group does not hold up the others.
 */
export interface SendLimits {
  perSecond: number;
  perChatIntervalMs: number;
  groupPerMinute: number;
}

export const TELEGRAM_LIMITS: SendLimits = { perSecond: 30, perChatIntervalMs: 1000, groupPerMinute: 20 };

interface Lane {
  jobs: Array<() => void>;
  isGroup: boolean;
  lastAt: number;
  /** Start times of the group's recent messages (the last minute). */
  recent: number[];
}

export interface SendQueue {
  schedule<T>(chatKey: string, isGroup: boolean, task: () => Promise<T>): Promise<T>;
  /** Messages waiting for their turn, and being sent. */
  size(): number;
  /** Resolves when nothing waits and nothing is in flight, or after `timeoutMs`; true when drained. */
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

export function createSendQueue(limits: SendLimits = TELEGRAM_LIMITS, timers: QueueTimers = realTimers): SendQueue {
  const lanes = new Map<string, Lane>();
  const idleLanes = new Map<string, Lane>();
  const globalRecent: number[] = [];
  let waiting = 0;
  let inFlight = 0;
  let timer: unknown;
  let timerAt = Infinity;
  let drained: Array<() => void> = [];

  const settle = () => {
    if (waiting === 0 && inFlight === 0) {
      const waiters = drained;
      drained = [];
      for (const w of waiters) w();
    }
  };

  const readyAt = (lane: Lane, t: number): number => {
    let at = lane.lastAt + limits.perChatIntervalMs;
    if (lane.isGroup) {
      while (lane.recent.length > 0 && lane.recent[0]! <= t - 60_000) lane.recent.shift();
      if (lane.recent.length >= limits.groupPerMinute) at = Math.max(at, lane.recent[0]! + 60_000);
    }
    return at;
  };

  const pruneGlobal = (t: number) => {
    while (globalRecent.length > 0 && globalRecent[0]! <= t - 1000) globalRecent.shift();
  };

  const dispatch = (key: string, lane: Lane, t: number) => {
    const job = lane.jobs.shift()!;
    waiting--;
    lane.lastAt = t;
    if (lane.isGroup) lane.recent.push(t);
    globalRecent.push(t);
    lanes.delete(key);
    // A lane that just sent goes to the back of the turn order; an empty one is kept for its history.
    if (lane.jobs.length > 0) lanes.set(key, lane);
    else idleLanes.set(key, lane);
    job();
  };

  const pump = () => {
    timer = undefined;
    timerAt = Infinity;
    const t = timers.now();
    pruneGlobal(t);
    let next = Infinity;
    for (const [key, lane] of [...lanes]) {
      if (globalRecent.length >= limits.perSecond) {
        next = Math.min(next, globalRecent[0]! + 1000);
        break;
      }
      const at = readyAt(lane, t);
      if (at > t) {
        next = Math.min(next, at);
        continue;
      }
      dispatch(key, lane, t);
      if (lane.jobs.length > 0) next = Math.min(next, readyAt(lane, t));
    }
    if (lanes.size > 0) arm(Math.max(next, t + 1) - t);
    pruneIdle(t);
  };

  const arm = (delay: number) => {
    const at = timers.now() + delay;
    if (timer !== undefined && timerAt <= at) return;
    if (timer !== undefined) timers.clearTimeout(timer);
    timerAt = at;
    timer = timers.setTimeout(pump, Math.max(0, Math.ceil(delay)));
  };

  /** Lanes idle for over a minute hold no limit any more: forget them, so memory follows active chats only. */
  let lastPrune = 0;
  const pruneIdle = (t: number) => {
    if (t - lastPrune < 60_000) return;
    lastPrune = t;
    for (const [key, lane] of idleLanes) if (lane.lastAt <= t - 60_000) idleLanes.delete(key);
  };

  return {
    schedule<T>(chatKey: string, isGroup: boolean, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const lane = lanes.get(chatKey) ?? idleLanes.get(chatKey) ?? { jobs: [], isGroup, lastAt: -Infinity, recent: [] };
        idleLanes.delete(chatKey);
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
        if (!lanes.has(chatKey)) lanes.set(chatKey, lane);
        // The common case costs O(1): a chat with nothing waiting, within every limit, sends at once.
        const t = timers.now();
        pruneGlobal(t);
        const at = Math.max(readyAt(lane, t), globalRecent.length >= limits.perSecond ? globalRecent[0]! + 1000 : -Infinity);
        if (lane.jobs.length === 1 && at <= t) dispatch(chatKey, lane, t);
        else arm(Math.max(at - t, 1));
      });
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

export function sendQueueTransformer(queue: SendQueue): Transformer {
  return (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!QUEUED.has(method) || (typeof chatId !== "number" && typeof chatId !== "string")) return prev(method, payload, signal);
    const key = String(chatId);
    return queue.schedule(key, key.startsWith("-"), () => prev(method, payload, signal));
  };
}
