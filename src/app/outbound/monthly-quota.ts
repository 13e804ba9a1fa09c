import type { Clock } from "../../core/clock.js";
import { decide, levelOf, monthRange, thresholdNotices, type QuotaCount, type QuotaDecision, type QuotaLevel, type QuotaNotice, type QuotaThresholds } from "../../core/message-quota.js";
import type { QuotaCounterStore, StoredQuotaMonth } from "./monthly-quota-store.js";
import { inMemoryQuotaStore } from "./monthly-quota-memory.js";

export { isUrgentKind, monthRange, type QuotaDecision, type QuotaLevel } from "../../core/message-quota.js";
export { inMemoryQuotaStore } from "./monthly-quota-memory.js";
export type { QuotaCounterStore } from "./monthly-quota-store.js";

export interface QuotaEvent {
  type: QuotaNotice;
  month: string;
  used: number;
  limit: number;
  detail?: string;
}

/**
 * The Zalo bot's monthly budget (the rules are in src/core/message-quota.ts), counted in a row that outlives
 * the process (the QuotaUsage table, src/db/stores/quota-usage-store.ts; monthly-quota-memory.ts is the in-memory
 * stand-in for a bot without a database). Nothing here retries a send: a closed budget answers at once.
 *
 * Flush policy: a reply must not wait for a database write, so record() only counts in memory and the count is
 * added to the row (one atomic `used = used + n`) after `flushEvery` messages, `flushAfterMs` after the first
 * unwritten one, at a month's end and at flush() (the channel's stop). The price: a crash loses at most that
 * many messages from the count (Zalo's own 429 remains the last word), and another process sees this one's
 * messages only once written (each re-reads the row every `refreshMs`). Notices are claimed in the row, so
 * each goes out once a month, whichever process crosses the threshold, and a closed month stays closed. A
 * claim that fails is made again at the next permit(), record() or flush(): until the closing notice is
 * recorded, the row is not closed and other processes (and this one after a restart) would send on Zalo.
 */
export interface QuotaBudget {
  permit(kind: string | undefined, parts?: number): Promise<QuotaDecision>;
  record(parts?: number): void;
  markExhausted(detail: string): void;
  status(): Promise<{ month: string; used: number; limit: number; level: QuotaLevel }>;
  /**
   * Writes what is counted in memory (a failed write once more, after a pause), claims a notice whose claim
   * failed, and waits for the claims (at stop; tests).
   */
  flush(): Promise<void>;
}

export interface QuotaOptions {
  limit: number;
  clock: Clock;
  store?: QuotaCounterStore;
  onEvent?: (event: QuotaEvent) => void;
  /** A background write or claim that failed (the count stays in memory and is written with the next flush). */
  onError?: (error: unknown) => void;
  /**
   * Messages a flush could not write even when it tried again: at the channel's stop, the row is short by
   * that many (they are still in memory, and a later flush writes them if the process goes on).
   */
  onUnwritten?: (unwritten: { month: string; count: number }) => void;
  /** The pause before a flush tries a failed write again (a locked SQLite file, a dropped connection). */
  flushRetryMs?: number;
  warnAt?: number;
  urgentAt?: number;
  flushEvery?: number;
  flushAfterMs?: number;
  refreshMs?: number;
  /** Milliseconds for the flush timing: the process's own time, not the clock the bot answers "as of". */
  ticks?: () => number;
}

interface MonthState {
  month: string;
  /** The shared count as last read from or written to the row. */
  stored: number;
  /** Being added to the row right now. */
  writing: number;
  /** Sent by this process, not written yet. */
  pending: number;
  exhausted: string | null;
  /** Notices sent, by any process, or being claimed by this one. */
  noticed: Set<QuotaNotice>;
  syncedAt: number;
}

export function createQuotaBudget(options: QuotaOptions): QuotaBudget {
  const { clock } = options;
  const store = options.store ?? inMemoryQuotaStore();
  const t: QuotaThresholds = { limit: options.limit, warnAt: options.warnAt ?? 0.8, urgentAt: options.urgentAt ?? 0.95 };
  const flushEvery = options.flushEvery ?? 10;
  const flushAfterMs = options.flushAfterMs ?? 5_000;
  const refreshMs = options.refreshMs ?? 30_000;
  const ticks = options.ticks ?? Date.now;
  const flushRetryMs = options.flushRetryMs ?? 250;
  const running = new Set<Promise<unknown>>();
  let state: MonthState | undefined;
  /**
   * Months that are over but still hold a count not written: a record() that came in after the old month's
   * last write but before the new month was loaded, or a write that failed. Written with the current month's.
   */
  const earlier = new Set<MonthState>();
  let loading: { month: string; promise: Promise<MonthState> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const count = (s: MonthState): QuotaCount => ({ month: s.month, used: s.stored + s.writing + s.pending, exhausted: s.exhausted });
  const track = (work: Promise<unknown>) => {
    const tracked = work.catch((error: unknown) => options.onError?.(error)).finally(() => running.delete(tracked));
    running.add(tracked);
  };

  function absorb(s: MonthState, row: StoredQuotaMonth): void {
    // Rows written concurrently may come back out of order: the count only grows.
    s.stored = Math.max(s.stored, row.used);
    s.exhausted ??= row.exhausted;
    for (const notice of row.noticed) s.noticed.add(notice);
    s.syncedAt = ticks();
  }

  function notice(s: MonthState, type: QuotaNotice, detail?: string): void {
    if (s.noticed.has(type)) return;
    s.noticed.add(type);
    const event: QuotaEvent = { type, month: s.month, used: count(s).used, limit: t.limit, ...(detail ? { detail } : {}) };
    const claim = store.claimNotice(s.month, type, clock.now(), detail).then(
      (claimed) => (claimed ? options.onEvent?.(event) : undefined),
      (error: unknown) => {
        s.noticed.delete(type); // claimed again when the count is next checked
        throw error;
      },
    );
    track(claim);
  }

  /**
   * Sends the notices the count has earned and no process has sent, a closing one whose claim failed included.
   * Only for the month in force: last month's count, written after it ended, announces nothing.
   */
  function checkThresholds(s: MonthState): void {
    if (s.month !== monthRange(clock.now()).month) return;
    for (const n of thresholdNotices(count(s), t)) notice(s, n, n === "exhausted" ? (s.exhausted ?? undefined) : undefined);
  }

  async function write(s: MonthState): Promise<void> {
    const n = s.pending;
    s.pending = 0;
    s.writing += n;
    try {
      absorb(s, await store.add(s.month, n));
    } catch (error) {
      s.pending += n;
      throw error;
    } finally {
      s.writing -= n;
      if (s !== state && s.pending === 0 && s.writing === 0) earlier.delete(s);
    }
    checkThresholds(s);
  }

  /** The months holding a count not written yet: the current one and any earlier one left over. */
  const unwritten = () => [...(state ? [state] : []), ...earlier].filter((s) => s.pending > 0);
  const writeAll = () => unwritten().forEach((s) => track(write(s)));
  const settle = async () => {
    while (running.size > 0) await Promise.all([...running]);
  };

  function scheduleWrite(): void {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      writeAll();
    }, flushAfterMs);
    timer.unref?.();
  }

  async function current(): Promise<MonthState> {
    const range = monthRange(clock.now());
    const s = state;
    if (s?.month === range.month) {
      if (ticks() - s.syncedAt > refreshMs) {
        s.syncedAt = ticks(); // one refresh at a time; a failed one is tried again after refreshMs
        track(write(s));
        for (const e of earlier) if (e.pending > 0) track(write(e));
      }
      return s;
    }
    if (s && s.pending > 0) track(write(s)); // last month's count goes to last month's row
    if (loading?.month !== range.month) {
      const seed = { from: range.from, to: range.to, at: clock.now(), announced: (used: number) => thresholdNotices({ month: range.month, used, exhausted: null }, t) };
      const promise = store.openMonth(range.month, seed).then((row) => {
        const fresh: MonthState = { month: range.month, stored: 0, writing: 0, pending: 0, exhausted: null, noticed: new Set(), syncedAt: 0 };
        absorb(fresh, row);
        const previous = state;
        state = fresh;
        if (previous && previous !== fresh) {
          // Messages recorded while this month loaded went to the old month's state: written to its row.
          if (previous.pending > 0 || previous.writing > 0) earlier.add(previous);
          if (previous.pending > 0) track(write(previous));
        }
        checkThresholds(fresh);
        return fresh;
      });
      loading = { month: range.month, promise };
      promise.catch(() => (loading = loading?.promise === promise ? undefined : loading));
    }
    return loading!.promise;
  }

  return {
    async permit(kind, parts = 1) {
      const s = await current();
      const { decision, close, notice: due } = decide(count(s), kind, parts, t);
      if (close) s.exhausted = close;
      if (due) notice(s, due, close);
      checkThresholds(s); // a closed month whose closing notice could not be recorded: claimed again
      return decision;
    },
    record(parts = 1) {
      const s = state;
      if (!s) return;
      s.pending += parts;
      checkThresholds(s);
      if (s.pending >= flushEvery) track(write(s));
      else scheduleWrite();
    },
    markExhausted(detail) {
      const s = state;
      if (!s) return;
      s.exhausted ??= detail; // the first reason stands; a closing notice not recorded yet is claimed again
      checkThresholds(s);
    },
    async status() {
      const s = await current();
      return { month: s.month, used: count(s).used, limit: t.limit, level: levelOf(count(s), t) };
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (state) checkThresholds(state); // a notice whose claim failed
      writeAll();
      await settle();
      if (unwritten().length === 0) return;
      // At the channel's stop this is the last chance to write: once more, after a pause.
      await new Promise((resolve) => setTimeout(resolve, flushRetryMs));
      writeAll();
      await settle();
      for (const s of unwritten()) options.onUnwritten?.({ month: s.month, count: s.pending });
    },
  };
}
