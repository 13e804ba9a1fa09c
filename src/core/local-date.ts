/**
 * Calendar dates and instants in Vietnam time.
 *
 * Deadlines, holidays and KPI periods are calendar dates in Asia/Ho_Chi_Minh, not instants, so they travel
 * as ISO strings "YYYY-MM-DD". Vietnam has used UTC+7 without daylight saving since 1975, which lets the
 * core convert with plain arithmetic and stay free of time-zone libraries.
 */
export type LocalDate = string;

export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number;
}

export function isLocalDate(value: string): value is LocalDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month);
}

export function parseLocalDate(value: LocalDate): DateParts {
  const m = ISO_DATE.exec(value);
  if (!m) throw new RangeError(`not an ISO date: ${value}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for a calendar date; the basis of all date arithmetic here. */
export function epochDay(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromEpochDay(days: number): LocalDate {
  const d = new Date(days * DAY_MS);
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(epochDay(date) + days);
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return epochDay(to) - epochDay(from);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function dayOfWeek(date: LocalDate): number {
  return (((epochDay(date) + 4) % 7) + 7) % 7;
}

/** The calendar date in Vietnam at an instant. */
export function vnDate(instant: Date): LocalDate {
  return fromEpochDay(Math.floor((instant.getTime() + VN_OFFSET_MS) / DAY_MS));
}

/** Minutes since midnight in Vietnam at an instant. */
export function vnMinuteOfDay(instant: Date): number {
  const ms = (((instant.getTime() + VN_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  return Math.floor(ms / 60000);
}

/** The instant at a wall-clock time in Vietnam on a date. */
export function vnInstant(date: LocalDate, hour = 0, minute = 0): Date {
  return new Date(epochDay(date) * DAY_MS + (hour * 60 + minute) * 60000 - VN_OFFSET_MS);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
