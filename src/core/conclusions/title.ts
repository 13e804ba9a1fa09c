import { foldSameLength } from "./folded.js";

/**
 * The task's title: the words of the instruction, without the units (taken by the assignment), the deadline
 * and the words that only lead to it ("; hoàn thành trước ngày …", "thời gian thực hiện trong …"), and without
 * the urging adverbs a list of tasks does not need ("khẩn trương", "phải").
 */
export function taskTitle(text: string, spans: ReadonlyArray<readonly [number, number]>, remove: ReadonlyArray<readonly [number, number]>): string {
  let kept = "";
  for (const [start, end] of spans) {
    let part = text.slice(start, end);
    for (const [rs, re] of [...remove].sort((a, b) => b[0] - a[0])) {
      const from = Math.max(rs, start);
      const to = Math.min(re, end);
      if (from < to) part = part.slice(0, from - start) + "\u0000" + part.slice(to - start);
    }
    kept += (kept ? " " : "") + part;
  }
  // The words that led to the deadline go with it.
  const folded = foldSameLength(kept);
  const marker = folded.indexOf("\u0000");
  if (marker >= 0) {
    const lead = /(?:[,;]?\s*(?:(?:thoi gian|thoi han)(?:\s+(?:hoan thanh|thuc hien))?|hoan thanh|xong|thuc hien|vao)?\s*:?\s*)$/u.exec(folded.slice(0, marker));
    const cut = lead ? marker - lead[0].length : marker;
    const joint = /^[,;]/u.exec(lead?.[0] ?? "")?.[0];
    // "… trong 30 ngày kể từ ngày ký Thông báo này": the reference point goes with the deadline.
    const rest = kept.slice(marker + 1).replace(/^\s*(?:kể từ|ke tu)\s+ngày\s+(?:ký|ban hành)[^,;.]*/iu, "");
    kept = kept.slice(0, cut) + (joint ? `${joint} ` : " ") + rest;
  }
  let title = kept.replace(/\u0000/gu, " ").replace(/\s+/gu, " ");
  title = title.replace(/^[\s,;:.\-–]+/u, "").replace(/[\s,;:.\-–/]+$/u, "");
  const f = foldSameLength(title);
  const adverb = /^(?:(?:khan truong|phai|can|co trach nhiem|chiu trach nhiem|kip thoi)\s*,?\s+)+/u.exec(f);
  if (adverb) title = title.slice(adverb[0].length);
  title = title.replace(/\s*;\s*$/u, "").replace(/[\s,;]+(?:thuc hien|thực hiện)$/iu, "");
  return title.length === 0 ? title : title.charAt(0).toLocaleUpperCase("vi") + title.slice(1);
}
