/**
 * The statutory public holidays (Labour Code 2019, art. 112(1)) and the Vietnamese names the bot shows for
 * days off. Kinds are stable identifiers; names are what officials read, so they stay in Vietnamese.
 */
export type HolidayKind = "new-year" | "tet" | "hung-kings" | "reunification" | "labour-day" | "national-day";

export type HolidayName =
  | "Tết Dương lịch"
  | "Tết Nguyên đán"
  | "Giỗ Tổ Hùng Vương"
  | "Ngày Giải phóng miền Nam"
  | "Ngày Quốc tế Lao động"
  | "Ngày Quốc khánh"
  | "Nghỉ bù"
  | "Nghỉ hoán đổi";

export const HOLIDAY_KINDS: readonly HolidayKind[] = [
  "new-year", "tet", "hung-kings", "reunification", "labour-day", "national-day",
];

export const HOLIDAY_NAMES: Readonly<Record<HolidayKind, HolidayName>> = {
  "new-year": "Tết Dương lịch",
  tet: "Tết Nguyên đán",
  "hung-kings": "Giỗ Tổ Hùng Vương",
  reunification: "Ngày Giải phóng miền Nam",
  "labour-day": "Ngày Quốc tế Lao động",
  "national-day": "Ngày Quốc khánh",
};

/** A holiday that fell on a weekly rest day, taken on the next working day (Labour Code art. 111(3)). */
export const COMPENSATORY_DAY: HolidayName = "Nghỉ bù";

/** A working day swapped for a make-up Saturday ("làm bù") to join a break; civil servants only. */
export const SWAPPED_DAY: HolidayName = "Nghỉ hoán đổi";
