/**
 * A virtual clock for code that runs several things at once (the dispatcher's chats, the outbound queue's
 * lines): `sleep` waits in virtual time, and time moves on only when nothing is running, that is when every
 * piece of work is asleep and no tracked call (a database query, a send) is in flight. Time then jumps to the
 * earliest waker. Virtual durations thus count waits (limits, retry_after, latency), never the machine's speed.
 */
export interface VirtualTime {
  nowMs(): number;
  now(): Date;
  sleep(ms: number): Promise<void>;
  /** Wraps an object's async methods so that time stands still while one of their calls is in flight. */
  track<T extends object>(target: T): T;
}

export function virtualTime(startMs: number): VirtualTime {
  let now = startMs;
  let seq = 0;
  let inFlight = 0;
  const sleepers: Array<{ at: number; seq: number; wake: () => void }> = [];
  let pumping = false;

  const idle = () => new Promise<void>((resolve) => setImmediate(resolve));
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      for (;;) {
        // Let every continuation run, twice over, before deciding that nothing is running.
        await idle();
        await idle();
        if (inFlight > 0) continue;
        if (sleepers.length === 0) return;
        sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq);
        const next = sleepers.shift()!;
        now = Math.max(now, next.at);
        next.wake();
      }
    } finally {
      pumping = false;
    }
  };

  const vt: VirtualTime = {
    nowMs: () => now,
    now: () => new Date(now),
    sleep(ms) {
      return new Promise<void>((wake) => {
        sleepers.push({ at: now + Math.max(0, ms), seq: seq++, wake });
        void pump();
      });
    },
    track(target) {
      return new Proxy(target, {
        get(object, key, receiver) {
          const value = Reflect.get(object, key, receiver) as unknown;
          if (typeof value !== "function") return value;
          return (...args: unknown[]) => {
            const out = (value as (...a: unknown[]) => unknown).apply(object, args);
            if (!(out instanceof Promise)) return out;
            inFlight++;
            return out.finally(() => {
              inFlight--;
              void pump();
            });
          };
        },
      });
    },
  };
  return vt;
}
