/**
 * New deadlines as officials type them: 15/8, 15/8/2023, 15-8-23, 15.08.2023, "15 tháng 8", "15 tháng 8 năm 2023",
 * "cuối tháng 8". A date without a year is in today's year; a new deadline must be a real day after today.
 */
import { daysInMonth, isLocalDate, localDate, parseLocalDate, type LocalDate } from "../local-date.js";
import type { DeadlineInput } from "./types.js";

export interface DateMatch {
  input: DeadlineInput;
  /** Offsets in the text searched; end is exclusive. */
  start: number;
  end: number;
}

// Matched on folded text (no diacritics), at a word start; not part of a longer number or a document number.
const NUMERIC = /(?<![\p{L}\p{N}/.-])(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}|\d{2}))?(?![\p{L}\p{N}]|[/.-]\p{N})/gu;
const IN_WORDS = /(?<![\p{L}\p{N}])(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:nam|,)\s*(\d{4}))?(?![\p{L}\p{N}])/gu;
const END_OF_MONTH = /(?<![\p{L}\p{N}])cuoi\s+thang\s+(\d{1,2})(?:\s*(?:nam|[/,])\s*(\d{4}))?(?![\p{L}\p{N}])/gu;

/** Every date in the folded text at or after `from`, in order; `original` (same offsets) gives the text as typed. */
export function findDates(folded: string, from: number, today: LocalDate, original: string = folded): DateMatch[] {
  const found: DateMatch[] = [];
  for (const pattern of [NUMERIC, IN_WORDS, END_OF_MONTH]) {
    pattern.lastIndex = from;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const endOfMonth = pattern === END_OF_MONTH;
      const day = endOfMonth ? 0 : Number(m[1]);
      const month = Number(endOfMonth ? m[1] : m[2]);
      const yearText = endOfMonth ? m[2] : m[3];
      const text = original.slice(m.index, m.index + m[0].length).trim();
      found.push({ input: resolveDate(day, month, yearText, today, text), start: m.index, end: m.index + m[0].length });
    }
  }
  // "ngày 15 tháng 8" is also found by nothing else; overlapping finds keep the earliest.
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((d, i) => i === 0 || d.start >= sorted[i - 1]!.end);
}

/** Day 0 means the last day of the month ("cuối tháng 8"). */
export function resolveDate(day: number, month: number, yearText: string | undefined, today: LocalDate, text: string): DeadlineInput {
  const thisYear = parseLocalDate(today).year;
  const year = yearText === undefined ? thisYear : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (month < 1 || month > 12) return { ok: false, problem: "invalid", text };
  const date = localDate(year, month, day === 0 ? daysInMonth(year, month) : day);
  if (!isLocalDate(date)) return { ok: false, problem: "invalid", text };
  if (date <= today) return { ok: false, problem: "not_after_today", text, date };
  return { ok: true, date, text };
}
