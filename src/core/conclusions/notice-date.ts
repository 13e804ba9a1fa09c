import { daysInMonth, localDate, type LocalDate } from "../local-date.js";
import { foldSameLength } from "./folded.js";

// "Quảng Nam, ngày 25 tháng 7 năm 2023": the place and date line of a notice's header.
const HEADER = /[\p{L}][\p{L} .]*,\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/u;
// An article opens with the day of the meeting: "Ngày 25/7, …", "Sáng 12/9/2023, …", "Chiều 3/10, …".
const ARTICLE = /(?:^|[\s.])(?:ngay|sang|chieu|toi|trua)\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/u;
const ARTICLE_REACH = 400;
const YEAR_WRITTEN = /(?:nam|\/)\s*(20\d\d)(?!\d)/u;

/**
 * The date a notice speaks from, which relative deadlines ("trước ngày 31/7", "trong tháng 8", "đến cuối
 * năm") are read against: its header line, or the day an article opens with (its year from the text when
 * the article leaves it out). Undefined when the text gives none: the caller must be told a date.
 */
export function readNoticeDate(text: string): LocalDate | undefined {
  const folded = foldSameLength(text.normalize("NFC"));
  const header = HEADER.exec(folded);
  if (header) return dateOf(Number(header[3]), Number(header[2]), Number(header[1]));
  const article = ARTICLE.exec(folded.slice(0, ARTICLE_REACH));
  if (!article) return undefined;
  const year = article[3] ?? YEAR_WRITTEN.exec(folded)?.[1];
  return year === undefined ? undefined : dateOf(Number(year), Number(article[2]), Number(article[1]));
}

function dateOf(year: number, month: number, day: number): LocalDate | undefined {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? localDate(year, month, day) : undefined;
}
