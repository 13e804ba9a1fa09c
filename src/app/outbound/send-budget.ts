/**
 * The send budget: may a message go into this chat now, within the platform's limits (overall, per chat, per
 * group) and any retry_after the platform gave? The outbound queue asks it before every platform call; it is
 * the only place those limits are counted, for answers and reminders alike.
 *
 * A port, kept narrow on purpose so that it can live elsewhere than in this process: the in-memory budget
 * below paces one process; a database-backed one (issue #15) shares the limits between instances behind one
 * bot token. What an implementation must guarantee:
 * - `take` is check-and-count in one step: 0 means "send now", and the message is already counted (two
 *   callers never both get 0 for the last place in a window); a positive number means "nothing was counted,
 *   ask again after this many ms". It never blocks for the wait itself: the caller sleeps.
 * - `hold` records a platform's retry_after: `take` answers > 0 for that chat until `untilMs`.
 * - Times are wall-clock milliseconds since the epoch (Date.now() or a test's clock), so instances agree.
 * - A channel the budget has no limits for is never held back (the console; Zalo, whose limit is a monthly
 *   quota counted elsewhere) except by `hold`.
 */
import { LRUCache } from "lru-cache";
import { createRateLimiter, type RateLimiter, type RateLimits } from "../reminders/rate-limiter.js";

export interface SendTarget {
  channel: string;
  /** The platform's chat id, as text. */
  chatKey: string;
  /** Groups have a limit of their own (Telegram: 20 a minute). */
  isGroup: boolean;
}

/** A turn the budget gave: send after `waitMs`; `counted` when the place is already kept for this message. */
export interface Turn {
  waitMs: number;
  counted: boolean;
}

export interface SendBudget {
  /** 0: send now (counted). > 0: nothing counted; ask again after this many ms. */
  take(target: SendTarget, nowMs: number): Promise<number>;
  /**
   * Optional: keeps the earliest place within `maxWaitMs` for this message (counted: the caller sleeps
   * `waitMs` and sends without asking again), or says how long until its chat can have one (not counted).
   * A budget shared through a database offers it so that each message costs one transaction however many
   * messages wait, instead of every waiting one asking again when a place frees up. `now` is read when the
   * place is kept (the caller's clock): a message may wait its turn to ask, and the wait is counted from then.
   */
  reserve?(target: SendTarget, now: () => number, maxWaitMs: number): Promise<Turn>;
  /** The platform answered 429 with retry_after: nothing more into this chat before untilMs. */
  hold(target: SendTarget, untilMs: number): Promise<void>;
}

/**
 * Telegram's published limits with a margin: Telegram counts in a rolling window on its side of the network,
 * so messages sent exactly 30 a second can arrive 31 in one of its seconds and come back 429. The margin is in
 * time as well as in count: places free up a window after the first of a burst was counted, and the burst's
 * messages reach Telegram some milliseconds after they were counted (the process finishing other work first,
 * the network), so a next burst counted exactly 1.000 ms later overlapped the last in Telegram's second and
 * three places of margin were not enough (tests/channels/telegram/burst.test.ts: 8 of 300 sends over the limit
 * in one CI run out of two, the first of a burst arriving 4 ms after it was counted). 27 in any 1,1 s is 24,5
 * a second.
 */
export const TELEGRAM_SEND_LIMITS: RateLimits = {
  overall: { count: 27, windowMs: 1100 },
  perChat: { count: 1, windowMs: 1100 },
  perGroup: { count: 19, windowMs: 60_000 },
};

/** The default limits by channel: Telegram's; the others have none to pace (see above). */
export const DEFAULT_SEND_LIMITS: ReadonlyMap<string, RateLimits> = new Map([["telegram", TELEGRAM_SEND_LIMITS]]);

/**
 * The chats without limits held by a retry_after that one process remembers: a hold is dropped once it has run
 * out, and past this many the least recently used goes first (at worst that chat's platform answers 429 again).
 */
export const MAX_HELD_CHATS = 10_000;

/** The in-memory budget, with how many chats it keeps anything for (a bound the tests check). */
export interface InMemorySendBudget extends SendBudget {
  chatsKept(): number;
}

/** One process's budget: rolling windows kept in memory, one limiter per channel. */
export function inMemorySendBudget(limits: ReadonlyMap<string, RateLimits> = DEFAULT_SEND_LIMITS, maxHeld = MAX_HELD_CHATS): InMemorySendBudget {
  const limiters = new Map<string, RateLimiter>([...limits].map(([channel, l]) => [channel, createRateLimiter(l)]));
  // Channels without limits still honour a retry_after.
  const holds = new LRUCache<string, number>({ max: maxHeld });
  let holdsSet = 0;
  let lastNowMs = 0;
  return {
    chatsKept: () => holds.size + [...limiters.values()].reduce((sum, l) => sum + l.chatsKept(), 0),
    async take(target, nowMs) {
      lastNowMs = nowMs;
      const limiter = limiters.get(target.channel);
      if (!limiter) {
        const key = `${target.channel}:${target.chatKey}`;
        const until = holds.get(key) ?? 0;
        if (until <= nowMs) holds.delete(key);
        return Math.max(0, until - nowMs);
      }
      const { at, by } = limiter.check(target.chatKey, target.isGroup, nowMs);
      if (by !== null) return Math.max(1, Math.ceil(at - nowMs));
      limiter.record(target.chatKey, target.isGroup, nowMs);
      return 0;
    },
    async hold(target, untilMs) {
      const limiter = limiters.get(target.channel);
      if (limiter) return limiter.pause(target.chatKey, untilMs);
      const key = `${target.channel}:${target.chatKey}`;
      // Holds that ran out are dropped now and then, so that chats never asked again do not stay.
      if (++holdsSet % 1000 === 0) for (const [k, until] of holds.entries()) if (until <= lastNowMs) holds.delete(k);
      holds.set(key, Math.max(holds.get(key) ?? 0, untilMs));
    },
  };
}
