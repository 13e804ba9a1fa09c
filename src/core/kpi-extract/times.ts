import { daysInMonth, localDate, type LocalDate } from "../local-date.js";
import type { Layout } from "./layout.js";

/**
 * Time expressions of a report: a period ("từ 01/01 đến 27/6/2023", "6 tháng đầu năm 2023", "quý I/2024",
 * "tháng 8/2024", "năm 2023") or an as-of date ("tính đến 18/7", "đến hết năm 2024", "đến năm 2025").
 * Dates that only date the event or a document ("Sáng 12/7/2024", "Kế hoạch số 112/KH-UBND ngày 15/3/2024")
 * and comparison bases ("so với cùng kỳ năm 2022", "so với tháng 9") are found but marked, so that they
 * never become a figure's period.
 */
export interface TimeExpression {
  start: number;
  end: number;
  periodFrom: LocalDate | null;
  periodTo: LocalDate | null;
  asOf: LocalDate | null;
  /** "plan": the year in a plan's name ("Kế hoạch … năm 2023"), the period of that plan's targets only. */
  role: "time" | "comparison" | "event" | "now" | "plan";
}

const D = String.raw`(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?`;
const PATTERNS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray, year: (at: number) => number) => Omit<TimeExpression, "start" | "end" | "role"> | undefined }> = [
  {
    re: new RegExp(String.raw`\btu (?:ngay )?${D} (?:den|toi) (?:het )?(?:ngay )?${D}`, "g"),
    read: (m, year) => {
      const toYear = m[6] ? Number(m[6]) : year(m.index);
      return { periodFrom: date(m[3] ? Number(m[3]) : toYear, m[2]!, m[1]!), periodTo: date(toYear, m[5]!, m[4]!), asOf: null };
    },
  },
  {
    re: new RegExp(String.raw`\btu dau nam(?: (\d{4}))? (?:den|toi) (?:het )?(?:ngay )?${D}`, "g"),
    read: (m, year) => {
      const y = m[4] ? Number(m[4]) : m[1] ? Number(m[1]) : year(m.index);
      return { periodFrom: localDate(y, 1, 1), periodTo: date(y, m[3]!, m[2]!), asOf: null };
    },
  },
  {
    re: /\b(\d{1,2}) thang (?:dau )?nam(?: (\d{4}))?/g,
    read: (m, year) => {
      const y = m[2] ? Number(m[2]) : year(m.index);
      const months = Number(m[1]);
      return months >= 1 && months <= 12 ? { periodFrom: localDate(y, 1, 1), periodTo: localDate(y, months, daysInMonth(y, months)), asOf: null } : undefined;
    },
  },
  {
    re: /\bquy (iv|iii|ii|i|[1-4])(?:\/| nam )(\d{4})/g,
    read: (m) => {
      const q = { i: 1, ii: 2, iii: 3, iv: 4 }[m[1] as "i"] ?? Number(m[1]);
      const y = Number(m[2]);
      return { periodFrom: localDate(y, q * 3 - 2, 1), periodTo: localDate(y, q * 3, daysInMonth(y, q * 3)), asOf: null };
    },
  },
  {
    re: /\bthang (\d{1,2})(?:(?:\/| nam )(\d{4}))?(?![\d/])/g,
    read: (m, year) => {
      const y = m[2] ? Number(m[2]) : year(m.index);
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? { periodFrom: localDate(y, month, 1), periodTo: localDate(y, month, daysInMonth(y, month)), asOf: null } : undefined;
    },
  },
  {
    re: new RegExp(String.raw`\b(?:tinh den|den|toi|truoc|tai thoi diem)(?: het)?(?: ngay)? ${D}`, "g"),
    read: (m, year) => ({ periodFrom: null, periodTo: null, asOf: date(m[3] ? Number(m[3]) : year(m.index), m[2]!, m[1]!) }),
  },
  {
    re: /\b(?:tinh den|den|toi|truoc)(?: het| cuoi)? nam (\d{4})/g,
    read: (m) => ({ periodFrom: null, periodTo: null, asOf: localDate(Number(m[1]), 12, 31) }),
  },
  {
    re: /\b(?:den|toi|truoc) (?:het |cuoi )nam\b(?! \d)/g,
    read: (m, year) => ({ periodFrom: null, periodTo: null, asOf: localDate(year(m.index), 12, 31) }),
  },
  {
    // "năm 2023", "PAR INDEX 2023", "cả năm 2023": the year as a period.
    re: /\b(?:nam|index|sipas|papi|dti|ca nam) (\d{4})(?![\d/])/g,
    read: (m) => ({ periodFrom: localDate(Number(m[1]), 1, 1), periodTo: localDate(Number(m[1]), 12, 31), asOf: null }),
  },
  {
    // "Sáng 12/7/2024," "Ngày 25/7," a date standing alone: the day of the event, the "now" of "hiện".
    re: new RegExp(String.raw`(?:^|\b(?:ngay|sang|chieu|toi|hom) )${D}`, "g"),
    read: (m, year) => ({ periodFrom: null, periodTo: null, asOf: date(m[3] ? Number(m[3]) : year(m.index), m[2]!, m[1]!) }),
  },
];

function date(year: number, month: string, day: string): LocalDate | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(year, m)) return null;
  return localDate(year, m, d);
}

/** Years the report itself is about, for dates written without one: "giai đoạn 2022 - 2025" and "tầm nhìn đến năm 2030" are not. */
function reportYears(folded: string): Array<{ at: number; year: number }> {
  const years: Array<{ at: number; year: number }> = [];
  for (const m of folded.matchAll(/(?<![\d])(?:19|20)\d\d(?!\d)/g)) {
    const before = folded.slice(Math.max(0, m.index - 24), m.index);
    if (/(?:giai doan|tam nhin|den nam|toi nam|- |– )\s?$/.test(before) || /(?:giai doan \d{4}\s?[-–]\s?)$/.test(before)) continue;
    if (/(?:so |\/[a-z]{1,6}-?[a-z]*)$/.test(before) || /^\/[a-z]/.test(folded.slice(m.index + 4, m.index + 6))) continue;
    years.push({ at: m.index, year: Number(m[0]) });
  }
  return years;
}

export function findTimes(layout: Layout, referenceYear: number | undefined): TimeExpression[] {
  const { folded } = layout;
  const years = reportYears(folded);
  const fallback = years[0]?.year ?? referenceYear ?? 1970;
  const year = (at: number) => years.filter((y) => y.at < at).at(-1)?.year ?? fallback;
  const found: TimeExpression[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const start = m.index + (m[0].startsWith(" ") ? 1 : 0);
      const end = m.index + m[0].length;
      if (found.some((t) => start < t.end && end > t.start)) continue;
      const value = read(m as RegExpExecArray, year);
      if (!value || (value.asOf === null && value.periodTo === null)) continue;
      found.push({ start, end, ...value, role: roleOf(folded, start, end, m[0]) });
    }
  }
  for (const m of folded.matchAll(/(?<!(?:thuc|the|xuat|phat|bieu|trinh) )\bhien(?: nay| dang| tai)?(?= (?:dung|xep|dat|co|la|o|nam|chi|moi|van)\b|[,:])/g)) {
    if (!found.some((t) => m.index < t.end && m.index + m[0].length > t.start)) {
      found.push({ start: m.index, end: m.index + m[0].length, periodFrom: null, periodTo: null, asOf: null, role: "now" });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function roleOf(folded: string, start: number, end: number, matched: string): TimeExpression["role"] {
  const before = folded.slice(Math.max(0, start - 30), start);
  // "Kế hoạch công tác cải cách hành chính năm 2023": the year names the plan.
  if (matched.trimStart().startsWith("nam") && /ke hoach(?: [a-z]+){0,6} $/.test(folded.slice(Math.max(0, start - 60), start))) return "plan";
  if (/(?:so voi|so|voi|cung ky|cung ky nam|hon)(?: cung ky)?(?: cung thoi diem)?(?: ngay)? $/.test(before)) return "comparison";
  // "112/KH-UBND ngày 15/3/2024", "45/2020/NĐ-CP ngày 08/4/2020": the date of a document.
  if (/\/[a-z0-9]+(?:-[a-z0-9&]+)* (?:ngay )?$/.test(before) || /\/[a-z0-9]+(?:-[a-z0-9&]+)* $/.test(before + (matched.startsWith("ngay") ? "" : ""))) return "event";
  if (matched.includes("/") && /^(?:ngay|sang|chieu|toi|hom|\d)/.test(matched.trimStart()) && !/(?:tinh den|den|toi|truoc|het) (?:ngay )?$/.test(before)) {
    const after = folded.slice(end, end + 2);
    // A date that opens its sentence (or follows "Sáng", "Ngày") dates the event the text reports.
    if (/^[,:]/.test(after) || /^(?:sang|chieu|ngay|toi|hom)/.test(matched.trimStart()) || /(?:^|[.\n]\s*)$/.test(before)) return "event";
  }
  return "time";
}
