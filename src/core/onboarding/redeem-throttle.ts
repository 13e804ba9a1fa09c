/**
 * Wrong invite codes are throttled, per person and per chat: a code is 24 random characters, so guessing is
 * hopeless, but each try costs a database lookup and, on Zalo, a message of the month's quota. After `count`
 * failed tries within `windowMs` the next one is refused unread until the oldest of them leaves the window.
 * A right code is never held back by someone else's failures in another chat.
 */
export interface AttemptLimit {
  count: number;
  windowMs: number;
}

export const REDEEM_LIMITS = {
  perPerson: { count: 5, windowMs: 15 * 60_000 },
  /** A group where several people try: more room, still bounded. */
  perChat: { count: 10, windowMs: 15 * 60_000 },
} as const satisfies Record<string, AttemptLimit>;

/** The failed tries still inside the window, oldest first. */
export function recentFailures(failures: readonly number[], limit: AttemptLimit, nowMs: number): number[] {
  return failures.filter((at) => at > nowMs - limit.windowMs && at <= nowMs);
}

/** How long until one more try is allowed (0: now). */
export function waitBeforeTry(failures: readonly number[], limit: AttemptLimit, nowMs: number): number {
  const recent = recentFailures(failures, limit, nowMs);
  if (recent.length < limit.count) return 0;
  return recent[recent.length - limit.count]! + limit.windowMs - nowMs;
}
