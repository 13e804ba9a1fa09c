/**
 * Deadlines as plans write them, read into a day (or a range, or a recurring duty):
 * "30/6/2023", "Tháng 6/2023", "Quý II/2023", "Quí IV-2025", "Năm 2026", "6 tháng đầu năm", "Trước 31/12/2023",
 * "2026 - 2030", "Thường xuyên", "Hằng năm", "Hằng quý", "Cả năm", "Khi có phát sinh". A day that does not
 * exist (31/6) is an error, never rolled over to the next month. Forms without a year take the plan's.
 */
import { type LocalDate, addDays, daysInMonth, localDate } from "../local-date.js";
import type { Recurrence } from "../reminders/recurrence.js";
import { romanValue } from "./roman.js";
import { plainWords } from "./words.js";

export type Deadline =
  | { kind: "fixed"; date: LocalDate }
  | { kind: "range"; from: LocalDate; date: LocalDate }
  /** `date` is the last day the duty runs to: the end of its stated years, else of the plan. */
  | { kind: "recurring"; recurrence: Recurrence; from: LocalDate | null; date: LocalDate }
  /** "Khi có phát sinh": `date` is the plan's last day, which nothing counts from. */
  | { kind: "on_demand"; date: LocalDate };

export type DeadlineProblem =
  /** A day that does not exist: `detail` is the day as written ("31/6/2023"). */
  | { code: "invalid-date"; detail: string }
  | { code: "unrecognised-deadline" }
  /** A form that needs the plan's year ("6 tháng đầu năm", "30/6") and none is known. */
  | { code: "needs-year" }
  | { code: "range-reversed" };

export type DeadlineResult = { ok: true; deadline: Deadline; several?: boolean } | { ok: false; problem: DeadlineProblem };

export interface DeadlineContext {
  /** The plan's (first) year. */
  year?: number;
  /** The plan's last year, for a plan of several years. */
  yearTo?: number;
}

/** A period read from the text: its first and last day. */
interface Span {
  from: LocalDate;
  to: LocalDate;
}

class Invalid extends Error {
  constructor(readonly problem: DeadlineProblem) {
    super(problem.code);
  }
}

const ON_DEMAND = ["khi co phat sinh", "khi phat sinh", "khi co yeu cau", "theo yeu cau", "khi duoc yeu cau", "theo chi dao", "khi co chi dao", "khi co van ban"];
/** Recurring words, the most specific period first: "Thường xuyên, báo cáo hằng quý" is quarterly. */
const RECURRING: ReadonlyArray<{ recurrence: Recurrence; words: readonly string[] }> = [
  { recurrence: "monthly", words: ["hang thang", "moi thang", "thang mot lan", "dinh ky thang"] },
  { recurrence: "quarterly", words: ["hang quy", "moi quy", "quy mot lan", "dinh ky quy", "dinh ky hang quy"] },
  { recurrence: "yearly", words: ["hang nam", "moi nam", "nam mot lan", "dinh ky nam", "dinh ky hang nam"] },
  { recurrence: "continuous", words: ["thuong xuyen", "ca nam", "suot nam", "lien tuc", "dinh ky"] },
];
/** Words before a deadline that do not change it: "Trước 31/12/2023" is due on 31/12/2023. */
const LEADING = /^(?:(?:hoan thanh|xong|thuc hien|ban hanh|truoc|cham nhat|han|han chot|den|het|trong|vao|ngay|la|muon nhat|toi da)\s+)+/;

export function parseDeadline(raw: string, context: DeadlineContext = {}): DeadlineResult {
  const text = plainWords(raw);
  if (text === "") return { ok: false, problem: { code: "unrecognised-deadline" } };
  try {
    return read(raw, text, context);
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.problem };
    throw error;
  }
}

function read(raw: string, text: string, context: DeadlineContext): DeadlineResult {
  const end = (): LocalDate => `${needYear(context.yearTo ?? context.year)}-12-31`;
  if (ON_DEMAND.some((p) => text.startsWith(p) || text === p)) return { ok: true, deadline: { kind: "on_demand", date: end() } };
  const recurring = RECURRING.find((r) => r.words.some((w) => ` ${text} `.includes(` ${w} `)));
  if (recurring) {
    // The years a duty runs over, when written beside it: "Hằng năm, giai đoạn 2026 - 2030", "Thường xuyên năm 2024".
    const years = [...text.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
    const from = years.length > 0 ? `${Math.min(...years)}-01-01` : null;
    const last = years.length > 0 ? `${Math.max(...years)}-12-31` : end();
    return { ok: true, deadline: { kind: "recurring", recurrence: recurring.recurrence, from, date: last } };
  }
  const leading = LEADING.exec(text)?.[0] ?? "";
  const body = text.slice(leading.length).replace(/^giai doan\s+/, "");
  // "Trước tháng 6/2023" is due before June begins; "trước 31/12" is due on that day (plans mean "by").
  const before = /\btruoc\b/.test(leading) && !isDay(body);
  const single = span(body, context);
  if (single) return { ok: true, deadline: { kind: "fixed", date: before ? addDays(single.from, -1) : single.to } };
  const range = rangeOf(dashedBody(raw), context);
  if (range) {
    if (range.from > range.to) return { ok: false, problem: { code: "range-reversed" } };
    return { ok: true, deadline: { kind: "range", from: range.from, date: range.to } };
  }
  // Several deadlines in one cell ("Tháng 6/2023; tháng 12/2023"): the last one holds, and the reader is told.
  const parts = raw.split(/[;\n]|,(?!\d)|\s+(?:và|va)\s+/i).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length > 1) {
    const days = parts.map((p) => span(plainWords(p).replace(LEADING, ""), context));
    if (days.every((d) => d !== undefined)) {
      return { ok: true, deadline: { kind: "fixed", date: days.map((d) => d!.to).sort().at(-1)! }, several: true };
    }
  }
  return { ok: false, problem: { code: "unrecognised-deadline" } };
}

function isDay(body: string): boolean {
  return /^(ngay )?\d{1,2}( thang | )\d{1,2}\b/.test(body);
}

function needYear(year: number | undefined): number {
  if (year === undefined) throw new Invalid({ code: "needs-year" });
  return year;
}

function yearOf(written: string | undefined, context: DeadlineContext): number {
  if (written === undefined) return needYear(context.year);
  const n = Number(written);
  return written.length === 2 ? 2000 + n : n;
}

function day(d: number, m: number, y: number, written: string): LocalDate {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new Invalid({ code: "invalid-date", detail: written });
  return localDate(y, m, d);
}

function month(m: number, y: number, written: string): Span {
  if (m < 1 || m > 12) throw new Invalid({ code: "invalid-date", detail: written });
  return { from: localDate(y, m, 1), to: localDate(y, m, daysInMonth(y, m)) };
}

function quarter(q: number, y: number, written: string): Span {
  if (q < 1 || q > 4) throw new Invalid({ code: "invalid-date", detail: written });
  return { from: localDate(y, q * 3 - 2, 1), to: localDate(y, q * 3, daysInMonth(y, q * 3)) };
}

const YEAR = "(\\d{4}|\\d{2})";
const SEP = "(?:\\s+nam\\s+|\\s+)";

/** One period written as one expression; undefined when the text is not one. Throws Invalid for 31/6. */
function span(body: string, context: DeadlineContext): Span | undefined {
  let m: RegExpExecArray | null;
  // 30/6/2023, 30-6-2023, 30.6.2023 (plainWords made every separator a space), "ngày 30 tháng 6 năm 2023"
  if ((m = new RegExp(`^(?:ngay\\s+)?(\\d{1,2})(?:\\s+thang)?\\s+(\\d{1,2})${SEP}${YEAR}$`).exec(body))) {
    const [, d, mo, y] = m;
    const date = day(Number(d), Number(mo), yearOf(y, context), `${d}/${mo}/${y}`);
    return { from: date, to: date };
  }
  // 30/6 (the plan's year)
  if ((m = /^(?:ngay\s+)?(\d{1,2})(?:\s+thang)?\s+(\d{1,2})$/.exec(body))) {
    const [, d, mo] = m;
    const date = day(Number(d), Number(mo), needYear(context.year), `${d}/${mo}`);
    return { from: date, to: date };
  }
  // Tháng 6/2023, T6/2023, tháng 6 năm 2023, tháng 6 (the plan's year), 06/2023
  if ((m = new RegExp(`^(?:thang|t)\\s*(\\d{1,2})(?:${SEP}${YEAR})?$`).exec(body)) || (m = /^(\d{1,2})\s+(\d{4})$/.exec(body))) {
    return month(Number(m[1]), yearOf(m[2], context), body);
  }
  // Quý II/2023, Quí IV-2025, quý 2 năm 2023, quý III (the plan's year)
  if ((m = new RegExp(`^(?:quy|qui)\\s*([ivx]+|\\d)(?:${SEP}${YEAR})?$`).exec(body))) {
    const q = /\d/.test(m[1]!) ? Number(m[1]) : romanValue(m[1]!);
    if (q === undefined) return undefined;
    return quarter(q, yearOf(m[2], context), body);
  }
  // 6 tháng đầu năm (2023), 6 tháng cuối năm, 9 tháng đầu năm, nửa đầu năm, đầu năm, cuối năm, giữa năm
  if ((m = /^(?:(\d{1,2}|sau|chin|ba) thang (dau|cuoi)|nua (dau|cuoi)|(dau|cuoi|giua)) nam(?:\s+(\d{4}))?$/.exec(body))) {
    const y = yearOf(m[5], context);
    const months = m[1] === undefined ? 6 : ({ sau: 6, chin: 9, ba: 3 } as Record<string, number>)[m[1]] ?? Number(m[1]);
    const part = m[2] ?? m[3] ?? m[4];
    if (months < 1 || months > 12) return undefined;
    if (part === "dau" && m[1] === undefined && m[3] === undefined) return month(3, y, body); // "đầu năm": the first quarter
    if (part === "giua") return month(6, y, body);
    if (part === "cuoi" && m[1] === undefined && m[3] === undefined) return month(12, y, body);
    if (part === "dau") return { from: localDate(y, 1, 1), to: month(months, y, body).to };
    return { from: localDate(y, 13 - months, 1), to: localDate(y, 12, 31) };
  }
  // Năm 2026, 2026, trong năm 2026
  if ((m = /^(?:nam\s+)?(\d{4})$/.exec(body))) {
    const y = Number(m[1]);
    if (y < 1990 || y > 2100) return undefined;
    return { from: localDate(y, 1, 1), to: localDate(y, 12, 31) };
  }
  // "Trong năm", "năm nay": the plan's year
  if (body === "nam" || body === "nam nay" || body === "trong nam") {
    const y = needYear(context.year);
    return { from: localDate(y, 1, 1), to: localDate(y, 12, 31) };
  }
  return undefined;
}

/** The text as `read` sees it, with the dashes kept as words: where a range may be split. */
function dashedBody(raw: string): string {
  const dashed = plainWords(raw.replace(/[-–—−‐]/g, " dash ")).replace(/\bdash\b/g, "-");
  const leading = LEADING.exec(dashed)?.[0] ?? "";
  return dashed.slice(leading.length).replace(/^giai doan\s+/, "").replace(/^tu\s+/, "");
}

/**
 * A range: "2026 - 2030", "Năm 2024 - 2025", "từ tháng 3 đến tháng 6/2023", "Quý I - II/2023", "Tháng 3-6/2023",
 * "01/3/2023 - 30/6/2023". The first end may borrow the second's year and kind ("tháng 3" in "tháng 3 - 6/2023").
 */
function rangeOf(body: string, context: DeadlineContext): Span | undefined {
  const words = body.split(" ");
  const flat = (part: string[]) => part.filter((w) => w !== "-").join(" ");
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i] !== "-" && words[i] !== "den") continue;
    const left = flat(words.slice(0, i));
    const right = flat(words.slice(words[i + 1] === "het" ? i + 2 : i + 1));
    const to = span(right, context) ?? span(`${kindWord(left)} ${right}`.trim(), context);
    if (!to) continue;
    const toYear = to.to.slice(0, 4);
    const from =
      span(left, { ...context, year: Number(toYear) }) ??
      span(`${left} ${yearSuffix(right)}`.trim(), context) ??
      span(`${kindWord(right)} ${left} ${toYear}`.trim(), context);
    if (from) return { from: from.from, to: to.to };
  }
  return undefined;
}

/** "thang" of "thang 3", "quy" of "quy i": lent to a bare second end ("tháng 3 - 6/2023"). */
function kindWord(side: string): string {
  return /^(thang|quy|qui|nam)\b/.exec(side)?.[1] ?? "";
}

function yearSuffix(side: string): string {
  return /(\d{4})$/.exec(side)?.[1] ?? "";
}
