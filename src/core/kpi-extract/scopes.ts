import type { Scope } from "../model.js";

/**
 * The level or unit a figure is about, from the words before it (folded for levels, as written for names):
 * "Sở, ngành là 63,46%", "cấp huyện: 18,05%", "huyện Cô Tô đạt 97,4%". The unit that reports ("Theo báo cáo
 * của Sở Nội vụ", "Công an tỉnh cho biết") is the source, not the scope.
 */
export interface ScopeReading {
  scope: Scope;
  unit: string | null;
  at: number;
}

const LEVELS: ReadonlyArray<{ re: RegExp; scope: Scope }> = [
  { re: /\b(?:cap so,? nganh|so,? ban,? nganh|so,? nganh|khoi so,? nganh|cap so|cap tinh|khoi so|co quan cap tinh)\b/g, scope: "department_level" },
  { re: /\b(?:cap huyen|khoi huyen|ubnd cap huyen|cac huyen,? thi xa,? thanh pho)\b/g, scope: "district_level" },
  { re: /\b(?:cap xa|khoi xa|ubnd cap xa|cac xa,? phuong,? thi tran)\b/g, scope: "commune_level" },
  { re: /\b(?:toan tinh|ca tinh|toan thanh pho|(?<!cap |so |an |ubnd |dan |hoi dong nhan dan )tinh(?=[,.;:]| dat| la| co| hien| xep| dung))\b/gu, scope: "province" },
];

// A named unit as written: "Sở Kế hoạch và Đầu tư", "huyện Kim Sơn", "thành phố Hoa Lư", "Công an tỉnh".
const UNIT =
  /(?:\b[Ss]ở [\p{L}&-]+(?: [\p{L}&-]+){0,5}?(?=\s(?:có|đạt|là|với|dẫn|đã|mới|chỉ|cao|thấp|thanh|tiếp|co|dat|la|voi|da|moi|chi)(?=[\s,;:]|$)|[,;:(])|\b(?:[Hh]uyện|[Tt]hành phố|[Tt]hị xã|[Qq]uận|[Pp]hường|[Xx]ã|[Tt]hị trấn|huyen|thanh pho|thi xa|TP\.?) (?:\p{Lu}[\p{L}]*(?: |$)){1,3}|\bCông an (?:tỉnh|thành phố)\b|\bCong an tinh\b)/gu;
const SOURCE_BEFORE = /(?:theo|cua|bao cao cua|theo bao cao cua|tai|tren)\s?$/;
const UNIT_AFTER_SOURCE = /^\s?(?:cho biet|bao cao|thong tin)/;

export function scopeBefore(text: string, folded: string, from: number, to: number): ScopeReading | undefined {
  const window = folded.slice(from, to);
  let best: ScopeReading | undefined;
  for (const { re, scope } of LEVELS) {
    for (const m of window.matchAll(re)) {
      if (!best || from + m.index > best.at) best = { scope, unit: null, at: from + m.index };
    }
  }
  for (const m of text.slice(from, to).matchAll(UNIT)) {
    const at = from + m.index;
    const end = at + m[0].trimEnd().length;
    if (SOURCE_BEFORE.test(folded.slice(Math.max(0, at - 22), at)) || UNIT_AFTER_SOURCE.test(folded.slice(end, end + 14))) continue;
    if (!best || at >= best.at) best = { scope: "unit", unit: m[0].trim().replace(/[,;:]$/, ""), at };
  }
  return best;
}
