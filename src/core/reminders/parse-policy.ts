/**
 * Reads a reminder policy from configuration: any subset of the fields, the rest from DEFAULT_POLICY. Values
 * are checked here so that a typo in a config file fails at start-up rather than as silence on a deadline.
 */
import { DEFAULT_POLICY, type ReminderPolicy, type WallClock } from "./policy.js";
import { minuteOfDay, parseClockTime } from "./wall-clock.js";

export type PolicyResult = { ok: true; policy: ReminderPolicy } | { ok: false; error: string };

/** About a working year; larger counts are certainly mistakes and would only bloat candidate lookups. */
const MAX_WORKING_DAYS = 250;

class PolicyError extends Error {}

export function parsePolicy(input: unknown): PolicyResult {
  try {
    return { ok: true, policy: checkedPolicy(input ?? {}) };
  } catch (error) {
    if (error instanceof PolicyError) return { ok: false, error: error.message };
    throw error;
  }
}

function checkedPolicy(input: unknown): ReminderPolicy {
  const raw = record(input, "policy");
  rejectUnknownKeys(raw, DEFAULT_POLICY, "policy");
  const d = DEFAULT_POLICY;
  const sendAt = wallClock(raw.sendAt, d.sendAt, "sendAt");
  const hours = record(raw.workingHours ?? d.workingHours, "workingHours");
  rejectUnknownKeys(hours, d.workingHours, "workingHours");
  const workingHours = {
    start: clockText(hours.start ?? d.workingHours.start, "workingHours.start"),
    end: clockText(hours.end ?? d.workingHours.end, "workingHours.end"),
  };
  const digestRaw = record(raw.digest ?? d.digest, "digest");
  rejectUnknownKeys(digestRaw, d.digest, "digest");
  const digest = {
    weekday: integer(digestRaw.weekday ?? d.digest.weekday, "digest.weekday", 0, 6),
    ...wallClock({ hour: digestRaw.hour ?? d.digest.hour, minute: digestRaw.minute ?? d.digest.minute }, d.digest, "digest"),
  };
  const policy: ReminderPolicy = {
    beforeDays: beforeDays(raw.beforeDays ?? d.beforeDays),
    overdueFirstAfter: integer(raw.overdueFirstAfter ?? d.overdueFirstAfter, "overdueFirstAfter", 1, MAX_WORKING_DAYS),
    overdueEvery: integer(raw.overdueEvery ?? d.overdueEvery, "overdueEvery", 1, MAX_WORKING_DAYS),
    overdueMaxDays: integer(raw.overdueMaxDays ?? d.overdueMaxDays, "overdueMaxDays", 1, MAX_WORKING_DAYS),
    escalateToHeadAfter: integer(raw.escalateToHeadAfter ?? d.escalateToHeadAfter, "escalateToHeadAfter", 1, MAX_WORKING_DAYS),
    escalateToSecretariatAfter: integer(
      raw.escalateToSecretariatAfter ?? d.escalateToSecretariatAfter, "escalateToSecretariatAfter", 1, MAX_WORKING_DAYS,
    ),
    catchUpMaxDays: integer(raw.catchUpMaxDays ?? d.catchUpMaxDays, "catchUpMaxDays", 0, MAX_WORKING_DAYS),
    sendAt,
    workingHours,
    digest,
  };
  checkConsistency(policy);
  return policy;
}

function checkConsistency(policy: ReminderPolicy): void {
  if (policy.overdueMaxDays < policy.overdueFirstAfter) {
    throw new PolicyError("overdueMaxDays must not be less than overdueFirstAfter");
  }
  // The head is asked to act before the case goes over the unit's head to the secretariat.
  if (policy.escalateToSecretariatAfter <= policy.escalateToHeadAfter) {
    throw new PolicyError("escalateToSecretariatAfter must be greater than escalateToHeadAfter");
  }
  const start = parseClockTime(policy.workingHours.start) ?? 0;
  const end = parseClockTime(policy.workingHours.end) ?? 0;
  if (start >= end) throw new PolicyError("workingHours.start must be before workingHours.end");
  // A send time in quiet hours would hold every reminder until the next day's window opens.
  for (const [name, time] of [["sendAt", policy.sendAt], ["digest", policy.digest]] as const) {
    const minute = minuteOfDay(time);
    if (minute < start || minute >= end) throw new PolicyError(`${name} must fall within workingHours`);
  }
}

function beforeDays(value: unknown): number[] {
  if (!Array.isArray(value)) throw new PolicyError("beforeDays must be a list of working-day counts");
  const days = value.map((day, i) => integer(day, `beforeDays[${i}]`, 0, MAX_WORKING_DAYS));
  if (new Set(days).size !== days.length) throw new PolicyError("beforeDays must not repeat a day");
  return days.sort((a, b) => b - a);
}

function wallClock(value: unknown, fallback: WallClock, name: string): WallClock {
  const raw = record(value ?? fallback, name);
  rejectUnknownKeys(raw, fallback, name);
  return {
    hour: integer(raw.hour ?? fallback.hour, `${name}.hour`, 0, 23),
    minute: integer(raw.minute ?? fallback.minute, `${name}.minute`, 0, 59),
  };
}

function clockText(value: unknown, name: string): string {
  if (typeof value !== "string" || parseClockTime(value) === null) {
    throw new PolicyError(`${name} must be a time "HH:MM"`);
  }
  return value;
}

function integer(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new PolicyError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function record(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PolicyError(`${name} must be an object`);
  }
  return value as Record<string, unknown>;
}

function rejectUnknownKeys(raw: Record<string, unknown>, known: object, name: string): void {
  const unknown = Object.keys(raw).find((key) => !Object.hasOwn(known, key));
  if (unknown !== undefined) throw new PolicyError(`${name} has no setting "${unknown}"`);
}
