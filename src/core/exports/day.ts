import { isLocalDate, localDate, type LocalDate } from "../local-date.js";

/** A day written "25/7/2023" or "2023-07-25"; undefined for anything else, or a day that does not exist (31/6). */
export function parseDay(text: string): LocalDate | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/u.test(t)) return isLocalDate(t) ? t : undefined;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(t);
  if (!m) return undefined;
  const candidate = localDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isLocalDate(candidate) ? candidate : undefined;
}
