import { daysInMonth, localDate, parseLocalDate, type LocalDate } from "../local-date.js";
import { findTimeExpressions, type TimeExpression } from "../understand/time-expressions.js";
import { foldSameLength } from "./folded.js";

/** The deadline a sentence states, resolved against the notice's date; text and span as written. */
export interface Deadline {
  readonly date: LocalDate | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Words just before a date that make it the day work is due, not the date of a document or a meeting.
const DAY_CUE = /(?:han|hoan thanh|xong|cham nhat|muon nhat|truoc|den|trinh|bao cao|gui)\s*:?\s*(?:ngay\s*)?$/u;
// "Kế hoạch số 45/KH-UBND ngày 12/01/2023": the date of a document.
const DOCUMENT_DATE = /\d+\/[\p{L}\d&-]+\s*$/u;
// A period is a deadline when the sentence puts the work inside it ("trong tháng 8", "hoàn thành quý IV").
const PERIOD_CUE = /(?:trong|hoan thanh|xong|thuc hien|han)\s*:?\s*$/u;
// Deadlines that are real but no date: the bot keeps the words and asks for a date.
const UNDATED = /(?<![\p{L}])(?:thuc hien\s+)?(?:thuong xuyen|(?:(?:truoc|vao)\s+)?(?:ngay\s+\d{1,2}\s+)?hang (?:ngay|tuan|thang|quy|nam)|dinh ky|khi co phat sinh|(?:truoc|den|trong dip)\s+tet[\p{L}\s]*?)(?=[,.;)]|$)/u;

export function readDeadline(sentence: string, noticeDate: LocalDate): Deadline | null {
  const folded = foldSameLength(sentence);
  const accepted = findTimeExpressions(sentence, noticeDate).filter((t) => isDeadline(t, folded));
  const last = accepted[accepted.length - 1];
  if (last) {
    return { date: laterThanNotice(last, noticeDate), text: last.text, start: last.start, end: last.end };
  }
  const undated = UNDATED.exec(folded);
  if (undated) {
    const start = undated.index;
    const text = sentence.slice(start, start + undated[0].length).replace(/^(?:thực hiện|thuc hien)\s+/iu, "").trim();
    return { date: null, text, start, end: start + undated[0].length };
  }
  return null;
}

function isDeadline(t: TimeExpression, folded: string): boolean {
  const before = folded.slice(Math.max(0, t.start - 30), t.start);
  const own = folded.slice(t.start, t.end);
  switch (t.kind) {
    case "before":
    case "month_end":
    case "year_end":
    case "next_days":
      // "Đến ngày 15/10/2023, toàn tỉnh đã …" opens a report of results, not a deadline.
      return !/^\s*$/u.test(folded.slice(0, t.start)) || !/^\s*,/u.test(folded.slice(t.end));
    case "day":
      return !DOCUMENT_DATE.test(before) && DAY_CUE.test(before);
    case "month":
    case "quarter":
    case "year":
    case "half":
      return own.startsWith("trong") || PERIOD_CUE.test(before);
    case "range":
      return own.startsWith("tu") || PERIOD_CUE.test(before);
    default:
      return false;
  }
}

/**
 * "Trước ngày 15/01" in a notice of 20/12/2023 is 15/01/2024: a date written without its year that would fall
 * before the notice is next year's. A year written is kept as written.
 */
function laterThanNotice(t: TimeExpression, noticeDate: LocalDate): LocalDate {
  const date = t.window.to;
  if (date >= noticeDate || /\d{4}/u.test(t.text)) return date;
  const { year, month, day } = parseLocalDate(date);
  return localDate(year + 1, month, Math.min(day, daysInMonth(year + 1, month)));
}
