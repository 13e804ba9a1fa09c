import { describe, expect, it } from "vitest";
import { inMemorySendBudget, MAX_HELD_CHATS } from "../../../src/app/outbound/send-budget.js";

const tg = (chatKey: string, isGroup = false) => ({ channel: "telegram", chatKey, isGroup });

/** The in-memory send budget: check-and-count in one step, on plain millisecond numbers. */
describe("the in-memory send budget", () => {
  it("counts a message when it says 'now', and says how long to wait otherwise without counting", async () => {
    const budget = inMemorySendBudget();
    expect(await budget.take(tg("1"), 1000)).toBe(0);
    // Telegram's 1,1 s a chat (the margin under one a second): asked again at once, 1.100 ms to wait.
    expect(await budget.take(tg("1"), 1000)).toBe(1100);
    expect(await budget.take(tg("1"), 1500)).toBe(600);
    expect(await budget.take(tg("1"), 2100)).toBe(0);
  });

  it("keeps 27 in any 1,1 s overall across chats", async () => {
    const budget = inMemorySendBudget();
    for (let i = 0; i < 27; i++) expect(await budget.take(tg(`c${i}`), 5000)).toBe(0);
    expect(await budget.take(tg("c27"), 5000)).toBe(1100);
    // A second later is not enough: the burst may still be arriving in Telegram's second.
    expect(await budget.take(tg("c27"), 6000)).toBe(100);
    expect(await budget.take(tg("c27"), 6100)).toBe(0);
  });

  it("holds a chat for a retry_after, on channels with and without limits", async () => {
    const budget = inMemorySendBudget();
    await budget.hold(tg("9"), 4000);
    expect(await budget.take(tg("9"), 1000)).toBe(3000);
    expect(await budget.take(tg("8"), 1000)).toBe(0);
    const zalo = { channel: "zalo", chatKey: "z", isGroup: false };
    expect(await budget.take(zalo, 1000)).toBe(0);
    expect(await budget.take(zalo, 1000)).toBe(0);
    await budget.hold(zalo, 2500);
    expect(await budget.take(zalo, 1000)).toBe(1500);
    expect(await budget.take(zalo, 2500)).toBe(0);
  });

  it("keeps a bounded number of chats: holds that ran out are dropped, and at most MAX_HELD_CHATS otherwise", async () => {
    const budget = inMemorySendBudget();
    const zalo = (chatKey: string) => ({ channel: "zalo", chatKey, isGroup: false });
    // 30.000 chats held (a flood of 429s) and never asked again: the oldest go past the bound.
    for (let i = 0; i < 30_000; i++) await budget.hold(zalo(`z${i}`), 60_000);
    expect(budget.chatsKept()).toBeLessThanOrEqual(MAX_HELD_CHATS);
    // The most recent hold is still honoured.
    expect(await budget.take(zalo("z29999"), 1000)).toBe(59_000);
    // Once they ran out, the next holds sweep them away.
    await budget.take(zalo("other"), 61_000);
    for (let i = 0; i < 1000; i++) await budget.hold(zalo(`y${i}`), 62_000);
    expect(budget.chatsKept()).toBeLessThanOrEqual(1000);
  });

  it("forgets Telegram chats paused by a retry_after once the pause and their windows are over", async () => {
    const budget = inMemorySendBudget();
    for (let i = 0; i < 5000; i++) await budget.hold(tg(`p${i}`), 10_000);
    expect(await budget.take(tg("p1"), 5000)).toBe(5000);
    // 61 s later (past the group window too), pauses of other chats trigger the sweep.
    expect(await budget.take(tg("late"), 71_000)).toBe(0);
    for (let i = 0; i < 1000; i++) await budget.hold(tg(`q${i}`), 72_000);
    expect(budget.chatsKept()).toBeLessThanOrEqual(1001);
  });
});
