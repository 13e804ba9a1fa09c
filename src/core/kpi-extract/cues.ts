import type { Qualifier } from "../model.js";

/**
 * Words around a figure (folded text) that say what kind of figure it is and how exact. Targets are told by
 * words before the figure in its sentence ("phấn đấu", "chỉ tiêu", "mục tiêu"); "đạt 60,58% so với chỉ tiêu"
 * is a result measured against a target, not a target.
 */
const TARGET_CUE = /\b(?:phan dau|chi tieu|muc tieu|ke hoach de ra|ke hoach dat ra|de ra muc tieu|dat muc tieu|phai dat|phai hoan thanh|huong toi|du kien dat)\b/g;
const NOT_TARGET_CUE = /(?:so voi|vuot|bang|theo) $/;

/** Where the target cue of a sentence starts, before `at`; undefined when the figure is no target. */
export function targetCueBefore(foldedSentence: string, at: number): number | undefined {
  let found: number | undefined;
  for (const m of foldedSentence.slice(0, at).matchAll(TARGET_CUE)) {
    const before = foldedSentence.slice(Math.max(0, m.index - 10), m.index);
    if (NOT_TARGET_CUE.test(before)) continue;
    // "chỉ tiêu được giao" after a result ("đạt 71,2% so với chỉ tiêu được giao") has been ruled out above;
    // "chỉ tiêu" right after the previous figure ("83,5% chỉ tiêu") belongs to that figure.
    if (m[0] === "chi tieu" && /\d\s?%? $/.test(before)) continue;
    found = m.index;
  }
  return found;
}

// "tăng 7,2%", "giảm 3,2%", "tăng thêm 25.410", "vượt 6,4%", "cao hơn 3 bậc"; "tăng lên 5.000" is a new level.
const CHANGE_BEFORE = /\b(?:tang|giam|vuot|cao hon|thap hon|nhieu hon|it hon|tang them|giam di|giam bot|tang len|tang so|giam so)(?: them)?(?: (?:duoc|khoang|gan|hon|tren|den))? $/;
const NEW_LEVEL = /\b(?:tang|giam) (?:len|xuong|den|toi)(?: (?:khoang|gan|hon|tren))? $/;

export function isChange(before: string): boolean {
  return CHANGE_BEFORE.test(before) && !NEW_LEVEL.test(before);
}

const MORE_THAN = /\b(?:hon|tren|it nhat|toi thieu|tu)$/;
const LESS_THAN = /\b(?:gan|duoi|chua den|chua toi|chua dat|toi da|khong qua)$/;
const ABOUT = /\b(?:khoang|xap xi|uoc|uoc dat|uoc tinh|chung|khoang chung)$/;

/** "hơn 859 tỷ đồng" is a lower bound, "gần 70%" an upper one, "khoảng 128 tỷ" an estimate. */
export function qualifierOf(before: string, after: string): Qualifier {
  const words = before.trimEnd();
  if (/^\s*(?:tro len|tro len\b)/.test(after)) return "more_than";
  if (/^\s*tro xuong/.test(after)) return "less_than";
  if (ABOUT.test(words)) return "about";
  if (LESS_THAN.test(words)) return "less_than";
  if (MORE_THAN.test(words)) return /\btu$/.test(words) ? "exact" : "more_than";
  return "exact";
}
