/** Working-day calendar for Vietnamese government offices: lunar dates, public holidays, working days. */
export { type LunarDate, solarToLunar, lunarToSolar } from "./lunar.js";
export {
  type HolidayKind,
  type HolidayName,
  HOLIDAY_KINDS,
  HOLIDAY_NAMES,
  COMPENSATORY_DAY,
  SWAPPED_DAY,
} from "./holiday-kinds.js";
export { type AnnouncedDaysOff, type DaysOffData, type DaysOffRange, OFFICIAL_DAYS_OFF } from "./official-days-off.js";
export { type HolidayDay, publicHolidays, announcedWorkingSaturdays, isWeekend } from "./holidays.js";
export { type WorkingCalendar, createWorkingCalendar } from "./working-days.js";
