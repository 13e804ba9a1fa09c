import { describe, expect, it } from "vitest";
import { createSendQueue, type QueueTimers } from "../../../src/channels/telegram/send-queue.js";

/** A clock and timers the test moves by hand: the queue's schedule is checked to the millisecond. */
function manualTimers() {
  let now = 0;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;
  const api: QueueTimers = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      await Promise.resolve();
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > end) break;
      timers = timers.slice(1);
      now = due.at;
      due.fn();
    }
    now = end;
    await new Promise((r) => setImmediate(r));
  };
  return { api, advance, now: () => now };
}

describe("the send queue", () => {
  it("sends at once when a chat has nothing waiting", async () => {
    const t = manualTimers();
    const queue = createSendQueue(undefined, t.api);
    const sent: number[] = [];
    void queue.schedule("1", false, async () => sent.push(t.now()));
    await t.advance(0);
    expect(sent).toEqual([0]);
  });

  it("spaces messages into one chat a second apart", async () => {
    const t = manualTimers();
    const queue = createSendQueue(undefined, t.api);
    const sent: number[] = [];
    for (let i = 0; i < 3; i++) void queue.schedule("7", false, async () => sent.push(t.now()));
    await t.advance(5000);
    expect(sent).toEqual([0, 1000, 2000]);
  });

  it("keeps 30 a second overall across many chats", async () => {
    const t = manualTimers();
    const queue = createSendQueue(undefined, t.api);
    const sent: number[] = [];
    for (let i = 0; i < 100; i++) void queue.schedule(`c${i}`, false, async () => sent.push(t.now()));
    await t.advance(5000);
    expect(sent).toHaveLength(100);
    for (let start = 0; start < 4000; start += 100) {
      expect(sent.filter((at) => at >= start && at < start + 1000).length).toBeLessThanOrEqual(30);
    }
    expect(sent.filter((at) => at < 1000)).toHaveLength(30);
  });

  it("keeps 20 a minute in one group", async () => {
    const t = manualTimers();
    const queue = createSendQueue(undefined, t.api);
    const sent: number[] = [];
    for (let i = 0; i < 25; i++) void queue.schedule("-100123", true, async () => sent.push(t.now()));
    await t.advance(120_000);
    expect(sent).toHaveLength(25);
    expect(sent.filter((at) => at < 60_000)).toHaveLength(20);
    expect(sent[20]).toBe(60_000);
  });

  it("lets other chats go while one group waits", async () => {
    const t = manualTimers();
    const queue = createSendQueue(undefined, t.api);
    const sent: string[] = [];
    for (let i = 0; i < 3; i++) void queue.schedule("-1", true, async () => sent.push("group"));
    void queue.schedule("5", false, async () => sent.push("private"));
    await t.advance(0);
    expect(sent).toEqual(["group", "private"]);
  });

  it("holds a chat back after a 429", async () => {
    const t = manualTimers();
    const queue = createSendQueue(undefined, t.api);
    const sent: number[] = [];
    void queue.schedule("9", false, async () => sent.push(t.now()));
    await t.advance(0);
    queue.pause("9", 5000);
    void queue.schedule("9", false, async () => sent.push(t.now()));
    await t.advance(10_000);
    expect(sent).toEqual([0, 5000]);
  });

  it("passes results and errors through and drains", async () => {
    const queue = createSendQueue({ overall: { count: 1000, windowMs: 1000 }, perChat: { count: 1000, windowMs: 1000 }, perGroup: { count: 1000, windowMs: 1000 } });
    await expect(queue.schedule("1", false, async () => 42)).resolves.toBe(42);
    await expect(queue.schedule("1", false, async () => Promise.reject(new Error("403")))).rejects.toThrow("403");
    await expect(queue.schedule("1", false, () => { throw new Error("sync"); })).rejects.toThrow("sync");
    expect(await queue.drain(100)).toBe(true);
    expect(queue.size()).toBe(0);
  });
});
