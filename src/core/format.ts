import { parseLocalDate, type LocalDate } from "./local-date.js";
import { decimalPlaces } from "./rates.js";

/** Figures as a Vietnamese official writes them (447.246; 63,46%; 31/7/2023), or in English form. */
export type Locale = "vi" | "en";

const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, decimals: number): Intl.NumberFormat {
  const key = `${locale}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      roundingMode: "trunc",
      useGrouping: "always",
    } as Intl.NumberFormatOptions);
    formatters.set(key, f);
  }
  return f;
}

/** A printed decimal string keeps exactly its printed decimals ("64" → 64, "63.46" → 63,46). */
export function formatDecimal(value: string | number, locale: Locale): string {
  if (typeof value === "number") {
    return numberFormat(locale, decimalPlaces(String(value))).format(value);
  }
  return numberFormat(locale, decimalPlaces(value)).format(Number(value));
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
  { size: 1e9, vi: "tỷ đồng", en: "billion VND" },
  { size: 1e6, vi: "triệu đồng", en: "million VND" },
];

/** 859000000000 → "859 tỷ đồng": reports speak of money in tỷ and triệu, never in raw đồng. */
export function formatVnd(value: string, locale: Locale): string {
  const amount = Number(value);
  for (const step of VND_STEPS) {
    if (Math.abs(amount) >= step.size) return `${formatComputed(amount / step.size, locale)} ${step[locale]}`;
  }
  return `${formatDecimal(value, locale)} ${locale === "vi" ? "đồng" : "VND"}`;
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function formatDate(date: LocalDate, locale: Locale): string {
  const { year, month, day } = parseLocalDate(date);
  return locale === "vi" ? `${day}/${month}/${year}` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
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
  if (locale === "en") {
    return a.year === b.year ? `${a.day} ${EN_MONTHS[a.month - 1]}–${formatDate(to, locale)}` : `${formatDate(from, locale)}–${formatDate(to, locale)}`;
  }
  return a.year === b.year ? `${a.day}/${a.month}–${formatDate(to, locale)}` : `${formatDate(from, locale)}–${formatDate(to, locale)}`;
}

export function formatInteger(value: number, locale: Locale): string {
  return numberFormat(locale, 0).format(value);
}
