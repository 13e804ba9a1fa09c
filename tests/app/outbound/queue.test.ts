import { describe, expect, it } from "vitest";
import { ANSWER_POLICY, createOutboundQueue, REMINDER_POLICY, type QueueClock, type Verdict } from "../../../src/app/outbound/queue.js";
import { inMemorySendBudget } from "../../../src/app/outbound/send-budget.js";
import { TELEGRAM_LIMITS } from "../../../src/app/reminders/rate-limiter.js";

/** A clock the test moves by hand: sleeps resolve in time order, so the queue's schedule is checked to the millisecond. */
function manualClock() {
  let now = 0;
  let sleepers: Array<{ at: number; wake: () => void; seq: number }> = [];
  let seq = 0;
  const clock: QueueClock = {
    now: () => now,
    sleep: (ms) => new Promise<void>((wake) => sleepers.push({ at: now + ms, wake, seq: seq++ })),
  };
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      await settle();
      sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const due = sleepers[0];
      if (!due || due.at > end) break;
      sleepers = sleepers.slice(1);
      now = due.at;
      due.wake();
    }
    now = end;
    await settle();
  };
  return { clock, advance, now: () => now };
}

const telegram = () => inMemorySendBudget(new Map([["telegram", TELEGRAM_LIMITS]]));
const chat = (chatKey: string, isGroup = chatKey.startsWith("-")) => ({ channel: "telegram", chatKey, isGroup });
const ok = (): Verdict => ({ kind: "ok" });

describe("the outbound queue", () => {
  it("sends at once when a chat has nothing waiting, and one a second into the same chat", async () => {
    const t = manualClock();
    const queue = createOutboundQueue(telegram(), t.clock);
    const sent: number[] = [];
    for (let i = 0; i < 3; i++) void queue.send(chat("7"), ANSWER_POLICY, async () => sent.push(t.now()), ok);
    await t.advance(5000);
    expect(sent).toEqual([0, 1000, 2000]);
  });

  it("keeps 30 a second overall across many chats", async () => {
    const t = manualClock();
    const queue = createOutboundQueue(telegram(), t.clock);
    const sent: number[] = [];
    for (let i = 0; i < 100; i++) void queue.send(chat(`c${i}`), ANSWER_POLICY, async () => sent.push(t.now()), ok);
    await t.advance(5000);
    expect(sent).toHaveLength(100);
    for (let start = 0; start < 4000; start += 100) expect(sent.filter((at) => at >= start && at < start + 1000).length).toBeLessThanOrEqual(30);
    expect(sent.filter((at) => at < 1000)).toHaveLength(30);
  });

  it("keeps 20 a minute in one group", async () => {
    const t = manualClock();
    const queue = createOutboundQueue(telegram(), t.clock);
    const sent: number[] = [];
    for (let i = 0; i < 25; i++) void queue.send(chat("-100123"), { ...ANSWER_POLICY, patienceMs: 300_000 }, async () => sent.push(t.now()), ok);
    await t.advance(120_000);
    expect(sent).toHaveLength(25);
    expect(sent.filter((at) => at < 60_000)).toHaveLength(20);
    expect(sent[20]).toBe(60_000);
  });

  it("a slow chat holds up no other chat, and its own messages stay in order", async () => {
    const t = manualClock();
    const queue = createOutboundQueue(telegram(), t.clock);
    const log: string[] = [];
    // The first message to chat 1 takes 5 s to be answered (a slow connection); the second must not overtake it.
    void queue.send(chat("1"), ANSWER_POLICY, async () => (await t.clock.sleep(5000), log.push(`1a@${t.now()}`)), ok);
    void queue.send(chat("1"), ANSWER_POLICY, async () => log.push(`1b@${t.now()}`), ok);
    void queue.send(chat("2"), ANSWER_POLICY, async () => log.push(`2@${t.now()}`), ok);
    await t.advance(10_000);
    expect(log).toEqual(["2@0", "1a@5000", "1b@5000"]);
  });

  it("an answer waits out retry_after and is sent; the chat is held for everything else too", async () => {
    const t = manualClock();
    const queue = createOutboundQueue(telegram(), t.clock);
    const tries: number[] = [];
    const answers = ["429", "429", "ok"];
    const result = queue.send(chat("9"), ANSWER_POLICY, async () => (tries.push(t.now()), answers.shift()!), (v) => (v === "ok" ? ok() : { kind: "retry_after", ms: 3000 }));
    await t.advance(10_000);
    expect(await result).toEqual({ value: "ok" });
    expect(tries).toEqual([0, 3000, 6000]);
  });

  it("an answer gives up after its patience and hands back the platform's last answer", async () => {
    const t = manualClock();
    const queue = createOutboundQueue(telegram(), t.clock);
    let tries = 0;
    const result = queue.send(chat("9"), ANSWER_POLICY, async () => (tries++, "429"), () => ({ kind: "retry_after", ms: 20_000 }));
    await t.advance(120_000);
    expect(await result).toEqual({ value: "429" });
    // Tried at 0, 20, 40 and 60 s; the next retry_after would end past the minute.
    expect(tries).toBe(4);
  });

  it("a reminder is tried once: a 429 comes back at once, and a far turn is handed back untried", async () => {
    const t = manualClock();
    const budget = telegram();
    const queue = createOutboundQueue(budget, t.clock);
    let tries = 0;
    const first = queue.send(chat("5"), REMINDER_POLICY, async () => (tries++, "429"), () => ({ kind: "retry_after", ms: 30_000 }));
    await t.advance(0);
    expect(await first).toEqual({ value: "429" });
    const second = queue.send(chat("5"), REMINDER_POLICY, async () => (tries++, "ok"), ok);
    await t.advance(0);
    expect(await second).toEqual({ heldMs: 30_000 });
    expect(tries).toBe(1);
  });

  it("5xx and network errors: an answer is tried again after 1, 2 and 4 s; a reminder is not", async () => {
    const t = manualClock();
    const queue = createOutboundQueue(telegram(), t.clock);
    const tries: number[] = [];
    const answer = queue.send(chat("3"), ANSWER_POLICY, async () => {
      tries.push(t.now());
      if (tries.length === 1) throw new Error("ECONNRESET");
      return tries.length < 4 ? "502" : "ok";
    }, (v) => (v === "ok" ? ok() : { kind: "transient" }));
    await t.advance(20_000);
    expect(await answer).toEqual({ value: "ok" });
    expect(tries).toEqual([0, 1000, 3000, 7000]);

    const reminder = queue.send(chat("4"), REMINDER_POLICY, async () => "502", () => ({ kind: "transient" }));
    await t.advance(0);
    expect(await reminder).toEqual({ value: "502" });
    const lost = queue.send(chat("4"), REMINDER_POLICY, async () => Promise.reject(new Error("ECONNRESET")), ok);
    const caught = lost.catch((e: Error) => e.message);
    await t.advance(2000);
    expect(await caught).toBe("ECONNRESET");
  });

  it("passes results through and drains", async () => {
    const queue = createOutboundQueue(inMemorySendBudget(new Map()));
    await expect(queue.send(chat("1"), ANSWER_POLICY, async () => 42, ok)).resolves.toEqual({ value: 42 });
    await expect(queue.send(chat("1"), ANSWER_POLICY, async () => 403, () => ({ kind: "final" }))).resolves.toEqual({ value: 403 });
    expect(await queue.drain(100)).toBe(true);
    expect(queue.size()).toBe(0);
  });
});
