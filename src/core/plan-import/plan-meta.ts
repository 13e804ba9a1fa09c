/**
 * What a plan's name or its file's title says about it: the programme (CCHC, CĐS, Đề án 06), the year or
 * years, and the document it comes from ("Kế hoạch số 123/KH-UBND ngày 10/01/2024").
 */
import { type LocalDate, daysInMonth, localDate } from "../local-date.js";
import { fold } from "../vi/index.js";
import { hasWords, plainWords } from "./words.js";

export type Programme = "cchc" | "cds" | "da06";
export type PlanKind = "plan" | "conclusion";

export interface PlanMeta {
  programme: Programme | null;
  year: number | null;
  /** The last year of a plan for a period ("giai đoạn 2026 - 2030"). */
  yearTo: number | null;
  /** "Kế hoạch số 123/KH-UBND ngày 10/01/2024", as written. */
  document: string | null;
  issuedOn: LocalDate | null;
  /** The line that reads as the plan's title ("KẾ HOẠCH Cải cách hành chính năm 2024"), when there is one. */
  title: string | null;
}

const PROGRAMME_WORDS: ReadonlyArray<{ programme: Programme; words: readonly string[] }> = [
  { programme: "da06", words: ["de an 06", "de an so 06", "da06", "da 06", "de an 6"] },
  { programme: "cds", words: ["chuyen doi so", "cds", "chinh quyen so", "chinh quyen dien tu"] },
  { programme: "cchc", words: ["cai cach hanh chinh", "cchc"] },
];

export function programmeOf(text: string): Programme | null {
  const words = plainWords(text);
  return PROGRAMME_WORDS.find((entry) => entry.words.some((w) => hasWords(words, w)))?.programme ?? null;
}

/** Reads the lines above a task table (or a plan's name) for what they say about the plan. */
/**
 * A line naming the plan: from "Kế hoạch", "Chương trình" or "Thông báo kết luận" on ("Danh mục nhiệm vụ Kế hoạch
 * cải cách hành chính năm 2024" → "Kế hoạch cải cách hành chính năm 2024"), not a bare "PHỤ LỤC" nor a line in
 * brackets ("(Kèm theo Kế hoạch số …)").
 */
function titleOf(line: string): string | null {
  if (line.startsWith("(") || line.length > 300) return null;
  const folded = fold(line.normalize("NFC"));
  const at = folded.search(/\b(ke hoach|chuong trinh|thong bao ket luan)\b/);
  if (at < 0) return null;
  const title = line.normalize("NFC").slice(at).trim();
  return /^(ke hoach|chuong trinh|thong bao ket luan)\s+so\b/.test(folded.slice(at)) || title.split(/\s+/).length < 3 ? null : title;
}

export function planMeta(lines: readonly string[]): PlanMeta {
  const meta: PlanMeta = { programme: null, year: null, yearTo: null, document: null, issuedOn: null, title: null };
  for (const line of lines.map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l !== "")) {
    const words = plainWords(line);
    meta.programme ??= programmeOf(line);
    meta.title ??= titleOf(line);
    const period = /giai doan (20\d\d) (?:den )?(20\d\d)/.exec(words);
    if (period && meta.year === null) {
      meta.year = Number(period[1]);
      meta.yearTo = Number(period[2]);
    }
    const year = /\bnam (20\d\d)\b/.exec(words);
    if (year && meta.year === null) meta.year = Number(year[1]);
    const document = /((?:Kế hoạch|Quyết định|Thông báo|Chương trình|Văn bản)\s+số\s+[\p{L}\p{N}/.-]+(?:\s+ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))?)/iu.exec(line);
    if (document && meta.document === null) {
      meta.document = document[1]!;
      const [d, m, y] = [document[2], document[3], document[4]].map(Number);
      if (document[2] && m! >= 1 && m! <= 12 && d! >= 1 && d! <= daysInMonth(y!, m!)) meta.issuedOn = localDate(y!, m!, d!);
    }
  }
  return meta;
}
