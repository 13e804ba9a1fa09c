/**
 * Pacing for a platform's published send limits, so that a burst (the 08:00 reminders) goes out as fast as
 * allowed and 429s stay rare. Telegram: 30 messages a second overall, 1 a second into one chat, 20 a minute
 * into one group. Each limit is a rolling window ("at most `count` messages in any `windowMs`"), the
 * strictest reading of the limits: a token bucket of the same rate would allow a double burst at a window
 * edge. Pure time arithmetic: the caller passes the time, so tests and the benchmark run on a virtual clock.
 * One limiter paces one process; several bot processes sharing a token should each get a share of the limits.
 */
export interface RateWindow {
  count: number;
  windowMs: number;
}

export interface RateLimits {
  overall: RateWindow;
  perChat: RateWindow;
  perGroup: RateWindow;
}

export const TELEGRAM_LIMITS: RateLimits = {
  overall: { count: 30, windowMs: 1000 },
  perChat: { count: 1, windowMs: 1000 },
  perGroup: { count: 20, windowMs: 60_000 },
};

export type LimitName = "overall" | "chat" | "group" | "retry_after";

export interface RateLimiter {
  /** The least time between two messages into one chat. */
  readonly chatIntervalMs: number;
  /** The earliest time (ms) a message to this chat may go, and the limit that holds it back (null: now). */
  check(chat: string, isGroup: boolean, nowMs: number): { at: number; by: LimitName | null };
  /** A message to this chat went out at nowMs. */
  record(chat: string, isGroup: boolean, nowMs: number): void;
  /** The platform answered 429 with retry_after: nothing more to this chat before untilMs. */
  pause(chat: string, untilMs: number): void;
  /** How many chats it keeps windows for (those in use; idle ones are forgotten). */
  chatsKept(): number;
}

/** The send times within one rolling window, oldest first; at most `count` are kept. */
class Window {
  private readonly times: number[] = [];
  constructor(private readonly limit: RateWindow) {}
  /** When the next message fits: once the oldest of the last `count` has left the window. */
  nextAt(nowMs: number): number {
    this.forgetFuture(nowMs);
    if (this.times.length < this.limit.count) return nowMs;
    return Math.max(nowMs, this.times[0]! + this.limit.windowMs);
  }
  add(nowMs: number): void {
    this.forgetFuture(nowMs);
    this.times.push(nowMs);
    if (this.times.length > this.limit.count) this.times.shift();
  }
  /**
   * The clock went back (NTP stepping it, a restored VM): send times "after" now say nothing about the
   * platform's window any more, and kept, they would hold every message back for the size of the jump.
   */
  private forgetFuture(nowMs: number): void {
    const last = this.times[this.times.length - 1];
    if (last !== undefined && last > nowMs) this.times.length = 0;
  }
  idleAt(nowMs: number): boolean {
    const last = this.times[this.times.length - 1];
    return last === undefined || last + this.limit.windowMs <= nowMs;
  }
}

export function createRateLimiter(limits: RateLimits = TELEGRAM_LIMITS): RateLimiter {
  const overall = new Window(limits.overall);
  const chats = new Map<string, { chat: Window; group: Window | null; pausedUntil: number }>();
  let recorded = 0;
  let lastNowMs = 0;
  const entry = (chat: string, isGroup: boolean) => {
    let found = chats.get(chat);
    if (!found) chats.set(chat, (found = { chat: new Window(limits.perChat), group: null, pausedUntil: 0 }));
    if (isGroup && !found.group) found.group = new Window(limits.perGroup);
    return found;
  };
  /** Chats idle for longer than every window are forgotten, so memory follows the chats in use. */
  const prune = (nowMs: number) => {
    for (const [chat, e] of chats) if (e.pausedUntil <= nowMs && e.chat.idleAt(nowMs) && (!e.group || e.group.idleAt(nowMs))) chats.delete(chat);
  };
  return {
    chatIntervalMs: Math.ceil(limits.perChat.windowMs / limits.perChat.count),
    check(chat, isGroup, nowMs) {
      lastNowMs = nowMs;
      const e = chats.get(chat);
      const candidates: Array<[number, LimitName]> = [[overall.nextAt(nowMs), "overall"]];
      if (e) {
        candidates.push([e.chat.nextAt(nowMs), "chat"], [Math.max(nowMs, e.pausedUntil), "retry_after"]);
        if (isGroup && e.group) candidates.push([e.group.nextAt(nowMs), "group"]);
      }
      let at = nowMs;
      let by: LimitName | null = null;
      for (const [time, name] of candidates) {
        if (time > at) [at, by] = [time, name];
      }
      return { at, by };
    },
    record(chat, isGroup, nowMs) {
      const e = entry(chat, isGroup);
      overall.add(nowMs);
      e.chat.add(nowMs);
      e.group?.add(nowMs);
      lastNowMs = nowMs;
      if (++recorded % 1000 === 0) prune(nowMs);
    },
    pause(chat, untilMs) {
      const e = entry(chat, false);
      e.pausedUntil = Math.max(e.pausedUntil, untilMs);
      // Pauses alone (429s with nothing sent after them) must not keep every chat either.
      if (++recorded % 1000 === 0) prune(lastNowMs);
    },
    chatsKept: () => chats.size,
  };
}
