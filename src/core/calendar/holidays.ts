/**
 * Public holidays of a year: the announced days off where the government has decided them, and the Labour
 * Code 2019 rules (art. 112, with art. 111(3) for nghỉ bù) for every holiday it has not.
 *
 * Computed defaults, used only for a holiday kind the year's announced data does not list:
 * - Tết Nguyên đán: the last day of the old lunar year plus mùng 1–4 (5 days). The Prime Minister picks the
 *   split each year (2024 and 2025 took two days before Tết, 2026 one); one-before-four-after is the
 *   commonest choice and keeps mùng 1–3 inside the break whatever the weekday.
 * - Quốc khánh: 2/9 plus the adjacent weekday (1/9 or 3/9) that touches a weekend, else 1/9. This reproduces
 *   every announcement since the Code took effect (2021: 3/9, 2022: 1/9, 2023: 1/9, 2024: 3/9, 2025: 1/9).
 * - A holiday on Saturday or Sunday adds a nghỉ bù on the next weekday that is not already off.
 * Swaps with make-up Saturdays are never computed: they exist only when announced.
 */
import { type LocalDate, addDays, dayOfWeek, localDate, parseLocalDate } from "../local-date.js";
import { COMPENSATORY_DAY, HOLIDAY_KINDS, HOLIDAY_NAMES, type HolidayKind, type HolidayName } from "./holiday-kinds.js";
import { lunarToSolar } from "./lunar.js";
import { type DaysOffData, OFFICIAL_DAYS_OFF } from "./official-days-off.js";

export interface HolidayDay {
  date: LocalDate;
  name: HolidayName;
  holiday: HolidayKind;
  source: "announced" | "computed";
}

export function isWeekend(date: LocalDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Every day off for a public holiday that falls in `year`, sorted by date. Pass `{}` to ignore announcements. */
export function publicHolidays(year: number, overrides: DaysOffData = OFFICIAL_DAYS_OFF): readonly HolidayDay[] {
  const byDate = new Map<LocalDate, HolidayDay>();
  for (const day of announcedDays(year, overrides)) if (!byDate.has(day.date)) byDate.set(day.date, day);
  const settled = new Set((overrides[year]?.daysOff ?? []).map((range) => range.holiday));
  const statutory = HOLIDAY_KINDS.filter((kind) => !settled.has(kind))
    .flatMap((kind) => statutoryDates(year, kind).map((date) => computed(date, kind, HOLIDAY_NAMES[kind])))
    .filter((day) => !byDate.has(day.date))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const day of statutory) byDate.set(day.date, day);
  for (const day of statutory) {
    if (!isWeekend(day.date)) continue;
    let substitute = addDays(day.date, 1);
    while (isWeekend(substitute) || byDate.has(substitute)) substitute = addDays(substitute, 1);
    byDate.set(substitute, computed(substitute, day.holiday, COMPENSATORY_DAY));
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Announced make-up Saturdays ("làm bù") that fall in `year`. */
export function announcedWorkingSaturdays(year: number, overrides: DaysOffData = OFFICIAL_DAYS_OFF): LocalDate[] {
  return neighbouringYears(year, overrides)
    .flatMap((entry) => entry.workingSaturdays)
    .filter((date) => parseLocalDate(date).year === year);
}

/** The statutory dates of one holiday kind before any nghỉ bù. */
function statutoryDates(year: number, kind: HolidayKind): LocalDate[] {
  switch (kind) {
    case "new-year":
      return [localDate(year, 1, 1)];
    case "tet": {
      const firstDay = lunarToSolar(year, 1, 1);
      return [-1, 0, 1, 2, 3].map((offset) => addDays(firstDay, offset));
    }
    case "hung-kings":
      return [lunarToSolar(year, 3, 10)];
    case "reunification":
      return [localDate(year, 4, 30)];
    case "labour-day":
      return [localDate(year, 5, 1)];
    case "national-day":
      return [localDate(year, 9, 2), nationalDayCompanion(year)].sort();
  }
}

function nationalDayCompanion(year: number): LocalDate {
  const before = localDate(year, 9, 1);
  const after = localDate(year, 9, 3);
  if (isWeekend(before)) return after;
  if (isWeekend(after)) return before;
  // Both weekdays: take the one that joins a weekend (Monday 1/9 or Friday 3/9), else the day before.
  return dayOfWeek(after) === 5 ? after : before;
}

function computed(date: LocalDate, holiday: HolidayKind, name: HolidayName): HolidayDay {
  return { date, name, holiday, source: "computed" };
}

/** Announced days in `year`, including breaks announced under a neighbouring year (31/12 before Tết Dương lịch). */
function announcedDays(year: number, overrides: DaysOffData): HolidayDay[] {
  const days: HolidayDay[] = [];
  for (const entry of neighbouringYears(year, overrides)) {
    for (const range of entry.daysOff) {
      const name = range.name ?? HOLIDAY_NAMES[range.holiday];
      for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
        if (parseLocalDate(date).year === year) days.push({ date, name, holiday: range.holiday, source: "announced" });
      }
    }
  }
  return days;
}

function neighbouringYears(year: number, overrides: DaysOffData) {
  return [overrides[year - 1], overrides[year], overrides[year + 1]].filter((entry) => entry !== undefined);
}
