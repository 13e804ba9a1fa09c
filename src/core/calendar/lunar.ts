/**
 * The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's published algorithm.
 *
 * Months begin on the local date of the new moon and the leap month is the first one without a principal
 * solar term, so everything hangs on Vietnam's clock: with UTC+7 Tết 2030 is 2/2, with China's UTC+8 it is
 * 3/2. The astronomy (new moons and sun longitude after Meeus) is good for roughly 1800–2199.
 */
import { type LocalDate, epochDay, fromEpochDay, parseLocalDate, localDate } from "../local-date.js";

export interface LunarDate {
  year: number;
  month: number; // 1–12; a leap month repeats the number of the month before it
  day: number; // 1–30
  leap: boolean;
}

const TIME_ZONE_HOURS = 7;
/** Julian day number of 1970-01-01, to move between epoch days and the astronomers' day count. */
const JULIAN_DAY_AT_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, the origin of the new-moon index k. */
const NEW_MOON_ORIGIN = 2415021.076998695;
const RAD = Math.PI / 180;

/** Local Julian day number of the k-th new moon after 1900-01-01. */
function newMoonDay(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  const sin = (degrees: number): number => Math.sin(degrees * RAD);
  const correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
    - 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly) - 0.0004 * sin(3 * moonAnomaly)
    + 0.0104 * sin(2 * latitude) - 0.0051 * sin(sunAnomaly + moonAnomaly)
    - 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * latitude + sunAnomaly)
    - 0.0004 * sin(2 * latitude - sunAnomaly) - 0.0006 * sin(2 * latitude + moonAnomaly)
    + 0.001 * sin(2 * latitude - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
  const deltaT = t < -11
    ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return Math.floor(mean + correction - deltaT + 0.5 + TIME_ZONE_HOURS / 24);
}

/** Which 30° sector (0–11) of the ecliptic the sun is in at the start of a local day: the solar terms. */
function sunSector(julianDay: number): number {
  const t = (julianDay - 2451545.5 - TIME_ZONE_HOURS / 24) / 36525;
  const t2 = t * t;
  const anomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(RAD * anomaly)
    + (0.019993 - 0.000101 * t) * Math.sin(RAD * 2 * anomaly) + 0.00029 * Math.sin(RAD * 3 * anomaly);
  let longitude = (meanLongitude + centre) * RAD;
  longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
  return Math.floor((longitude / Math.PI) * 6);
}

/** Start of lunar month 11 (the month holding the winter solstice) of a solar year: the anchor of each year. */
function month11Start(solarYear: number): number {
  const k = Math.floor((epochDay(localDate(solarYear, 12, 31)) + JULIAN_DAY_AT_EPOCH - 2415021) / SYNODIC_MONTH);
  const candidate = newMoonDay(k);
  return sunSector(candidate) >= 9 ? newMoonDay(k - 1) : candidate;
}

/** Months after month 11 at which the leap month sits, in a 13-month year starting at month11. */
function leapMonthOffset(month11: number): number {
  const k = Math.floor((month11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i));
  let previous: number;
  do {
    previous = sector;
    i++;
    sector = sunSector(newMoonDay(k + i));
  } while (sector !== previous && i < 14);
  return i - 1;
}

export function solarToLunar(date: LocalDate): LunarDate {
  const { year } = parseLocalDate(date);
  const dayNumber = epochDay(date) + JULIAN_DAY_AT_EPOCH;
  // The mean-lunation estimate can be a whole lunation ahead near a new moon (7/5/2054 came out as day 0
  // in the published code, which steps back only once), so step back until the month has begun.
  let k = Math.floor((dayNumber - NEW_MOON_ORIGIN) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > dayNumber) monthStart = newMoonDay(--k);
  let a11 = month11Start(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11Start(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = month11Start(year + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (diff >= leapOffset) {
      month = diff + 10;
      leap = diff === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day: dayNumber - monthStart + 1, leap };
}

/** The solar date of a lunar date; throws a RangeError for a leap month the year lacks or a day past month end. */
export function lunarToSolar(year: number, month: number, day: number, leap = false): LocalDate {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) {
    throw new RangeError(`not a lunar date: ${day}/${month}/${year}`);
  }
  const a11 = month < 11 ? month11Start(year - 1) : month11Start(year);
  const b11 = month < 11 ? month11Start(year) : month11Start(year + 1);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH);
  let offset = (month - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    const leapMonth = (leapOffset - 2 + 12) % 12;
    if (leap && month !== leapMonth) throw new RangeError(`lunar year ${year} has no leap month ${month}`);
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw new RangeError(`lunar year ${year} has no leap month`);
  }
  const monthStart = newMoonDay(k + offset);
  if (day > newMoonDay(k + offset + 1) - monthStart) {
    throw new RangeError(`lunar month ${month}/${year} has fewer than ${day} days`);
  }
  return fromEpochDay(monthStart + day - 1 - JULIAN_DAY_AT_EPOCH);
}
