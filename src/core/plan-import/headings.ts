/**
 * Group rows: a row that names no unit, deadline or product but has text ("I. CẢI CÁCH THỂ CHẾ", "1. Rà soát
 * văn bản") heads the tasks below it. Parts numbered with Roman numerals or capital letters, or written in
 * capitals, are the first level; others ("1.", "a)") the second.
 */
import { oneLine } from "./grid.js";
import { romanValue } from "./roman.js";

export interface Heading {
  /** As written, numbering included ("I. CẢI CÁCH THỂ CHẾ"). */
  text: string;
  level: 1 | 2;
  /** Its numbering ("I", "1"), null when it has none. */
  number: string | null;
}

/** The heading a row's texts make (the STT cell first, then the others in order), or undefined for an empty row. */
export function headingOf(stt: string, texts: readonly string[]): Heading | undefined {
  const parts = [stt, ...texts].map(oneLine).filter((t) => t !== "");
  if (parts.length === 0) return undefined;
  const joined = parts.length > 1 && /^[\p{L}\p{N}]{1,5}[.)]?$/u.test(parts[0]!) ? `${parts[0]!.replace(/[.)]$/, "")}. ${parts.slice(1).join(" ")}` : parts.join(" ");
  const m = /^([\p{L}\p{N}]{1,6})[.)]\s*|^([IVXLivxl]+|[A-Z]|\d{1,3})\s+(?=\p{L})/u.exec(joined);
  const number = m ? (m[1] ?? m[2])! : null;
  if (parts.length === 1 && /^(\d{1,3}|[IVXLivxl]{1,5}|[a-zA-Z])[.)]?$/.test(joined)) return undefined; // a number alone heads nothing
  const body = m ? joined.slice(m[0].length) : joined;
  const roman = number !== null && romanValue(number) !== undefined && number === number.toUpperCase();
  const letter = number !== null && /^[A-ZĐ]$/.test(number);
  const capitals = body.length > 0 && body === body.toUpperCase() && /\p{Lu}/u.test(body);
  const level: 1 | 2 = roman || letter || (number === null && capitals) ? 1 : 2;
  return { text: joined, level, number };
}
