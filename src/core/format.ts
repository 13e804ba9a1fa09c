import { parseLocalDate, type LocalDate } from "./local-date.js";
import { decimalPlaces } from "./rates.js";

/**
 * The language of a reply. Figures and dates are written as a Vietnamese official writes them (447.246; 63,46%;
 * 31/7/2023) in both: an English reply quotes the same figures as the Vietnamese report it comes from, so that a
 * figure read in English can be pasted into a Vietnamese document or compared with the source as it stands
 * ("447,246" and "447.246" are different numbers to a Vietnamese reader). Only the words around them change.
 */
export type Locale = "vi" | "en";

const formatters = new Map<number, Intl.NumberFormat>();

function numberFormat(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      roundingMode: "trunc",
      useGrouping: "always",
    } as Intl.NumberFormatOptions);
    formatters.set(decimals, f);
  }
  return f;
}

/** A printed decimal string keeps exactly its printed decimals ("64" → 64, "63.46" → 63,46). */
export function formatDecimal(value: string | number, _locale: Locale): string {
  if (typeof value === "number") {
    return numberFormat(decimalPlaces(String(value))).format(value);
  }
  return numberFormat(decimalPlaces(value)).format(Number(value));
}

/** A computed number shown with at most `decimals` decimals, truncated, without trailing zeros. */
export function formatComputed(value: number, locale: Locale, decimals = 2): string {
  const scale = 10 ** decimals;
  // Binary noise must not cost a digit: 32.55 * 100 is 3254.9999999999995, and 0.29 * 100 is 28.999999999999996.
  // The next step up is taken when it lies within a few units in the last place of the value, which only noise does.
  const magnitude = Math.abs(value);
  let steps = Math.trunc(magnitude * scale);
  if (Math.abs((steps + 1) / scale - magnitude) <= 8 * Number.EPSILON * Math.max(magnitude, 1)) steps += 1;
  const truncated = (Math.sign(value) * steps) / scale;
  return formatDecimal(truncated === 0 ? 0 : truncated, locale);
}

export function formatPercent(value: string | number, locale: Locale): string {
  return `${formatDecimal(value, locale)}%`;
}

const VND_STEPS: ReadonlyArray<{ size: number; vi: string; en: string }> = [
  { size: 1e9, vi: "tỷ đồng", en: "billion" },
  { size: 1e6, vi: "triệu đồng", en: "million" },
];

/**
 * 859000000000 → "859 tỷ đồng": reports speak of money in tỷ and triệu, never in raw đồng. In English the
 * report's own words come first and the English after them: "859 tỷ đồng (VND 859 billion)".
 */
export function formatVnd(value: string, locale: Locale): string {
  const amount = Number(value);
  for (const step of VND_STEPS) {
    if (Math.abs(amount) >= step.size) {
      const scaled = formatComputed(amount / step.size, locale);
      return locale === "vi" ? `${scaled} ${step.vi}` : `${scaled} ${step.vi} (VND ${scaled} ${step.en})`;
    }
  }
  return `${formatDecimal(value, locale)} đồng`;
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function formatDate(date: LocalDate, _locale: Locale): string {
  const { year, month, day } = parseLocalDate(date);
  return `${day}/${month}/${year}`;
}

/** A calendar month given as "2023-07": "7/2023" in Vietnamese, "July 2023" in English. */
export function formatMonth(month: string, locale: Locale): string {
  const { year, month: m } = parseLocalDate(`${month}-01` as LocalDate);
  return locale === "vi" ? `${m}/${year}` : `${EN_MONTHS[m - 1]} ${year}`;
}

/** "1/1–27/6/2023": the year is written once when both ends share it, as Vietnamese reports do. */
export function formatPeriod(from: LocalDate, to: LocalDate, locale: Locale): string {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  return a.year === b.year ? `${a.day}/${a.month}–${formatDate(to, locale)}` : `${formatDate(from, locale)}–${formatDate(to, locale)}`;
}

export function formatInteger(value: number, _locale: Locale): string {
  return numberFormat(0).format(value);
}

/**
 * Whether words as typed read well when said back in a reply: Vietnamese words without their diacritics ("truoc
 * 31/8", "nam 2021") do not; figures alone and English words do.
 */
export function readsWellAsTyped(text: string, locale: Locale): boolean {
  if (text.length === 0) return false;
  if (locale !== "vi" || !/[a-z]/i.test(text)) return true;
  return /[^\x00-\x7f]/.test(text);
}
