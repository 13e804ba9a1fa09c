import type { AssignedUnit } from "./types.js";
import type { UnitReader } from "./unit-reader.js";

/**
 * Who a sentence assigns work to, and which part of it says what to do. Notices write it in a few ways:
 *   "Sở Nội vụ chủ trì, phối hợp với Sở TTTT tham mưu …"        the lead opens the sentence;
 *   "Giao Công an tỉnh chủ trì …", "Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương …"   after a cue word;
 *   "Rà soát … (Sở TN&MT chủ trì, phối hợp với Sở KH&ĐT thực hiện; hoàn thành trước …)"   in brackets;
 *   under a heading "Đối với Sở Thông tin và Truyền thông:" whose units the items inherit.
 */
export interface Assignment {
  /** The lead first, then the cooperating units. */
  readonly units: AssignedUnit[];
  /** The parts of the sentence that say what to do, as [start, end) offsets. */
  readonly spans: ReadonlyArray<readonly [number, number]>;
  /** The lead opens the sentence and "đã" follows it: a result reported, not an instruction. */
  readonly reportsResult: boolean;
  /** Units were named in the sentence itself (not inherited from a heading). */
  readonly named: boolean;
}

const OPENERS = /^\s*(?:(?:doi voi|ve phia|rieng)\s+|(?:dong thoi|ngoai ra|thoi gian toi|sap toi)\s*,?\s*)+/u;
const CUE = /(?<![\p{L}\p{N}])(?:giao(?:\s+cho)?|yeu cau|de nghi|chi dao|nho)(?![\p{L}\p{N}])\s+/gu;
const LEAD_ROLE = /^\s*,?\s*(?:chu tri|lam dau moi|chiu trach nhiem chinh)(?![\p{L}\p{N}])\s*,?\s*/u;
const COOPERATION = /^\s*,?\s*(?:va\s+)?phoi hop(?:\s+chat che)?(?:\s+(?:voi|cung))?\s+/u;
const RESULT_AFTER_LEAD = /^\s*,?\s*(?:da|cung da|deu da|dat|co ty le|xep thu|dung thu|chua|con cham|van con)(?![\p{L}\p{N}])/u;
const BRACKET_ASSIGNMENT = /\(\s*((?:giao\s+)?)[^()]*?(?:chu tri|phoi hop|thuc hien)[^()]*\)/u;

export function readAssignment(text: string, folded: string, reader: UnitReader, inherited: readonly AssignedUnit[]): Assignment {
  const opener = OPENERS.exec(folded)?.[0].length ?? 0;

  // The lead opens the sentence.
  const subject = reader.readList(text, folded, opener);
  if (subject.units.length > 0) {
    const reportsResult = RESULT_AFTER_LEAD.test(folded.slice(subject.end));
    return roles(text, folded, reader, subject.units, subject.end, true, reportsResult);
  }

  // Under a heading, "Chủ trì, phối hợp với Sở Tài chính …" and "Chỉ đạo UBND cấp xã …" are the heading's units at work.
  const cueWords = inherited.length > 0 ? /^(?:giao|yeu cau|de nghi)/u : /./u;
  for (const cue of folded.matchAll(CUE)) {
    if (!cueWords.test(cue[0]) || insideBrackets(folded, cue.index)) continue;
    const after = cue.index + cue[0].length;
    const list = reader.readList(text, folded, after);
    if (list.units.length > 0) return roles(text, folded, reader, list.units, list.end, true, false);
  }

  const bracket = BRACKET_ASSIGNMENT.exec(folded);
  if (bracket) {
    const inside = bracket.index + 1 + (/^\(\s*/u.exec(bracket[0])![0].length - 1) + bracket[1]!.length;
    const list = reader.readList(text, folded, inside);
    if (list.units.length > 0) {
      const inner = roles(text, folded, reader, list.units, list.end, true, false);
      return { ...inner, spans: [[opener, bracket.index]] };
    }
  }

  return roles(text, folded, reader, [...inherited], opener, false, false);
}

/** "… chủ trì, phối hợp với X, Y" after the lead: the cooperating units, and where the instruction starts. */
function roles(
  text: string,
  folded: string,
  reader: UnitReader,
  lead: AssignedUnit[],
  from: number,
  named: boolean,
  reportsResult: boolean,
): Assignment {
  let at = from;
  const role = LEAD_ROLE.exec(folded.slice(at));
  if (role) at += role[0].length;
  const units = [...lead];
  const cooperation = COOPERATION.exec(folded.slice(at));
  if (cooperation) {
    const list = reader.readList(text, folded, at + cooperation[0].length);
    if (list.units.length > 0) {
      units.push(...list.units);
      at = list.end;
    }
  }
  return { units: dedupe(units), spans: [[at, text.length]], reportsResult, named: named || (role !== null && lead.length > 0) };
}

function dedupe(units: readonly AssignedUnit[]): AssignedUnit[] {
  const seen = new Set<string>();
  return units.filter((u) => {
    const key = u.kind === "unit" ? u.code : u.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "(giao Sở Nội vụ chủ trì …)" is read as a bracketed assignment, with the words before it as the task. */
function insideBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}
