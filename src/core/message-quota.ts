import { localDate, parseLocalDate, vnDate, vnInstant } from "./local-date.js";

/**
 * The rules of a monthly message budget (Zalo's free plan: 3.000 messages, then 429), as pure functions of the
 * month's count: no clock, no storage. src/app/outbound/monthly-quota.ts keeps the count; these decide what it means.
 *
 * At 80% the secretariat is warned; from 95% only overdue alerts and escalations go out (replies to questions
 * wait for the next month, or go to the person's Telegram); a 429 or the full count closes the month.
 */
export type QuotaLevel = "normal" | "warning" | "urgent_only" | "exhausted";

/** A notice the secretariat gets once a month: at 80%, at 95%, and when the month is closed. */
export type QuotaNotice = "warning" | "urgent_only" | "exhausted";

export type QuotaDecision = { ok: true } | { ok: false; reason: "urgent_only" | "exhausted"; detail: string };

export interface QuotaThresholds {
  limit: number;
  /** Fractions of the limit (0.8 and 0.95 by default). */
  warnAt: number;
  urgentAt: number;
}

/** What a budget knows of a month: its count and why it was closed, if it was. */
export interface QuotaCount {
  month: string;
  used: number;
  exhausted: string | null;
}

/** Overdue alerts, escalations and the budget's own notices: what may still go out from 95%. */
export function isUrgentKind(kind: string | undefined): boolean {
  return kind !== undefined && /^(overdue|escalat|zalo_quota)/.test(kind);
}

export function levelOf(count: QuotaCount, t: QuotaThresholds): QuotaLevel {
  if (count.exhausted !== null || count.used >= t.limit) return "exhausted";
  if (count.used >= t.urgentAt * t.limit) return "urgent_only";
  return count.used >= t.warnAt * t.limit ? "warning" : "normal";
}

/**
 * May `parts` messages of this kind go out? A refusal may also close the month (the count reached the limit)
 * or call for the 95% notice; the caller records both.
 */
export function decide(count: QuotaCount, kind: string | undefined, parts: number, t: QuotaThresholds): { decision: QuotaDecision; close?: string; notice?: QuotaNotice } {
  if (count.exhausted !== null) return { decision: { ok: false, reason: "exhausted", detail: count.exhausted } };
  if (count.used >= t.limit) {
    const detail = `${count.used}/${t.limit} messages used in ${count.month}`;
    return { decision: { ok: false, reason: "exhausted", detail }, close: detail, notice: "exhausted" };
  }
  if (count.used + parts > t.urgentAt * t.limit && !isUrgentKind(kind)) {
    const detail = `${count.used}/${t.limit} messages used in ${count.month}: only overdue alerts and escalations are sent`;
    return { decision: { ok: false, reason: "urgent_only", detail }, notice: "urgent_only" };
  }
  return { decision: { ok: true } };
}

/**
 * The notices the count has earned, in order; the caller skips those already sent. Once the month is closed,
 * only the closing one: Zalo is shut then and it says all there is to say. It is listed so that a closing
 * notice whose recording failed is claimed again (until it is recorded, other processes and a restart see
 * the month open).
 */
export function thresholdNotices(count: QuotaCount, t: QuotaThresholds): QuotaNotice[] {
  if (count.exhausted !== null) return ["exhausted"];
  const notices: QuotaNotice[] = [];
  if (count.used >= t.warnAt * t.limit) notices.push("warning");
  if (count.used >= t.urgentAt * t.limit) notices.push("urgent_only");
  return notices;
}

/** The month (Vietnam time) an instant falls in: "2023-07", and its bounds as instants. */
export function monthRange(now: Date): { month: string; from: Date; to: Date } {
  const { year, month } = parseLocalDate(vnDate(now));
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return { month: localDate(year, month, 1).slice(0, 7), from: vnInstant(localDate(year, month, 1)), to: vnInstant(localDate(next.year, next.month, 1)) };
}
