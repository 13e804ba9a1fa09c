import { isPrecise } from "./leftover.js";
import { isEnglishWord } from "./locale.js";
import { withoutAskerUnit } from "./asker-unit.js";
import type { Reading } from "./reading.js";
import type { UnderstandingIndex } from "./index-build.js";
import { foldWords } from "./words.js";

/**
 * Whether a message names a task by words of its title ("việc làm sạch dữ liệu dân cư xong chưa", "phương án
 * an toàn thông tin ai chủ trì"), so that the title search comes before any other filter.
 *
 * It does when the message asks about tasks, or asks who, when, why, whether or how far of something that is
 * not a figure ("số liệu định danh tính đến ngày nào" is about a figure), and has words of its own that no
 * name of an area, a level or a unit explains (those are filters). A percentage alone is no figure: a task's
 * progress is one too ("Núi Thành công khai TTHC được bao nhiêu %").
 */
export function namesTaskByTitle(reading: Reading, stateAsked: boolean, mine: boolean): boolean {
  const { cues } = reading;
  // "Đề án sắp xếp đơn vị hành chính…", "kế hoạch tuyên truyền…": a document the plan asks for names a task
  // as "nhiệm vụ" does (Đề án 06 is the programme, not a task).
  const documentNamed = / (?:de an|du an|phuong an|quy che|bo chi so) (?!0?6 )\S+ \S+/.test(reading.whole.padded);
  const taskNoun = cues.has("taskWords") || documentNamed;
  const figureAspects = [...reading.metric.aspects].filter((a) => a !== "percent");
  const aboutFigure = reading.metric.key !== undefined || reading.metric.ruledOut !== undefined || (figureAspects.length > 0 && !stateAsked && !taskNoun);
  const aboutOneTask = directedAbout(reading) || cues.has("who") || cues.has("when") || cues.has("why") || cues.has("notes") || cues.has("lead") || cues.has("cooperating") || cues.has("evidence") || cues.has("topic") || cues.has("status") ||
    // "… quá hạn bao nhiêu ngày rồi": how late one task is.
    / (?:bao nhieu|may|bn) ngay /.test(reading.whole.padded);
  const taskSpecific =
    aboutOneTask || cues.has("dueWord") || stateAsked ||
    ((cues.has("howIs") || cues.has("planProgress") || (cues.has("percent") && reading.namedUnits.length > 0)) && reading.contentWords.length >= 2);
  const ownWords = reading.leftover.filter((w) => !isPrecise(w));
  // "Nâng tỷ lệ hồ sơ trực tuyến … ở Tam Kỳ — tiến độ, hạn?": a unit's progress on a figure is its task's.
  const unitsProgress = reading.namedUnits.length > 0 && (cues.has("planProgress") || cues.has("dueWord"));
  // Enough words of its own: two, or one with a question about a task's lead, date or topic. A figure's name
  // after "nhiệm vụ" is a title's words ("nhiệm vụ hoàn thành 10 kết nối VPCP"); so are the names of an area
  // and levels asked about with a lead, a date or a status ("Đề án sắp xếp … cấp huyện, xã đang ở trạng
  // thái gì").
  const ownEnough =
    ownWords.length >= 2 || (ownWords.length >= 1 && aboutOneTask) ||
    (taskNoun && reading.metric.key !== undefined && reading.contentWords.length >= 2) ||
    // "Việc về VNeID ai chủ trì": one figure's name after a task noun, asked who leads it or when it is due.
    (taskNoun && reading.metric.key !== undefined && reading.contentWords.length >= 1 && aboutOneTask) ||
    (taskNoun && (cues.has("planProgress") || cues.has("howIs")) && reading.contentWords.length >= 4) ||
    // "Nhiệm vụ đề án sắp xếp ĐVHC cấp huyện, cấp xã": a document named by its subject.
    (documentNamed && reading.contentWords.length >= 4) ||
    (aboutOneTask && !cues.has("topic") && reading.contentWords.length >= 3) ||
    (unitsProgress && reading.metric.key !== undefined && reading.contentWords.length >= 3) ||
    // "Việc tuyên truyền CCHC trên báo, đài đạt bao nhiêu": an area's name followed by words of a title is
    // that title; the area alone ("việc tuyên truyền còn mấy") is a filter.
    (taskNoun && reading.areas.length > 0 && ownWords.length >= 1 && reading.contentWords.length >= 4);
  // A question about the plan itself ("kế hoạch … do cơ quan nào làm thường trực") names no task.
  // ("Giải ngân vốn đầu tư công trong kế hoạch tiến độ bao nhiêu": three words of a title of its own make the
  // plan only where the task is.)
  const aboutPlan = cues.has("planMention") && cues.has("planProgress") && !taskNoun && ownWords.length < 3;
  // "Các UBND cấp huyện chủ trì những nhiệm vụ nào": a level named with its councils' words is the units of
  // that level, although a title ("… do HĐND, UBND cấp huyện ban hành") has the same words.
  if (reading.levels.length > 0 && reading.contentWords.every((word) => LEVEL_WORDS.has(word))) return false;
  // Titles are Vietnamese: English words ("What tasks does … lead?") are not searched in them.
  const english = reading.contentWords.length > 0 && reading.contentWords.every(isEnglishWord);
  return (
    // "Việc số hóa hồ sơ của huyện mình hạn bao giờ": the asker's unit does not stop a title being named.
    // "Công khai TTHC ở huyện mình tới đâu rồi": words of a title with how far it has got.
    // "Nhiệm vụ hoàn thành 10 kết nối của sở tôi hạn là ngày nào", "bên em còn mấy kết nối VPCP chưa xong, hạn
    // là ngày nào": a figure's name with the date asked is the asker's unit's task about that figure.
    (!mine || (taskNoun && withoutAskerUnit(reading.contentWords).length >= 4) || (ownWords.length >= 2 && (cues.has("planProgress") || cues.has("howIs"))) ||
      (reading.metric.key !== undefined && cues.has("dueWord") && cues.has("when") && withoutAskerUnit(reading.contentWords).length >= 2) ||
      // "Rà soát đơn giản hóa TTHC năm 2023 của đơn vị em hạn ngày nào": words of a title of its own, with its date.
      (withoutAskerUnit(ownWords).length >= 2 && cues.has("dueWord") && cues.has("when"))) && !aboutPlan && !english && (reading.contentWords.length >= 2 || cues.has("topic") || (taskNoun && reading.metric.key !== undefined && aboutOneTask)) && ownEnough &&
    (taskNoun || taskSpecific) && (!aboutFigure || aboutOneTask || taskNoun || unitsProgress)
  );
}

/** The verbs of directing and assigning, folded. */
const ASSIGNING = "(?:chi dao|giao|yeu cau|ket luan|de ra)";
/** What was directed, assigned or asked for ("chỉ đạo gì", "giao những việc gì", "yêu cầu gì"). */
const DIRECTED = new RegExp(` ${ASSIGNING}(?: (?:nhung|cac))? (?:gi|viec gi|nv gi|nhiem vu gi|nhung gi|viec nao|nhiem vu nao) `);

/**
 * "Lãnh đạo tỉnh chỉ đạo gì về tăng tỷ lệ hồ sơ trực tuyến": what a plan or the Chairman's conclusions ask about
 * something, which is a task of theirs named by those words (a figure's name among them), not the figure.
 */
export function directedAbout(reading: Reading): boolean {
  return reading.cues.has("planMention") && DIRECTED.test(reading.whole.padded);
}

/**
 * "Chủ tịch giao Công an tỉnh mục tiêu thứ hạng VNeID thế nào": what a plan or the conclusions assigned a named
 * unit about a figure, which is that unit's task, not the unit's figure.
 */
export function assignedToUnit(reading: Reading): boolean {
  return reading.cues.has("planMention") && reading.namedUnits.length > 0 && new RegExp(` ${ASSIGNING} `).test(reading.whole.padded);
}

/** The words that name a level's units and nothing else. */
const LEVEL_WORDS = new Set("uy ban nhan dan ubnd hdnd hoi dong cap huyen xa so nganh tinh cac don vi dia phuong thi thanh pho phuong tran quan".split(" "));

/** The words that say what a figure measures rather than what it is of ("tỷ lệ", "số", "xếp hạng"). */
const MEASURE_WORDS = new Set("ty le ti so luong xep hang thu muc".split(" "));

/**
 * "Nâng thứ hạng VNeID ai chủ trì": the words of a title asked with a figure's name in them, that name read as
 * the figure's own ("Xếp hạng cài đặt, kích hoạt ứng dụng VNeID" → "cài đặt kích hoạt ứng dụng vneid"), for a
 * task that names the figure by its words rather than the asker's. Undefined when no figure is named.
 */
export function titleWithFigureName(reading: Reading, index: UnderstandingIndex, words: readonly string[]): string[] | undefined {
  const entry = reading.metric.key === undefined ? undefined : index.metricEntryByKey.get(reading.metric.key);
  if (!entry || reading.metric.matches.length === 0) return undefined;
  const figureWords = new Set(reading.metric.matches.flatMap((span) => foldWords(reading.text.slice(span.start, span.end)).words));
  const own = words.filter((word) => !figureWords.has(word));
  const named = foldWords(entry.metric.name).words.filter((word) => !MEASURE_WORDS.has(word));
  return [...new Set([...own, ...named])];
}
