import type { UnitReader } from "./unit-reader.js";

/**
 * One sentence may hold several assignments: "Sở Y tế …; Sở Giáo dục và Đào tạo …" or "…; giao Công an tỉnh
 * …". It is cut at a semicolon when a unit (or "giao"/"yêu cầu"/"đề nghị" and a unit) follows; other
 * semicolons separate steps of one task ("…; hoàn thành trong tháng 9/2023").
 */
export function splitClauses(text: string, folded: string, reader: UnitReader): Array<readonly [number, number]> {
  const cuts: number[] = [];
  for (const m of folded.matchAll(/;\s*(?:dong thoi\s*,?\s*)?/gu)) {
    let at = m.index + m[0].length;
    const cue = /^(?:giao(?:\s+cho)?|yeu cau|de nghi)\s+/u.exec(folded.slice(at));
    if (cue) at += cue[0].length;
    const list = reader.readList(text, folded, at);
    if (list.units.length > 0 && !/^\s*(?:da|dat)(?![\p{L}])/u.test(folded.slice(list.end))) cuts.push(m.index);
  }
  const spans: Array<readonly [number, number]> = [];
  let start = 0;
  for (const cut of cuts) {
    spans.push([start, cut]);
    start = cut + 1;
  }
  spans.push([start, text.length]);
  return spans;
}
