/**
 * Time expressions in a chat message ("nhiệm vụ nào hết hạn trong tuần tới", "việc đến hạn tháng 9",
 * "hạn trước 31/8"), as date windows relative to today. Matching runs on the folded message (any case, with
 * or without diacritics); spans are reported in the original string so the caller can blank them out.
 *
 * Decisions:
 * - "cuối tháng", "đến cuối tháng" and "đến hết tháng này" are all today..the last day of this month (kind
 *   "month_end"); "(đến) cuối năm" is today..31/12 ("year_end"). "cuối tháng 8", "đến hết tháng 9", "cuối
 *   quý" end another period: kind "before", today..that end.
 * - "before X" is today..X with the date X included ("hạn trước 31/8" still counts 31/8). Before a longer
 *   period, "trước" stops the day before it starts (trước tháng 9 → 31/8) and "đến / tới / by" runs through
 *   it. A window whose end has passed is returned empty (from > to): nothing can still be due in it.
 * - "after X" is the day after X..31/12 of that day's year ("sau 31/12" is the whole next year).
 * - "next_days": "10 ngày tới" is today..today+10, both ends included; "2 tuần tới" counts 14 days and
 *   "3 tháng tới" runs to the same day three months on.
 * - A bare d/m ("8/10") may be a score or a fraction. It is a date when a year follows, a cue word comes
 *   before (ngày, hạn, trước, đến, by, …), the message speaks of deadlines (hạn, deadline, due), or it is
 *   written d/m with the day above the month ("31/8": no score reads 31 out of 8). "31.8" and "31-8" need a
 *   cue. A day that does not exist (31/6, 30/2) is no date at all. Without a year, dates are this year's.
 * - "T8", "th8" are months, but "t2".."t7" and "th2".."th7" are weekdays unless a year follows ("T7/2023").
 */
import { addDays, dayOfWeek, daysInMonth, localDate, parseLocalDate, type LocalDate } from "../local-date.js";
import {
  AFTER_WORDS, alternation, BEFORE_WORDS, COUNT_AFTER, COUNT_BEFORE, DATE_CUE, DAY_WORDS, DEADLINE, ENGLISH_MONTHS,
  ENGLISH_RELATIVE, foldWithMap, MONTH_WORDS, noCapture, NUMBER_WORDS, RANGE_JOIN, RANGE_OPEN, RELATIVE,
  STRICT_BEFORE, UNITS, wordRegex, type Unit,
} from "./time-words.js";

export interface TimeWindow {
  from: LocalDate;
  to: LocalDate; // inclusive
}
export type TimeExpressionKind =
  | "day" | "week" | "month" | "quarter" | "half" | "year" | "range" | "before" | "after" | "next_days" | "year_end" | "month_end";
export interface TimeExpression {
  kind: TimeExpressionKind;
  window: TimeWindow;
  /** Span in the original message: message.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
}

interface Period extends TimeWindow {
  kind: TimeExpressionKind;
}
interface Context {
  today: LocalDate;
  thisYear: number;
  /** The year of a date or month written without one: this year, or the year of a range's start. */
  year: number;
  /** A cue word precedes, or the match sits inside "trước / sau / từ … đến": a bare d/m is a date. */
  cued: boolean;
  deadline: boolean;
  message: string;
  at: number[];
  /** Where the text being parsed starts in the folded message. */
  base: number;
}
type Parse = (m: RegExpExecArray, c: Context) => Period | null;
interface Rule {
  source: string;
  parse: Parse;
}

// ---------------------------------------------------------------- calendar
const span = (kind: TimeExpressionKind, from: LocalDate, to: LocalDate): Period => ({ kind, from, to });
const oneDay = (d: LocalDate): Period => span("day", d, d);
const yearOfDate = (d: LocalDate): number => parseLocalDate(d).year;

function dateOf(y: number, m: number, d: number): LocalDate | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? localDate(y, m, d) : null;
}
function monthSpan(y: number, m: number, last = m): Period | null {
  if (m < 1 || last > 12 || last < m) return null;
  return span(m === last ? "month" : "range", localDate(y, m, 1), localDate(y, last, daysInMonth(y, last)));
}
function quarterSpan(y: number, q: number): Period {
  const p = monthSpan(y, 3 * q - 2, 3 * q)!;
  return span("quarter", p.from, p.to);
}
/** The week (Monday..Sunday) `offset` weeks from today's. */
function weekSpan(today: LocalDate, offset: number): Period {
  const monday = addDays(today, 7 * offset - ((dayOfWeek(today) + 6) % 7));
  return span("week", monday, addDays(monday, 6));
}
/** The year and month n months after (y, m). */
function monthAt(y: number, m: number, n: number): [number, number] {
  const index = y * 12 + m - 1 + n;
  return [Math.floor(index / 12), (index % 12) + 1];
}
function relativeSpan(unit: Unit, offset: number, today: LocalDate): Period {
  const { year, month } = parseLocalDate(today);
  if (unit === "week") return weekSpan(today, offset);
  if (unit === "year") return span("year", localDate(year + offset, 1, 1), localDate(year + offset, 12, 31));
  const size = unit === "month" ? 1 : 3;
  const [fy, fm] = monthAt(year, month - ((month - 1) % size), offset * size);
  const [ly, lm] = monthAt(fy, fm, size - 1);
  return span(unit, localDate(fy, fm, 1), localDate(ly, lm, daysInMonth(ly, lm)));
}
/** The same day n months later, or the month's last day if it is shorter: 31/1 + 1 month → 28/2. */
function addMonths(date: LocalDate, n: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const [y, m] = monthAt(year, month, n);
  return localDate(y, m, Math.min(day, daysInMonth(y, m)));
}

// ---------------------------------------------------------------- reading groups
/** "2023", "23", or a relative word ("năm nay", "năm sau"); nothing means the context's year. */
function yearOf(text: string | undefined, c: Context): number {
  if (text === undefined) return c.year;
  if (/^\d{4}$/.test(text)) return Number(text);
  if (/^\d{2}$/.test(text)) return 2000 + Number(text);
  return c.thisYear + (RELATIVE[text] ?? 0);
}
/** The original text of group i, NFC and lowercased unless asked, for the checks folding cannot make. */
function original(m: RegExpExecArray, i: number, c: Context, keepCase = false): string {
  const r = m.indices?.[i];
  const text = r ? c.message.slice(c.at[c.base + r[0]], c.at[c.base + r[1]]).normalize("NFC") : "";
  return keepCase ? text : text.toLowerCase();
}
/** A month number or name; "sau" is June only when written "sáu", otherwise it is "tháng sau" (next month). */
function monthNumber(m: RegExpExecArray, i: number, c: Context): number | null {
  const w = m[i] ?? "";
  if (/^\d+$/.test(w)) return Number(w);
  if (w === "sau" && !original(m, i, c).includes("sáu")) return null;
  return MONTH_WORDS[w] ?? null;
}
/** Folding makes "quỹ" (a fund) of "quý" (a quarter). */
const isFund = (m: RegExpExecArray, c: Context): boolean => /qu[ỹỳỷỵ]/.test(original(m, 0, c));

// ---------------------------------------------------------------- points: one day or one period
const YEAR_WORD = "\\d{4}|nay|sau|toi|ngoai|truoc";
const YEAR_TAIL = `(?:(?:[/-]| nam )(${YEAR_WORD}))?`; // "tháng 8/2023", "quý 3 năm nay"
const MONTH_WORD = alternation(Object.keys(MONTH_WORDS)).replace(/(^|\|)nam(?=\||$)/, `$1nam(?! (?:${YEAR_WORD}|\\d))`);
const REL_VI = alternation(Object.keys(RELATIVE));
const UNIT_VI = "tuan|thang|quy|nam";

const RELATIVE_PERIOD: Rule = {
  // tuần tới, tháng trước, quý này, năm ngoái, tuần sau nữa, next week; "trong tuần" is this week
  source: `(${UNIT_VI}) (${REL_VI})|(this|next|last) (week|month|quarter|year)|trong (${UNIT_VI})(?! ?\\d)`,
  parse: (m, c) => {
    const unit = UNITS[m[1] ?? m[4] ?? m[5]!]!;
    const offset = m[2] ? RELATIVE[m[2]]! : m[3] ? ENGLISH_RELATIVE[m[3]]! : 0;
    if (m[1] === "thang" && m[2] === "sau" && original(m, 0, c).includes("sáu")) return null; // June
    return unit === "quarter" && isFund(m, c) ? null : relativeSpan(unit, offset, c.today);
  },
};
const MONTH_NAMED: Rule = {
  // tháng tám, tháng giêng, tháng mười hai năm 2023
  source: `thang (${MONTH_WORD})${YEAR_TAIL}`,
  parse: (m, c) => {
    const month = monthNumber(m, 1, c);
    return month ? monthSpan(yearOf(m[2], c), month) : null;
  },
};
const MONTH_NUMBER: Rule = {
  // tháng 8, tháng8, thg 8, th8, T8, tháng 08-2023, tháng 8 năm nay
  source: `(thang ?|thg ?|th|t)(\\d{1,2})${YEAR_TAIL}`,
  parse: (m, c) => {
    const month = Number(m[2]);
    if (/^th?$/.test(m[1]!) && month >= 2 && month <= 7 && !m[3]) return null; // t2..t7: weekdays
    return monthSpan(yearOf(m[3], c), month);
  },
};
const YEAR: Rule = { source: "nam (\\d{4})", parse: (m) => relativeSpan("year", 0, `${m[1]}-01-01`) };

const POINTS: Rule[] = [
  {
    // hôm nay, mai, ngày kia, mốt, hôm qua, today, tomorrow
    source: `(${alternation(Object.keys(DAY_WORDS))})`,
    parse: (m, c) => {
      const word = m[1]!;
      const [raw, last] = [original(m, 1, c, true), original(m, 1, c).split(/\s+/).pop()];
      // "mãi" (forever) and "Mai" (a name) fold to "mai": tomorrow is "mai", "MAI", or "Mai" opening the message.
      const opens = c.message.slice(0, c.at[c.base + m.indices![1]![0]]).trim() === "";
      if (word === "mai" && raw !== "mai" && raw !== "MAI" && !(raw === "Mai" && opens)) return null;
      if (word === "mot" && last !== "mốt") return null; // "một" (one) folds the same
      if (word === "ngay mot" && last !== "mốt" && last !== "mot") return null;
      return oneDay(addDays(c.today, DAY_WORDS[word]!));
    },
  },
  {
    // thứ 2 tuần sau, T6 tuần này, chủ nhật tuần tới: a weekday only with its week ("đứng thứ 2" is a rank)
    source: `(?:thu ?([2-7]|hai|ba|tu|nam|sau|bay)|t([2-7])|chu nhat|cn) tuan (${REL_VI})`,
    parse: (m, c) => {
      const n = m[1] ? NUMBER_WORDS[m[1]] ?? Number(m[1]) : m[2] ? Number(m[2]) : 8; // Sunday is "day 8"
      return oneDay(addDays(weekSpan(c.today, RELATIVE[m[3]!]!).from, n - 2));
    },
  },
  RELATIVE_PERIOD,
  {
    // cuối tuần (this weekend), cuối tuần sau: Saturday and Sunday
    source: `cuoi tuan(?: (${REL_VI}))?|(?:this )?weekend`,
    parse: (m, c) => {
      const week = weekSpan(c.today, m[1] ? RELATIVE[m[1]]! : 0);
      return span("week", addDays(week.from, 5), week.to);
    },
  },
  MONTH_NAMED,
  MONTH_NUMBER,
  {
    // 8/2023, 08-2023: a month of a four-digit year
    source: "(\\d{1,2})[/-](\\d{4})",
    parse: (m) => monthSpan(Number(m[2]), Number(m[1])),
  },
  {
    // August, aug 2023, "in May"
    source: `(${alternation(Object.keys(ENGLISH_MONTHS))}|(?<=in )may)(?: (\\d{4}))?`,
    parse: (m, c) => monthSpan(yearOf(m[2], c), ENGLISH_MONTHS[m[1]!] ?? 5),
  },
  {
    // quý 3, quý III, quy iii, Q3, quý 3/2023, quý III năm 2023
    source: `(?:quy ?([1-4])|quy (iv|iii|ii|i)|q([1-4]))${YEAR_TAIL}`,
    parse: (m, c) => {
      const q = m[2] ? ["i", "ii", "iii", "iv"].indexOf(m[2]) + 1 : Number(m[1] ?? m[3]);
      return isFund(m, c) ? null : quarterSpan(yearOf(m[4], c), q);
    },
  },
  {
    // từ đầu năm (đến nay), đầu năm đến nay, từ đầu năm tới 27/6: the year so far (or to the date named)
    source: "(?:tu )?dau nam(?: (?:den|toi) (?:nay|hien nay|bay gio))?(?: (?:den|toi) (\\d{1,2})/(\\d{1,2}))?",
    parse: (m, c) => {
      const start = localDate(c.thisYear, 1, 1);
      const end = m[1] ? dateOf(c.thisYear, Number(m[2]), Number(m[1])) : c.today;
      return end ? { kind: "range", from: start, to: end } : null;
    },
  },
  {
    // "6 tháng", "giữa năm" in a report's sense: the first half of the year ("tỷ lệ … 6 tháng")
    source: "(?:(?:6|sau) thang(?! (?:toi|nua|sau|qua|truoc|gan|cuoi|dau))|giua nam)",
    parse: (_m, c) => {
      const p = monthSpan(c.thisYear, 1, 6)!;
      return span("half", p.from, p.to);
    },
  },
  {
    // 6 tháng đầu năm, sáu tháng cuối năm nay, nửa đầu năm 2023
    source: `(?:(?:6|sau) thang|nua) (dau|cuoi) nam(?: (${YEAR_WORD}))?`,
    parse: (m, c) => {
      const p = monthSpan(yearOf(m[2], { ...c, year: c.thisYear }), m[1] === "dau" ? 1 : 7, m[1] === "dau" ? 6 : 12)!;
      return span("half", p.from, p.to);
    },
  },
  {
    // "H1 2023", "first half of 2023", "the second half": a half year, as English reports write it.
    source: `(?:h([12])|(first|second) half(?: of)?(?: the year)?)(?: (\\d{4}))?`,
    parse: (m, c) => {
      const first = m[1] === "1" || m[2] === "first";
      const p = monthSpan(yearOf(m[3], { ...c, year: c.thisYear }), first ? 1 : 7, first ? 6 : 12)!;
      return span("half", p.from, p.to);
    },
  },
  YEAR,
  {
    // 31/8, 31/08, 31-8, 31.8, 31/8/2023, 31/8/23, ngày 31/8
    source: "(ngay ?)?(\\d{1,2})([/.-])(\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?",
    parse: (m, c) => {
      const [, ngay, d, sep, mo, y] = m;
      const sure = ngay || y || c.cued || c.deadline || (sep === "/" && Number(d) > Number(mo));
      const date = sure ? dateOf(yearOf(y, c), Number(mo), Number(d)) : null;
      return date ? oneDay(date) : null;
    },
  },
  {
    // ngày 31 tháng 8, 31 tháng tám năm 2023
    source: `(?:ngay )?(\\d{1,2}) thang (\\d{1,2}|${MONTH_WORD})(?: nam (\\d{4}))?`,
    parse: (m, c) => {
      const month = monthNumber(m, 2, c);
      const date = month ? dateOf(yearOf(m[3], c), month, Number(m[1])) : null;
      return date ? oneDay(date) : null;
    },
  },
];

const END_INNER = [RELATIVE_PERIOD, MONTH_NAMED, MONTH_NUMBER, YEAR].map((r) => noCapture(r.source)).join("|");
POINTS.push({
  // cuối tháng, đến hết năm, cuối tháng 8, cuối quý, end of month: from today to the end of that period
  source: `(?:cuoi|het|end of(?: the)?) (${END_INNER}|thang|quy|nam|month|quarter|year)`,
  parse: (m, c) => {
    const unit = UNITS[m[1]!];
    const p = unit ? relativeSpan(unit, 0, c.today) : pointAt(m, 1, c);
    if (!p || p.kind === "week") return null; // "cuối tuần" is the weekend
    // "Có hạn cuối tháng 11" (a month named): a deadline in its last ten days, not every deadline until then.
    if (p.kind === "month" && !unit && m[0].startsWith("cuoi") && /(?:^|\s)han\s*$/.test(m.input.slice(0, m.index))) return span("range", `${p.to.slice(0, 8)}21` as LocalDate, p.to);
    return untilEnd(p, c.today);
  },
});

/** Today..the end of a period: "month_end" / "year_end" when it is this month or year, else "before". */
function untilEnd(p: Period, today: LocalDate): Period {
  if (p.kind === "month" && p.to === relativeSpan("month", 0, today).to) return span("month_end", today, p.to);
  if (p.kind === "year" && p.to === relativeSpan("year", 0, today).to) return span("year_end", today, p.to);
  return span("before", today, p.to);
}

const POINT_RULES = POINTS.map((r) => ({ ...r, whole: wordRegex(r.source, true) }));

/** Group i read again as a point; used by "trước X", "từ X đến Y" and "cuối X". */
function pointAt(m: RegExpExecArray, i: number, c: Context): Period | null {
  const r = m.indices?.[i];
  const text = m[i];
  if (!r || text === undefined) return null;
  for (const rule of POINT_RULES) {
    const inner = rule.whole.exec(text);
    const p = inner && rule.parse(inner, { ...c, base: c.base + r[0] });
    if (p) return p;
  }
  return null;
}

// ---------------------------------------------------------------- combinations of points
const P = `(${POINTS.map((r) => noCapture(r.source)).join("|")})`;
const ENDS_TODAY: ReadonlySet<TimeExpressionKind> = new Set(["before", "month_end", "year_end"]);
const COUNT = `\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))}`;
const COUNT_UNIT = "ngay|tuan|thang|days?|weeks?|months?";

const COMBINATIONS: Rule[] = [
  {
    // trước 31/8, đến hết ngày 31/8, chậm nhất 31/8, by 31/8, trước tháng 9, từ nay đến cuối năm
    source: `(?:(?:tu (?:nay|bay gio|gio)|from now) )?(${alternation(BEFORE_WORDS)}) ${P}`,
    parse: (m, c) => {
      if (m[1] === "toi" && /^t[ôố]i$/.test(original(m, 1, c))) return null; // "tôi" (I), "tối" (evening)
      const p = pointAt(m, 2, { ...c, cued: true });
      if (!p || ENDS_TODAY.has(p.kind)) return p;
      if (p.kind === "day") return span("before", c.today, p.to);
      // "trước tháng 9" stops before September; "đến hết tháng này" is "month_end"
      return STRICT_BEFORE.has(m[1]!) ? span("before", c.today, addDays(p.from, -1)) : untilEnd(p, c.today);
    },
  },
  {
    // sau 31/8, sau tháng 9, after 31/8: the day after, to the end of that year
    source: `(${alternation(AFTER_WORDS)}) ${P}`,
    parse: (m, c) => {
      const p = original(m, 1, c) === "sáu" ? null : pointAt(m, 2, { ...c, cued: true });
      const from = p && addDays(p.to, 1);
      return from ? span("after", from, localDate(yearOfDate(from), 12, 31)) : null;
    },
  },
  {
    // từ 1/8 đến 15/9, 1/8 - 15/9, giữa 1/8 và 15/9, từ tháng 8 đến tháng 9; the end takes the start's year
    source: `(?:(${alternation(RANGE_OPEN)}) )?${P} ?(${alternation(RANGE_JOIN)}) ?${P}`,
    parse: (m, c) => {
      if ((m[3] === "va" || m[3] === "and") && m[1] !== "giua" && m[1] !== "between") return null;
      const a = pointAt(m, 2, { ...c, cued: true });
      if (!a) return null;
      const year = yearOfDate(a.from);
      let b = pointAt(m, 4, { ...c, cued: true, year });
      if (b && b.to < a.from) b = pointAt(m, 4, { ...c, cued: true, year: year + 1 }); // từ 1/12 đến 15/1
      return b && b.to >= a.from ? span("range", a.from, b.to) : null;
    },
  },
  {
    // tháng 8-9, tháng 8 đến tháng 9, tháng 8, 9 and tháng 8 và 9 (the last two only for neighbours)
    source: `thang (\\d{1,2}|${MONTH_WORD}) ?(,|va|[-–—]|den|toi) ?(?:thang )?(\\d{1,2}|${MONTH_WORD})${YEAR_TAIL}`,
    parse: (m, c) => {
      const [first, last] = [monthNumber(m, 1, c), monthNumber(m, 3, c)];
      if (!first || !last || ((m[2] === "," || m[2] === "va") && last !== first + 1)) return null;
      const p = monthSpan(yearOf(m[4], c), first, last);
      return p && p.kind === "range" ? p : null;
    },
  },
  {
    // trong 10 ngày tới, 10 ngày nữa, trong vòng 10 ngày, còn 3 ngày, 2 tuần tới, 3 tháng tới, within 10 days
    source:
      `(?:${alternation(COUNT_BEFORE)}) (${COUNT}) (${COUNT_UNIT})(?: (?:${alternation(COUNT_AFTER)}))?` +
      `|(${COUNT}) (${COUNT_UNIT}) (?:${alternation(COUNT_AFTER)})`,
    parse: (m, c) => {
      const count = m[1] ?? m[3]!;
      const n = /^\d/.test(count) ? Number(count) : NUMBER_WORDS[count]!;
      const unit = UNITS[(m[2] ?? m[4]!).replace(/s$/, "")];
      if (n < 1) return null;
      const to = unit === "month" ? addMonths(c.today, n) : addDays(c.today, n * (unit === "week" ? 7 : 1));
      return span("next_days", c.today, to);
    },
  },
];

// "trong" may open any point: "trong tháng 9", "trong tuần tới".
const RULES = [...POINTS.map((r) => ({ ...r, source: `(?:trong )?(?:${r.source})` })), ...COMBINATIONS].map((r) => ({
  ...r,
  find: wordRegex(r.source),
}));

/** Every time expression in the message, left to right, non-overlapping, the longest at each place. */
export function findTimeExpressions(message: string, today: LocalDate): TimeExpression[] {
  const { text, at } = foldWithMap(message);
  const context: Context = {
    today, thisYear: yearOfDate(today), year: yearOfDate(today), cued: false, deadline: DEADLINE.test(text), message, at, base: 0,
  };
  const found: Array<Period & { start: number; end: number }> = [];
  for (const rule of RULES) {
    // Every start is tried, so a match the parser rejects does not hide a shorter one inside it.
    for (let m = rule.find.exec(text); m; rule.find.lastIndex = m.index + 1, m = rule.find.exec(text)) {
      const cued = DATE_CUE.test(text.slice(Math.max(0, m.index - 24), m.index));
      const p = rule.parse(m, { ...context, cued });
      if (p) found.push({ ...p, start: m.index, end: m.index + m[0].length });
    }
    rule.find.lastIndex = 0;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: TimeExpression[] = [];
  let free = 0;
  for (const f of found) {
    if (f.start < free) continue;
    const [start, end] = [at[f.start]!, at[f.end]!];
    result.push({ kind: f.kind, window: { from: f.from, to: f.to }, start, end, text: message.slice(start, end) });
    free = f.end;
  }
  return result;
}
