import { describe, expect, it } from "vitest";
import { createRateLimiter, TELEGRAM_LIMITS } from "../../../src/app/reminders/rate-limiter.js";

/** Telegram's published limits as rolling windows, on plain millisecond numbers. */
describe("rate limiter", () => {
  it("lets 30 messages a second through overall, the 31st a second after the first", () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 30; i++) {
      expect(limiter.check(`chat-${i}`, false, 1000 + i).by).toBeNull();
      limiter.record(`chat-${i}`, false, 1000 + i);
    }
    expect(limiter.check("chat-30", false, 1030)).toEqual({ at: 2000, by: "overall" });
    expect(limiter.check("chat-30", false, 2000)).toEqual({ at: 2000, by: null });
  });

  it("one message a second into one chat", () => {
    const limiter = createRateLimiter();
    limiter.record("a", false, 0);
    expect(limiter.check("a", false, 400)).toEqual({ at: 1000, by: "chat" });
    expect(limiter.check("b", false, 400).by).toBeNull();
    expect(limiter.check("a", false, 1000).by).toBeNull();
  });

  it("twenty messages a minute into one group", () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 20; i++) limiter.record("group", true, i * 1000);
    expect(limiter.check("group", true, 20_000)).toEqual({ at: 60_000, by: "group" });
    expect(limiter.check("group", true, 60_000).by).toBeNull();
  });

  it("holds a chat back until retry_after has passed", () => {
    const limiter = createRateLimiter();
    limiter.pause("a", 9000);
    expect(limiter.check("a", false, 5000)).toEqual({ at: 9000, by: "retry_after" });
    expect(limiter.check("a", false, 9000).by).toBeNull();
  });

  it("forgets idle chats, so memory follows the chats in use", () => {
    const limiter = createRateLimiter({ ...TELEGRAM_LIMITS, overall: { count: 1_000_000, windowMs: 1000 } });
    for (let i = 0; i < 5000; i++) limiter.record(`chat-${i}`, false, i * 10);
    // Recent chats are still remembered after the pruning that ran on the way.
    expect(limiter.check("chat-4999", false, 49_995).by).toBe("chat");
  });
});
