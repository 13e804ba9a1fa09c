/**
 * The one road out: every platform call that puts a message into a chat (answers, prompts, edits, reminders)
 * goes through the outbound queue of its channel. It holds, once for every channel:
 * - order within a chat: one call at a time per chat, first in, first out;
 * - concurrency across chats: each chat has its own line, so a slow or failing chat never holds up others;
 * - the platform's limits, counted by the send budget (a port: in memory, or shared between instances);
 * - retry_after: a 429 holds the chat for as long as the platform asked, for the retry and every other
 *   message to it;
 * - patience by kind of message: an answer waits out 429s and 5xx within a bound and is sent; a reminder is
 *   handed back at once (its durable outbox tries again later and sends other chats meanwhile).
 * The channel says what a platform answer means (`judge`); the queue decides when to try and when to stop.
 */
import type { SendBudget, SendTarget, Turn } from "./send-budget.js";

export type Verdict = { kind: "ok" } | { kind: "retry_after"; ms: number } | { kind: "transient" } | { kind: "final" };

export interface SendPolicy {
  /** The longest a message may take in all (turns, retry_afters, retries) before the caller gets the failure. */
  patienceMs: number;
  /** The longest single wait for a turn; past it the message is handed back unsent (`held`). */
  maxTurnWaitMs: number;
  /** Try again after a 429 (within the patience). */
  retryRateLimited: boolean;
  /** 5xx and network errors tried again, after 1, 2, 4 … s (within the patience). */
  transientRetries: number;
}

/** An answer: waits up to a minute through 429s and a platform's bad seconds, then the caller says "busy". */
export const ANSWER_POLICY: SendPolicy = { patienceMs: 60_000, maxTurnWaitMs: 60_000, retryRateLimited: true, transientRetries: 3 };
/** A reminder: one try, waiting only for a short turn; the outbox requeues whatever comes back. */
export const REMINDER_POLICY: SendPolicy = { patienceMs: 5_000, maxTurnWaitMs: 2_000, retryRateLimited: false, transientRetries: 0 };

/** The platform's answer to the last try, or `held`: not tried, the chat's turn is this far off. */
export type QueueResult<T> = { value: T } | { heldMs: number };

export interface QueueClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface QueueEvents {
  /** The platform answered 429. */
  rateLimited?(channel: string): void;
  /** A call is made again (after a 429 or a transient failure). */
  retried?(channel: string): void;
}

export interface OutboundQueue {
  send<T>(target: SendTarget, policy: SendPolicy, attempt: () => Promise<T>, judge: (value: T) => Verdict): Promise<QueueResult<T>>;
  /** Calls waiting or in flight. */
  size(): number;
  /** Resolves true when nothing waits and nothing is in flight, false after `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean>;
}

export const realClock: QueueClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The next turn: kept ahead where the budget can keep one, else now or "ask again after". */
async function turnOf(budget: SendBudget, target: SendTarget, clock: QueueClock, maxWaitMs: number): Promise<Turn> {
  if (budget.reserve) return budget.reserve(target, () => clock.now(), Math.max(0, maxWaitMs));
  const wait = await budget.take(target, clock.now());
  return { waitMs: wait, counted: wait === 0 };
}

export function createOutboundQueue(budget: SendBudget, clock: QueueClock = realClock, events: QueueEvents = {}): OutboundQueue {
  const lanes = new Map<string, Promise<unknown>>();
  let pending = 0;
  let drained: Array<() => void> = [];

  async function run<T>(target: SendTarget, policy: SendPolicy, attempt: () => Promise<T>, judge: (value: T) => Verdict): Promise<QueueResult<T>> {
    const deadline = clock.now() + policy.patienceMs;
    let transient = 0;
    for (let tries = 0; ; tries++) {
      const now = clock.now();
      const turn = await turnOf(budget, target, clock, Math.min(policy.maxTurnWaitMs, deadline - now));
      if (!turn.counted) {
        const wait = Math.max(1, turn.waitMs);
        if (wait > policy.maxTurnWaitMs || now + wait > deadline) return { heldMs: wait };
        await clock.sleep(wait);
        continue;
      }
      // A place kept ahead (a shared budget's reservation): it is this message's, sent when it comes.
      if (turn.waitMs > 0) await clock.sleep(turn.waitMs);
      if (tries > 0) events.retried?.(target.channel);
      let value: T;
      try {
        value = await attempt();
      } catch (error) {
        // A network error: the same as a 5xx, but there is no answer to hand back when giving up.
        if (!(await retryTransient())) throw error;
        continue;
      }
      const verdict = judge(value);
      if (verdict.kind === "ok" || verdict.kind === "final") return { value };
      if (verdict.kind === "retry_after") {
        events.rateLimited?.(target.channel);
        const until = clock.now() + verdict.ms;
        await budget.hold(target, until);
        if (!policy.retryRateLimited || until > deadline) return { value };
        continue; // the next take waits the hold out
      }
      if (!(await retryTransient())) return { value };
    }

    async function retryTransient(): Promise<boolean> {
      const delay = 1000 * 2 ** transient;
      if (transient >= policy.transientRetries || clock.now() + delay > deadline) return false;
      transient++;
      await clock.sleep(delay);
      return true;
    }
  }

  const settle = () => {
    if (pending > 0) return;
    const waiters = drained;
    drained = [];
    for (const w of waiters) w();
  };

  return {
    send(target, policy, attempt, judge) {
      const key = `${target.channel}:${target.chatKey}`;
      pending++;
      const previous = lanes.get(key) ?? Promise.resolve();
      const mine = previous.then(() => run(target, policy, attempt, judge));
      const tail = mine.catch(() => undefined).finally(() => {
        pending--;
        if (lanes.get(key) === tail) lanes.delete(key);
        settle();
      });
      lanes.set(key, tail);
      return mine;
    },
    size: () => pending,
    drain(timeoutMs) {
      if (pending === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        drained.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}
