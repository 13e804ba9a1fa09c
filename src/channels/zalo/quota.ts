import type { Clock } from "../../core/clock.js";
import { decide, levelOf, monthRange, thresholdNotices, type QuotaCount, type QuotaDecision, type QuotaLevel, type QuotaNotice, type QuotaThresholds } from "../../core/message-quota.js";
import type { QuotaCounterStore, StoredQuotaMonth } from "../../db/stores/quota-usage-store.js";
import { inMemoryQuotaStore } from "./quota-store.js";

export { isUrgentKind, monthRange, type QuotaDecision, type QuotaLevel } from "../../core/message-quota.js";
export { inMemoryQuotaStore } from "./quota-store.js";
export type { QuotaCounterStore } from "../../db/stores/quota-usage-store.js";

export interface QuotaEvent {
  type: QuotaNotice;
  month: string;
  used: number;
  limit: number;
  detail?: string;
}

/**
 * The Zalo bot's monthly budget (rules in quota-policy.ts), counted in a row that outlives the process
 * (quota-store.ts). Nothing here retries: a closed budget answers at once.
 *
 * Flush policy: a reply must not wait for a database write, so record() only counts in memory and the count is
 * added to the row (one atomic `used = used + n`) after `flushEvery` messages, `flushAfterMs` after the first
 * unwritten one, at a month's end and at flush() (the channel's stop). The price: a crash loses at most that
 * many messages from the count (Zalo's own 429 remains the last word), and another process sees this one's
 * messages only once written (each re-reads the row every `refreshMs`). Notices are claimed in the row, so
 * each goes out once a month, whichever process crosses the threshold, and a closed month stays closed.
 */
export interface QuotaBudget {
  permit(kind: string | undefined, parts?: number): Promise<QuotaDecision>;
  record(parts?: number): void;
  markExhausted(detail: string): void;
  status(): Promise<{ month: string; used: number; limit: number; level: QuotaLevel }>;
  /** Writes what is counted in memory and waits for the notices being claimed (at stop; tests). */
  flush(): Promise<void>;
}

export interface QuotaOptions {
  limit: number;
  clock: Clock;
  store?: QuotaCounterStore;
  onEvent?: (event: QuotaEvent) => void;
  /** A background write or claim that failed (the count stays in memory and is written with the next flush). */
  onError?: (error: unknown) => void;
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
  const running = new Set<Promise<unknown>>();
  let state: MonthState | undefined;
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

  const checkThresholds = (s: MonthState) => thresholdNotices(count(s), t).forEach((n) => notice(s, n));

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
    }
    checkThresholds(s);
  }

  function scheduleWrite(): void {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (state && state.pending > 0) track(write(state));
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
      }
      return s;
    }
    if (s && s.pending > 0) track(write(s)); // last month's count goes to last month's row
    if (loading?.month !== range.month) {
      const promise = store.openMonth(range.month, range).then((row) => {
        const fresh: MonthState = { month: range.month, stored: 0, writing: 0, pending: 0, exhausted: null, noticed: new Set(), syncedAt: 0 };
        absorb(fresh, row);
        state = fresh;
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
      if (!s || s.exhausted !== null) return;
      s.exhausted = detail;
      notice(s, "exhausted", detail);
    },
    async status() {
      const s = await current();
      return { month: s.month, used: count(s).used, limit: t.limit, level: levelOf(count(s), t) };
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (state && state.pending > 0) track(write(state));
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
