/**
 * Days off as the government announced them, per year. The Labour Code leaves the Tết days, the day next to
 * 2/9 and any swaps ("hoán đổi", with a make-up Saturday "làm bù" for civil servants) to a yearly decision,
 * so these override the computed defaults in holidays.ts holiday by holiday: a year that lists a range for a
 * holiday kind settles that kind; kinds it does not list are still computed.
 *
 * Ranges cover the whole announced break, weekend days included, so a reminder can name the break.
 * Notice numbers are those quoted by the press and ministry/provincial portals; the texts were not read.
 * Add a year when the notice comes out (usually in November for the next Tết and Quốc khánh).
 */
import type { LocalDate } from "../local-date.js";
import type { HolidayKind, HolidayName } from "./holiday-kinds.js";

export interface DaysOffRange {
  /** The statutory holiday this range belongs to; listing it stops the computed default for that kind. */
  holiday: HolidayKind;
  from: LocalDate;
  to: LocalDate; // inclusive
  /** Defaults to the holiday's own name; set for "Nghỉ bù" and "Nghỉ hoán đổi" days. */
  name?: HolidayName;
}

export interface AnnouncedDaysOff {
  daysOff: readonly DaysOffRange[];
  /** Saturdays that become working days to pay back a swapped day ("làm bù"). */
  workingSaturdays: readonly LocalDate[];
  note?: string;
}

export type DaysOffData = Readonly<Record<number, AnnouncedDaysOff>>;

export const OFFICIAL_DAYS_OFF: DaysOffData = {
  2023: {
    note: "Tết and Quốc khánh: VPCP 8056/VPCP-KGVX of 01/12/2022. Other breaks follow from nghỉ bù alone.",
    daysOff: [
      // 1/1 was a Sunday: off Sat 31/12/2022 – Mon 2/1/2023, Monday being the nghỉ bù.
      { holiday: "new-year", from: "2022-12-31", to: "2023-01-01" },
      { holiday: "new-year", from: "2023-01-02", to: "2023-01-02", name: "Nghỉ bù" },
      // 29 tháng Chạp – mùng 5; the split between Tết days and nghỉ bù was not checked, so all are "Tết".
      { holiday: "tet", from: "2023-01-20", to: "2023-01-26" },
      // Giỗ Tổ (Sat) and 30/4 (Sun) fell on the weekend: nghỉ bù Tue 2/5 and Wed 3/5, no swap.
      { holiday: "hung-kings", from: "2023-04-29", to: "2023-04-29" },
      { holiday: "reunification", from: "2023-04-30", to: "2023-04-30" },
      { holiday: "labour-day", from: "2023-05-01", to: "2023-05-01" },
      { holiday: "hung-kings", from: "2023-05-02", to: "2023-05-02", name: "Nghỉ bù" },
      { holiday: "reunification", from: "2023-05-03", to: "2023-05-03", name: "Nghỉ bù" },
      // 2/9 was a Saturday: Fri 1/9 is the adjacent day, Mon 4/9 the nghỉ bù.
      { holiday: "national-day", from: "2023-09-01", to: "2023-09-03" },
      { holiday: "national-day", from: "2023-09-04", to: "2023-09-04", name: "Nghỉ bù" },
    ],
    workingSaturdays: [],
  },
  2024: {
    note: "Tết and Quốc khánh: VPCP 8662/VPCP-KGVX of 03/11/2023, Thông báo 5015/TB-LĐTBXH of 22/11/2023. "
      + "30/4–1/5 swap: VPCP 2450/VPCP-KGVX of 12/4/2024.",
    daysOff: [
      { holiday: "new-year", from: "2024-01-01", to: "2024-01-01" },
      // 29 tháng Chạp – mùng 5: five Tết days, then two nghỉ bù for the Tết days on Sat 10/2 and Sun 11/2.
      { holiday: "tet", from: "2024-02-08", to: "2024-02-12" },
      { holiday: "tet", from: "2024-02-13", to: "2024-02-14", name: "Nghỉ bù" },
      { holiday: "hung-kings", from: "2024-04-18", to: "2024-04-18" },
      // Sat 27/4 – Wed 1/5: Monday 29/4 swapped with Saturday 4/5.
      { holiday: "reunification", from: "2024-04-27", to: "2024-04-28" },
      { holiday: "reunification", from: "2024-04-29", to: "2024-04-29", name: "Nghỉ hoán đổi" },
      { holiday: "reunification", from: "2024-04-30", to: "2024-04-30" },
      { holiday: "labour-day", from: "2024-05-01", to: "2024-05-01" },
      // Sat 31/8 – Tue 3/9: 2/9 (Mon) and the day after.
      { holiday: "national-day", from: "2024-08-31", to: "2024-09-03" },
    ],
    workingSaturdays: ["2024-05-04"],
  },
  2025: {
    note: "VPCP 8726/VPCP-KGVX of 26/11/2024 (Tết, 30/4–1/5, Quốc khánh), announced by the Labour ministry's "
      + "Thông báo 6150 (2024).",
    daysOff: [
      { holiday: "new-year", from: "2025-01-01", to: "2025-01-01" },
      // Sat 25/1 – Sun 2/2 (26 tháng Chạp – mùng 5): five Tết days plus two weekends, no make-up day.
      { holiday: "tet", from: "2025-01-25", to: "2025-02-02" },
      // A Monday: nothing to announce, listed so the year reads complete.
      { holiday: "hung-kings", from: "2025-04-07", to: "2025-04-07" },
      // Wed 30/4 – Sun 4/5: Friday 2/5 swapped with Saturday 26/4 (before the break, not after).
      { holiday: "reunification", from: "2025-04-30", to: "2025-04-30" },
      { holiday: "labour-day", from: "2025-05-01", to: "2025-05-01" },
      { holiday: "labour-day", from: "2025-05-02", to: "2025-05-02", name: "Nghỉ hoán đổi" },
      { holiday: "labour-day", from: "2025-05-03", to: "2025-05-04" },
      // Sat 30/8 – Tue 2/9: 2/9 (Tue) and the day before.
      { holiday: "national-day", from: "2025-08-30", to: "2025-09-02" },
    ],
    workingSaturdays: ["2025-04-26"],
  },
  2026: {
    note: "Tết Dương lịch: VPCP 12729/VPCP-KGVX of 25/12/2025. Tết: approved Bộ Nội vụ proposal (notice number "
      + "not found). Giỗ Tổ, 30/4, 1/5 and 2/9 not announced here: computed. Bộ Nội vụ proposed (10/2025) off "
      + "29/8–2/9 swapping Mon 31/8 with Sat 22/8; approval not verified, so not listed.",
    daysOff: [
      // Thu 1/1 – Sun 4/1: Friday 2/1 swapped with Saturday 10/1.
      { holiday: "new-year", from: "2026-01-01", to: "2026-01-01" },
      { holiday: "new-year", from: "2026-01-02", to: "2026-01-02", name: "Nghỉ hoán đổi" },
      { holiday: "new-year", from: "2026-01-03", to: "2026-01-04" },
      // Sat 14/2 – Sun 22/2 (27 tháng Chạp – mùng 6): Tết days Mon 16/2 – Fri 20/2 between two weekends.
      { holiday: "tet", from: "2026-02-14", to: "2026-02-22" },
    ],
    workingSaturdays: ["2026-01-10"],
  },
};
