import type { Clock } from "../../core/clock.js";
import { localDate, parseLocalDate, vnDate, vnInstant } from "../../core/local-date.js";

/**
 * The monthly message budget of a Zalo bot (free plan: 3.000 messages a month; 429 once it is used up).
 * Every message part sent counts. At 80% the secretariat is warned (once, when the count crosses it); from
 * 95% only overdue alerts and escalations go out; a 429 or the full count closes Zalo sending until the
 * month (Vietnam time) ends. Nothing here retries: a closed budget answers at once.
 */
export type QuotaLevel = "normal" | "warning" | "urgent_only" | "exhausted";

export interface QuotaEvent {
  type: "warning" | "urgent_only" | "exhausted";
  month: string;
  used: number;
  limit: number;
  detail?: string;
}

export type QuotaDecision = { ok: true } | { ok: false; reason: "urgent_only" | "exhausted"; detail: string };

/** Where the count of earlier sends comes from: the process itself knows only what it sent since it started. */
export interface QuotaCounterStore {
  /** Messages already sent on Zalo in [from, to) (e.g. Delivery rows with channel "zalo", status "sent"). */
  countSent(from: Date, to: Date): Promise<number>;
}

export function inMemoryQuotaStore(sentBefore = 0): QuotaCounterStore {
  return { countSent: async () => sentBefore };
}

/** Overdue alerts, escalations and the budget's own notices: what may still go out from 95%. */
export function isUrgentKind(kind: string | undefined): boolean {
  return kind !== undefined && /^(overdue|escalat|zalo_quota)/.test(kind);
}

export interface QuotaBudget {
  permit(kind: string | undefined, parts?: number): Promise<QuotaDecision>;
  record(parts?: number): void;
  markExhausted(detail: string): void;
  status(): Promise<{ month: string; used: number; limit: number; level: QuotaLevel }>;
}

export interface QuotaOptions {
  limit: number;
  clock: Clock;
  store?: QuotaCounterStore;
  onEvent?: (event: QuotaEvent) => void;
  warnAt?: number;
  urgentAt?: number;
}

interface MonthState {
  month: string;
  base: number;
  counted: number;
  exhausted: string | undefined;
  emitted: Set<QuotaEvent["type"]>;
}

export function monthRange(now: Date): { month: string; from: Date; to: Date } {
  const { year, month } = parseLocalDate(vnDate(now));
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return { month: localDate(year, month, 1).slice(0, 7), from: vnInstant(localDate(year, month, 1)), to: vnInstant(localDate(next.year, next.month, 1)) };
}

export function createQuotaBudget(options: QuotaOptions): QuotaBudget {
  const { limit, clock } = options;
  const store = options.store ?? inMemoryQuotaStore();
  const warnAt = options.warnAt ?? 0.8;
  const urgentAt = options.urgentAt ?? 0.95;
  let state: MonthState | undefined;
  let loading: Promise<MonthState> | undefined;

  const levelOf = (s: MonthState): QuotaLevel => {
    const used = s.base + s.counted;
    if (s.exhausted !== undefined || used >= limit) return "exhausted";
    if (used >= urgentAt * limit) return "urgent_only";
    return used >= warnAt * limit ? "warning" : "normal";
  };
  const emit = (s: MonthState, type: QuotaEvent["type"], detail?: string) => {
    if (s.emitted.has(type)) return;
    s.emitted.add(type);
    options.onEvent?.({ type, month: s.month, used: s.base + s.counted, limit, ...(detail ? { detail } : {}) });
  };
  const current = async (): Promise<MonthState> => {
    const range = monthRange(clock.now());
    if (state?.month === range.month) return state;
    if (!loading) {
      loading = store.countSent(range.from, range.to).then((base) => {
        const fresh: MonthState = { month: range.month, base, counted: 0, exhausted: undefined, emitted: new Set() };
        // Thresholds crossed before this process started were reported by the process that crossed them.
        const level = levelOf(fresh);
        if (level !== "normal") fresh.emitted.add("warning");
        if (level === "urgent_only" || level === "exhausted") fresh.emitted.add("urgent_only");
        state = fresh;
        loading = undefined;
        return fresh;
      }, (error: unknown) => {
        loading = undefined;
        throw error;
      });
    }
    return loading;
  };

  return {
    async permit(kind, parts = 1) {
      const s = await current();
      const used = s.base + s.counted;
      if (s.exhausted !== undefined) return { ok: false, reason: "exhausted", detail: s.exhausted };
      if (used >= limit) {
        s.exhausted = `${used}/${limit} messages used in ${s.month}`;
        emit(s, "exhausted", s.exhausted);
        return { ok: false, reason: "exhausted", detail: s.exhausted };
      }
      if (used + parts > urgentAt * limit && !isUrgentKind(kind)) {
        emit(s, "urgent_only");
        return { ok: false, reason: "urgent_only", detail: `${used}/${limit} messages used in ${s.month}: only overdue alerts and escalations are sent` };
      }
      return { ok: true };
    },
    record(parts = 1) {
      const s = state;
      if (!s) return;
      s.counted += parts;
      const level = levelOf(s);
      if (level !== "normal") emit(s, "warning");
      if (level === "urgent_only" || level === "exhausted") emit(s, "urgent_only");
    },
    markExhausted(detail) {
      const s = state;
      if (!s || s.exhausted !== undefined) return;
      s.exhausted = detail;
      emit(s, "exhausted", detail);
    },
    async status() {
      const s = await current();
      return { month: s.month, used: s.base + s.counted, limit, level: levelOf(s) };
    },
  };
}
