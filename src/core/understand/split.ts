import type { Span } from "./aspects.js";
import type { Understanding } from "./types.js";
import { foldWords } from "./words.js";

/** At most this many questions are answered from one message: more is a report pasted, not questions asked. */
const MAX_PARTS = 3;

/**
 * Where a message may hold two questions: a sentence's end, a semicolon, a comma, or "và", "với lại",
 * "đồng thời", "and" (with "còn", "cho anh hỏi" after them dropped: "…, còn VNeID kích hoạt được bao nhiêu").
 */
const BREAK =
  /(?:\s*[?!;]+\s*|(?<!\d)\.\s+|\s*,\s*|\s+(?:và|va|với lại|voi lai|đồng thời|dong thoi|and|also)\s+)(?:(?:và|va|còn|con|thêm nữa|them nua|ngoài ra|ngoai ra|với lại|voi lai)\s+)?(?:cho\s+(?:anh|em|chị|chi|tôi|toi|mình|minh)\s+(?:hỏi|hoi|biết|biet)(?:\s+(?:thêm|them))?\s+)?/giu;

/**
 * Words that ask something, folded: a part without one ("Sở Nội vụ, còn việc gì quá hạn") is a name set before
 * the question, not a question of its own.
 */
const ASKS =
  / (?:bao nhieu|bn|bnhieu|may|nao|ai|khi nao|bao gio|chua|gi|sao|the nao|ra sao|toi dau|den dau|ty le|ti le|phan tram|xep hang|thu may|tien do|tinh hinh|ket qua|danh sach|liet ke|tong so|how|what|which|who|when|whats|is|are|does) /;

/** What a part must be to be answered on its own: a question about the plan's data, not small talk or words not understood. */
function standsAlone(u: Understanding): boolean {
  switch (u.intent) {
    case "unknown":
    case "out_of_domain":
    case "empty":
    case "greeting":
    case "thanks":
    case "help":
    case "not_admitted":
    case "task_command":
    case "several":
      return false;
    case "task_list":
    case "task_count":
      return u.titleOnly !== true;
    default:
      return true;
  }
}

/** Answers that already take in several things named together ("số lượt và số tiền", "CCHC23-16 và CCHC23-17"). */
function takesSeveral(u: Understanding): boolean {
  switch (u.intent) {
    case "kpi_values":
    case "kpi_compare":
    case "kpi_difference":
    case "kpi_share":
    case "kpi_derived":
    case "chart":
    case "briefing":
      return true;
    case "task_detail":
      return (u.also?.length ?? 0) > 0;
    case "task_list":
    case "task_count":
      return u.alsoUnits !== undefined || u.partner !== undefined || u.exceptUnit !== undefined;
    default:
      return false;
  }
}

/**
 * Two (or three) questions typed in one message, each answered: "tỷ lệ hồ sơ trực tuyến cấp huyện bao nhiêu và
 * có mấy nhiệm vụ quá hạn", "CCHC23-40 ai chủ trì, còn VNeID kích hoạt được bao nhiêu". Read whole, such a message
 * answers one of them and drops the other, or worse mixes them ("việc nào sắp đến hạn và tỷ lệ hoàn thành" read as
 * tasks done soon). A message is split only where each side asks something of its own and is understood alone;
 * a side that leans on the other ("…, còn cấp xã?") is no question of its own, and the whole is read as before.
 * A unit, area or level named in the first question carries to a task question after it that names none
 * ("Sở Nội vụ có mấy việc quá hạn, mấy việc chưa bắt đầu").
 */
export function splitQuestions(
  text: string,
  whole: Understanding,
  read: (part: string, first: boolean) => Understanding,
  names: () => readonly Span[],
): Understanding[] | undefined {
  if (takesSeveral(whole) || foldWords(text).words.length < 5 || text.search(BREAK) < 0) return undefined;
  // A cut inside a name ("Department of Information and Communications", "Sở Văn hóa, Thể thao và Du lịch") splits no question.
  const inside = names();
  const parts = splitFrom(text, read, true, MAX_PARTS, (at) => inside.some((name) => name.start < at && at < name.end));
  if (!parts || parts.length < 2) return undefined;
  if (parts.every((part) => sameQuery(part, parts[0]!))) return undefined;
  return parts;
}

function splitFrom(text: string, read: (part: string, first: boolean) => Understanding, first: boolean, room: number, inName: (at: number) => boolean, offset = 0): Understanding[] | undefined {
  if (room < 2) return undefined;
  for (const cut of text.matchAll(BREAK)) {
    if (inName(offset + cut.index) || inName(offset + cut.index + cut[0].length - 1)) continue;
    const left = text.slice(0, cut.index).trim();
    const right = text.slice(cut.index + cut[0].length).trim();
    if (!asks(left) || !asks(right)) continue;
    const leftQuery = read(left, first);
    if (!standsAlone(leftQuery)) continue;
    const rightAlone = read(right, false);
    const rest = takesSeveral(rightAlone) ? [rightAlone] : (splitFrom(right, read, false, room - 1, inName, offset + cut.index + cut[0].length) ?? (standsAlone(rightAlone) ? [rightAlone] : undefined));
    if (!rest || leansOn(leftQuery, rest[0]!, right)) continue;
    return [leftQuery, ...rest.map((query) => carried(leftQuery, query))];
  }
  return undefined;
}

/** Questions about tasks, the plan or the units (not a figure of the report). */
function ofTasks(u: Understanding): boolean {
  return u.intent === "task_list" || u.intent === "task_count" || u.intent === "task_detail" || u.intent === "plan_progress" || u.intent === "plan_figure";
}

/** A task named as such: "việc", "nhiệm vụ", "nv". */
const TASK_NOUN = / (?:viec|nhiem vu|nv|cong viec) /;

/** The plan named in words: "kế hoạch", "KH", "CCHC", "chuyển đổi số", "Đề án 06". */
const PLAN_NAMED = / (?:ke hoach|kh|cchc|cai cach hanh chinh|chuyen doi so|cds|de an) /;

/**
 * A question about tasks after another about tasks that names nothing of its own ("bao nhiêu việc xong trễ, là
 * những việc nào", "cải cách tài chính công có bao nhiêu việc, xong mấy", "những nhiệm vụ chưa triển khai, chưa
 * đến hạn"): it goes on with the first one's tasks and is read with it, as one question.
 */
function leansOn(first: Understanding, next: Understanding, nextText: string): boolean {
  if (!ofTasks(first) || !ofTasks(next)) return false;
  switch (next.intent) {
    case "task_detail":
      return false;
    case "task_list":
    case "task_count":
      // "Kế hoạch CCHC hoàn thành bao nhiêu %, có mấy việc quá hạn": the tasks of a state, after the plan's progress,
      // are a question of their own (the plan has no filter to lend them).
      if (first.intent === "plan_progress" && next.state !== "all" && next.state !== "open" && TASK_NOUN.test(foldWords(nextText).padded)) return false;
      return !(next.unit || next.mine || next.area || next.leadLevel || next.due || next.programme || next.titleWords || next.alsoUnits);
    default:
      return !PLAN_NAMED.test(foldWords(nextText).padded);
  }
}

function asks(part: string): boolean {
  const folded = foldWords(part);
  return folded.words.length >= 2 && ASKS.test(folded.padded);
}

/** The unit, area or level of a task question carried to the next task question, which names none of its own. */
function carried(from: Understanding, to: Understanding): Understanding {
  if ((from.intent !== "task_list" && from.intent !== "task_count") || (to.intent !== "task_list" && to.intent !== "task_count")) return to;
  if (to.unit || to.mine || to.area || to.leadLevel || to.programme || to.titleWords) return to;
  return {
    ...to,
    ...(from.unit ? { unit: from.unit } : {}),
    ...(from.mine ? { mine: from.mine } : {}),
    ...(from.role ? { role: from.role } : {}),
    ...(from.area ? { area: from.area } : {}),
    ...(from.leadLevel ? { leadLevel: from.leadLevel } : {}),
    ...(from.programme ? { programme: from.programme } : {}),
  };
}

function sameQuery(a: Understanding, b: Understanding): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
