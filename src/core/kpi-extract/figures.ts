import type { Layout } from "./layout.js";
import { findNumerals, scaled } from "./numerals.js";
import type { FigureMeasure } from "./types.js";

/**
 * The numbers of a text that are figures, each with what it measures, and the numbers that are not:
 * dates, years, document and article numbers, durations, counts of meetings or participants. A number is
 * a figure only when its own words say so (a %, money, a rank, points, or a noun of something reform counts);
 * otherwise it is left out, so that nothing is invented.
 */
export interface Figure {
  start: number;
  /** End of the number and its unit ("63,86%", "859 tỷ đồng", "28/63"). */
  end: number;
  value: number;
  /** Undefined: a bare number, a figure only if the words before it name a counted metric ("là 845.210"). */
  measure: FigureMeasure | undefined;
  /** A rank or a score given as a change ("tăng 9 bậc"), or percentage points ("2,35 điểm phần trăm"). */
  changeUnit: boolean;
  /** The count noun after the number ("tài khoản", "lượt"), when there is one. */
  noun: string | undefined;
}

/** Nouns of what reform reports count. Meetings, documents, classes and people are not among them on purpose. */
const COUNT_NOUNS =
  /^(?:ho so|tai khoan|luot|giao dich|thu tuc|tthc|dich vu cong|dvc|ket noi|nhiem vu|the can cuoc|the cccd|can cuoc|cccd|co so du lieu|csdl|chu ky so|ban ghi|giay to|ket qua giai quyet)/;
/** Words right after a number that make it a duration, an age, an event or a count of things that are no KPI. */
const NOT_A_FIGURE_AFTER =
  /^(?:thang|nam|ngay|tuan|quy|gio|phut|tuoi|cuoc|hoi nghi|buoi|dot|lop|van ban|dai bieu|diem cau|nguoi|can bo|cong chuc|nhom|to |doan|cap|tieu chi|linh vuc|don vi|dia phuong|xa|huyen|so|nganh|co quan|muc do|ban |bo |dieu|khoan)/;
/** Words right before a number that make it a name, an article, a year or a document number. */
const NOT_A_FIGURE_BEFORE =
  /(?:de an|dieu|khoan|chuong|muc|nghi quyet|nghi dinh|quyet dinh|chi thi|ke hoach|cong van|thong tu|so|nam|quy|thang|giai doan|lan thu|muc do|phien|khoa|ngay|sang|chieu|toi|tu|den|het|truoc|sau|duoi|cap do|level|phien ban|version|du an|chuong trinh|tuoi|dot|top|nhom|thu|hang|dung thu|xep thu|xep hang) $/;
const RANK_BEFORE = /(?:xep thu|dung thu|xep hang thu|xep hang|hang thu|hang|dung|thu|top|nhom|trong nhom|vi tri thu|vi tri) $/;
const DATE_BEFORE = /(?:ngay|sang|chieu|toi|tu|den|het|truoc|sau|luc|vao|hom|tinh den|den het|, |: ) ?$/;

export function findFigures(layout: Layout): Figure[] {
  const { text, folded } = layout;
  const figures: Figure[] = [];
  for (const n of findNumerals(text)) {
    const before = folded.slice(Math.max(0, n.start - 40), n.start);
    const after = folded.slice(n.end, n.end + 40);
    const afterRaw = text.slice(n.end, n.end + 40);
    // "35/KH-UBND", "45/2020/NĐ-CP": a document number.
    if (/^\/\d*\/?\p{L}/u.test(afterRaw) || /^\/\d+\/\p{L}/u.test(afterRaw)) continue;
    // "1." or "2)" opening a line: the number of a list item.
    if (/^[.)]\s/.test(afterRaw) && (n.start === 0 || text[n.start - 1] === "\n" || /\n\s*$/.test(text.slice(Math.max(0, n.start - 4), n.start)))) continue;
    const slash = /^\/(\d{1,4})(?![\d/]*\/?\p{L})/u.exec(afterRaw);
    if (slash) {
      const figure = fraction(n.digits, slash[1]!, before, folded.slice(n.end + slash[0].length, n.end + slash[0].length + 30));
      if (figure === "not-a-figure") continue;
      figures.push({ start: n.start, end: n.end + slash[0].length, ...figure });
      continue;
    }
    const word = after.trimStart();
    const gap = after.length - word.length;
    // "giai đoạn 2022 - 2025", "năm 2023": a bare four-digit year is never a figure.
    if (/^(?:19|20)\d\d$/.test(n.digits) && !/^%/.test(word)) continue;
    if (/^(?:%|phan tram)/.test(word)) {
      figures.push({ start: n.start, end: n.end + gap + (word.startsWith("%") ? 1 : 9), value: Number(n.digits), measure: "percent", changeUnit: false, noun: undefined });
      continue;
    }
    if (/^diem phan tram/.test(word)) {
      figures.push({ start: n.start, end: n.end + gap + 14, value: Number(n.digits), measure: "percent", changeUnit: true, noun: undefined });
      continue;
    }
    const money = /^(ty|trieu|nghin|ngan)?\s?(dong|vnd|d\b)/.exec(word) ?? /^(ty)(?!\s?(?:ho so|tai khoan|luot))/.exec(word);
    if (money) {
      const power = { ty: 9, trieu: 6, nghin: 3, ngan: 3 }[money[1] as "ty"] ?? 0;
      figures.push({ start: n.start, end: n.end + gap + money[0].length, value: scaled(n.digits, power), measure: "vnd", changeUnit: false, noun: undefined });
      continue;
    }
    if (/^diem(?! cau)/.test(word)) {
      figures.push({ start: n.start, end: n.end + gap + 4, value: Number(n.digits), measure: "score", changeUnit: false, noun: undefined });
      continue;
    }
    if (/^(?:bac|hang)\b/.test(word)) {
      figures.push({ start: n.start, end: n.end + gap + 3, value: Number(n.digits), measure: "rank", changeUnit: true, noun: undefined });
      continue;
    }
    if (RANK_BEFORE.test(before) && (/(?:top|nhom) $/.test(before) || /^(?:\s|$|[,.;)]|tinh|toan quoc|ca nuoc|ve|trong)/.test(word + " ")) && !/(?:ngay|nam|thang) $/.test(before)) {
      figures.push({ start: n.start, end: n.end, value: Number(n.digits), measure: "rank", changeUnit: false, noun: undefined });
      continue;
    }
    const multiplier = /^(trieu|nghin|ngan)\s/.exec(word);
    const power = multiplier ? { trieu: 6, nghin: 3, ngan: 3 }[multiplier[1] as "trieu"] : 0;
    const nounText = multiplier ? word.slice(multiplier[0].length) : word;
    const noun = COUNT_NOUNS.exec(nounText)?.[0];
    if (noun) {
      figures.push({ start: n.start, end: n.end + gap + (multiplier ? multiplier[0].length : 0), value: scaled(n.digits, power), measure: "count", changeUnit: false, noun });
      continue;
    }
    if (NOT_A_FIGURE_AFTER.test(nounText) || NOT_A_FIGURE_BEFORE.test(before)) continue;
    // A bare number: a figure only if the words before name a counted metric; the extractor decides.
    figures.push({ start: n.start, end: n.end + (multiplier ? gap + multiplier[0].length - 1 : 0), value: scaled(n.digits, power), measure: undefined, changeUnit: false, noun: undefined });
  }
  return figures;
}

type FractionFigure = Omit<Figure, "start" | "end">;

/** "28/63" after "đứng thứ" is a rank; "8/10 kết nối", "14/43 nhiệm vụ" a count; "25/7" after "ngày" a date. */
function fraction(digits: string, denominator: string, before: string, after: string): FractionFigure | "not-a-figure" {
  const value = Number(digits);
  const den = Number(denominator);
  if (RANK_BEFORE.test(before)) return { value, measure: "rank", changeUnit: false, noun: undefined };
  const word = after.trimStart();
  const noun = COUNT_NOUNS.exec(word)?.[0];
  if (noun) return { value, measure: "count", changeUnit: false, noun };
  if (/^(?:tinh|tinh,? thanh pho|dia phuong)/.test(word) && den >= 34) return { value, measure: "rank", changeUnit: false, noun: undefined };
  const dateLike = value >= 1 && value <= 31 && den >= 1 && den <= 12;
  if (dateLike || DATE_BEFORE.test(before) || denominator.length === 4) return "not-a-figure";
  // Neither a date nor followed by what it counts: a ratio whose meaning the text does not say.
  return "not-a-figure";
}
