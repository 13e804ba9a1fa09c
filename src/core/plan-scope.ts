/**
 * Which of the active plans a question names, when several are followed at once (issue #11, item 1): the
 * year's plan of a programme ("kế hoạch CCHC", "chuyển đổi số", "Đề án 06") or a meeting's conclusions ("kết
 * luận", "chủ tịch chỉ đạo gì tại cuộc họp 25/7"), or a plan by its code. A question naming none is asked of
 * every active plan; one naming two or more (a task's title "… CCHC, CĐS và Đề án 06") is asked of all, too.
 */
import type { LocalDate } from "./local-date.js";
import type { Plan } from "./model.js";
import { fold } from "./vi/index.js";

const PROGRAMME_WORDS: ReadonlyArray<readonly [NonNullable<Plan["programme"]>, RegExp]> = [
  ["cchc", / (?:cchc|cai cach hanh chinh) /],
  ["cds", / (?:cds|chuyen doi so) /],
  ["da06", / (?:de an 0?6|da ?06) /],
];

/**
 * A meeting's conclusions: "kết luận", "chỉ đạo của Chủ tịch", "Chủ tịch (UBND tỉnh) chỉ đạo / yêu cầu / giao",
 * "tại cuộc họp 25/7". "Ban chỉ đạo" alone is the committee, not its conclusions. The Chairman is typed "CT" on
 * phones; "CT" alone is also a directive's number ("Chỉ thị 05/CT-TTg"), so it names the Chairman only with the
 * province or its committee after it ("CT tỉnh", "CT UBND"). "Lãnh đạo tỉnh giao / chỉ đạo" is the same
 * conclusions, said of the province's leadership; so is what was given "tại phiên họp hôm nay" (but "chuẩn bị họp chiều
 * nay" is a meeting still to come).
 */
const CHAIRMAN = "(?:chu tich|ct(?= (?:ubnd|uy ban|tinh) ))";
const CONCLUSION_WORDS = new RegExp(
  ` (?:ket luan|(?:chi dao|y kien|yeu cau) (?:cua )?${CHAIRMAN}|(?:${CHAIRMAN}|lanh dao(?= (?:ubnd|uy ban|tinh) )) (?:ubnd |uy ban nhan dan )?(?:tinh )?(?:(?:hom nay|sang nay|chieu nay|vua roi|moi) )?(?:da )?(?:chi dao|yeu cau|giao|ket luan)|(?:cuoc|phien|buoi) hop (?:ngay )?\\d{1,2} ?\\/ ?\\d{1,2}|(?:tai|trong) (?:cuoc |phien |buoi )?hop (?:hom nay|sang nay|chieu nay)) `,
);
/** "Hôm nay", "sáng nay", "chiều nay": the meeting of the day the question is asked. */
const TODAY_WORDS = / (?:hom nay|sang nay|chieu nay|today) /;

/**
 * The active plans the text names: one when it names one, none when it names none (or names a plan not held).
 * `today` lets "kết luận hôm nay" name the conclusions issued that day.
 */
export function namedPlans(text: string, active: readonly Plan[], today?: LocalDate): Plan[] {
  const folded = ` ${fold(text).replace(/[^a-z0-9/]+/g, " ").trim()} `;
  const byCode = active.filter((p) => new RegExp(` ${fold(p.code).replace(/[^a-z0-9]/g, "")} `).test(folded.replace(/(?<=[a-z]) (?=\d)/g, "")));
  if (byCode.length > 0) return byCode;
  const named = new Set<Plan>();
  for (const [programme, words] of PROGRAMME_WORDS) {
    if (!words.test(folded)) continue;
    // A programme with no plan of its own (Đề án 06 tasks inside the CCHC plan) names no plan.
    for (const p of active) if (p.kind !== "conclusion" && p.programme === programme) named.add(p);
  }
  if (CONCLUSION_WORDS.test(folded)) {
    const conclusions = active.filter((p) => p.kind === "conclusion");
    const dated = conclusions.filter((p) => p.issuedOn && (meetingDay(p.issuedOn).test(folded) || (p.issuedOn === today && TODAY_WORDS.test(folded))));
    for (const p of dated.length > 0 ? dated : conclusions) named.add(p);
  }
  return named.size === 1 ? [...named] : [];
}

/** "25/7", "25 / 7", "25/07/2023" for the day 2023-07-25. */
function meetingDay(day: string): RegExp {
  const [, month, date] = day.split("-").map(Number);
  return new RegExp(` 0?${date} ?\\/ ?0?${month}(?: |\\/)`);
}
