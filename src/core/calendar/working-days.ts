/**
 * Working days of a government office: Monday to Friday, minus public holidays and announced days off, plus
 * announced make-up Saturdays. Reminder planning asks this many times per task, so each year is computed
 * once per calendar into a day-of-year table with running counts.
 */
import { type LocalDate, addDays, dayOfWeek, epochDay, fromEpochDay, localDate, parseLocalDate } from "../local-date.js";
import type { HolidayName } from "./holiday-kinds.js";
import { announcedWorkingSaturdays, publicHolidays } from "./holidays.js";
import { type DaysOffData, OFFICIAL_DAYS_OFF } from "./official-days-off.js";

export interface WorkingCalendar {
  isWorkingDay(date: LocalDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: LocalDate): LocalDate;
  /**
   * `n` working days after `date` (before it when negative), counting from the day after (before) `date`.
   * With `n = 0`: `date` itself if it is a working day, else the next working day, so "due in 0 working
   * days" on a holiday means the first day the office is open.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** Working days in (from, to]: strictly after `from`, up to and including `to`; negative when to < from. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
  /**
   * The holiday break a date belongs to ("Tết Nguyên đán", "Nghỉ bù", …), or null. Weekend days inside an
   * announced break carry the break's name; other weekends are null.
   */
  holidayName(date: LocalDate): HolidayName | null;
}

interface YearTable {
  firstDay: number; // epoch day of 1 January
  working: Uint8Array; // 1 on working days, by day of year
  /** workingUpTo[i]: working days from 1 January through day i of the year, inclusive. */
  workingUpTo: Int32Array;
  holidayNames: Map<LocalDate, HolidayName>;
}

/** `data` is read once per year and cached: treat it as immutable after handing it over. */
export function createWorkingCalendar(data: DaysOffData = OFFICIAL_DAYS_OFF): WorkingCalendar {
  const tables = new Map<number, YearTable>();
  const tableFor = (year: number): YearTable => {
    let table = tables.get(year);
    if (!table) tables.set(year, (table = buildYearTable(year, data)));
    return table;
  };
  /** The table of the date's year, the date's index in it and the working days from 1 January through it. */
  const locate = (date: LocalDate): { table: YearTable; upTo: number; index: number } => {
    const table = tableFor(parseLocalDate(date).year);
    const index = epochDay(date) - table.firstDay;
    return { table, upTo: table.workingUpTo[index] ?? 0, index };
  };
  const isWorkingDay = (date: LocalDate): boolean => {
    const { table, index } = locate(date);
    return table.working[index] === 1;
  };
  const step = (date: LocalDate, direction: 1 | -1): LocalDate => {
    let day = addDays(date, direction);
    while (!isWorkingDay(day)) day = addDays(day, direction);
    return day;
  };
  const yearTotal = (year: number): number => {
    const table = tableFor(year);
    return table.workingUpTo[table.workingUpTo.length - 1] ?? 0;
  };
  const workingDaysBetween = (from: LocalDate, to: LocalDate): number => {
    if (to < from) return -workingDaysBetween(to, from);
    const start = parseLocalDate(from).year;
    const end = parseLocalDate(to).year;
    let count = locate(to).upTo - locate(from).upTo;
    for (let year = start; year < end; year++) count += yearTotal(year);
    return count;
  };
  return {
    isWorkingDay,
    nextWorkingDay: (date) => step(date, 1),
    previousWorkingDay: (date) => step(date, -1),
    addWorkingDays(date, n) {
      if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
      if (n === 0) return isWorkingDay(date) ? date : step(date, 1);
      let day = date;
      for (let left = Math.abs(n); left > 0; left--) day = step(day, n > 0 ? 1 : -1);
      return day;
    },
    workingDaysBetween,
    holidayName: (date) => tableFor(parseLocalDate(date).year).holidayNames.get(date) ?? null,
  };
}

function buildYearTable(year: number, data: DaysOffData): YearTable {
  const firstDay = epochDay(localDate(year, 1, 1));
  const length = epochDay(localDate(year + 1, 1, 1)) - firstDay;
  const holidayNames = new Map(publicHolidays(year, data).map((day) => [day.date, day.name] as const));
  const makeUpSaturdays = new Set(announcedWorkingSaturdays(year, data));
  const working = new Uint8Array(length);
  const workingUpTo = new Int32Array(length);
  let count = 0;
  for (let index = 0; index < length; index++) {
    const date = fromEpochDay(firstDay + index);
    const weekday = dayOfWeek(date);
    const open = (weekday >= 1 && weekday <= 5) || makeUpSaturdays.has(date);
    if (open && !holidayNames.has(date)) {
      working[index] = 1;
      count++;
    }
    workingUpTo[index] = count;
  }
  return { firstDay, working, workingUpTo, holidayNames };
}
