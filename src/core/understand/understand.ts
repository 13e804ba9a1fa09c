import type { LocalDate } from "../local-date.js";
import { normalizeInput, prepareMessage } from "../vi/index.js";
import type { ConversationContext } from "./context.js";
import { MINE } from "./asker-unit.js";
import { isFragment } from "./fragment.js";
import type { UnderstandingIndex } from "./index-build.js";
import { readKpiQuestion } from "./kpi-query.js";
import { detectLocale } from "./locale.js";
import { readChartRequest } from "./chart-request.js";
import { isNoise } from "./noise.js";
import { readOverTime } from "./over-time.js";
import { quotedFigures } from "./quoted-figure.js";
import { readMessage } from "./reading.js";
import { searchWords } from "./leftover.js";
import { splitQuestions } from "./split.js";
import { rankingLevel, readTaskQuestion } from "./task-query.js";
import type { Understanding, Understood } from "./types.js";
import { asTyped } from "./typed-words.js";
import { foldWords, type FoldedText } from "./words.js";

export interface UnderstandOptions {
  /** The day questions are asked on, for "tuần tới", "tháng 8", "trước 31/8". */
  today: LocalDate;
  /** What the chat talked about last: used only when the new message is a fragment of that question. */
  context?: ConversationContext;
}

/**
 * Reads a message the way an official types it and turns it into a typed query. Names (metrics, levels,
 * units, areas), dates and task codes are found first, each with its place in the message; the kind of
 * question is decided by the cue words of what is left; and whatever is still left must be filler. A
 * message with a number, a date, a unit or a metric word nobody understood is answered "chưa rõ", never
 * with a figure for some other question. Context fills a gap only in a fragment ("còn cấp xã?").
 */
export function understand(raw: string, index: UnderstandingIndex, options: UnderstandOptions): Understood {
  const whole = understandOne(raw, index, options);
  const { context: _context, ...withoutContext } = options;
  const text = prepareMessage(raw);
  const names = () => {
    const reading = readMessage(text, index, options.today);
    return [...reading.units, ...reading.areas, ...reading.metric.matches, ...reading.times];
  };
  const parts = splitQuestions(text, whole.understanding, (part, first) => understandOne(part, index, first ? options : withoutContext).understanding, names);
  return parts ? { understanding: { intent: "several", parts }, locale: whole.locale } : whole;
}

function understandOne(raw: string, index: UnderstandingIndex, options: UnderstandOptions): Understood {
  // "Cho anh hỏi 2 việc: …" announces two questions; its "việc" is no task.
  const text = prepareMessage(raw).replace(QUESTIONS_ANNOUNCED, (announced) => " ".repeat(announced.length));
  const whole = foldWords(text);
  const locale = detectLocale(raw, foldWords(normalizeInput(raw)));
  const say = (understanding: Understanding): Understood => ({ understanding, locale });
  if (whole.words.length === 0) return say({ intent: "empty" });
  if (isNoise(raw, whole)) return say({ intent: "out_of_domain" });

  const reading = readMessage(text, index, options.today);
  const chart = readChartRequest(reading);
  if (chart) return say(chart);
  const numbered = numberedTask(whole, index);
  const code = reading.codes[0] ?? numbered;
  // "CCHC23-16 và CCHC23-17 tiến độ mỗi cái bao nhiêu": each task named is shown.
  if (code && reading.codes.length > 1) return say({ intent: "task_detail", code, also: reading.codes.slice(1, MAX_TASKS_SHOWN) });
  if (code) return say({ intent: "task_detail", code });
  const pointed = pointedTask(whole, index, options.context);
  if (pointed) return say({ intent: "task_detail", code: pointed });

  // "Kết nối VPCP xong mấy cái" → "nhiệm vụ này ai chủ trì": the task behind the figure just given, found by the
  // figure's name among the titles (none found is said so; no other task is shown for it).
  const figureBefore = options.context?.metric && !(options.context.tasks?.length) ? index.metricByKey.get(options.context.metric) : undefined;
  if (figureBefore && THAT_TASK.test(whole.padded) && reading.namedUnits.length === 0) {
    // Every word of the figure's name must stand in the title ("tổng số tiền thanh toán trực tuyến" is no task's).
    const titleWords = searchWords(figureBefore.name).filter((word) => !GENERIC_FIGURE_WORDS.has(word));
    return say({ intent: "task_list", state: "all", titleWords, titleText: figureBefore.name, titleExact: true });
  }
  const fragment = isFragment(reading, options.context);
  const context = fragment ? options.context : undefined;
  const cues = reading.cues;
  const taskish = cues.has("taskWords") || cues.has("planMention") || cues.has("programme") || cues.has("who") || cues.has("when") || cues.has("lead") || cues.has("cooperating");

  // "Chi tiết nv đó" right after a list of one task.
  const shown = options.context?.tasks;
  if (reading.allCues.has("detail") && shown?.length === 1 && reading.namedUnits.length === 0) return say({ intent: "task_detail", code: shown[0]! });
  // "Ok cảm ơn em", "chào em": small talk, whatever a short word of it might look like.
  if ((reading.allCues.has("thanks") || reading.allCues.has("greeting")) && whole.words.length <= 4 && !reading.allCues.has("domain") && !taskish) {
    return say({ intent: reading.allCues.has("thanks") ? "thanks" : "greeting" });
  }
  const unavailable = index.unavailable.find(text)[0];
  const askedOfTasks =
    cues.has("taskWords") || cues.has("who") || cues.has("when") || cues.has("lead") || cues.has("cooperating") || cues.has("evidence") || cues.has("status") ||
    // "Hoàn thành đúng hạn bao nhiêu, trễ hạn bao nhiêu": tasks done on time and late, not dossiers.
    ((reading.allCues.has("doneOnTime") || reading.allCues.has("doneLate")) && !reading.allCues.has("percent") && reading.metric.key === undefined) ||
    // "Số hóa hồ sơ TTHC ở Núi Thành tới đâu rồi", "chỉ số CCHC 2022 đã công bố chưa": a task's progress, not a figure.
    ((cues.has("planProgress") || cues.has("done")) && !reading.allCues.has("howMuch") && !reading.allCues.has("percent"));
  if (unavailable && (!askedOfTasks || reading.allCues.has("percent"))) return say({ intent: "unknown", reason: "unknown_metric", name: unavailable.phrase });
  // "Tóm tắt tiến độ kế hoạch" is the plan's progress; "tóm tắt tình hình" the whole briefing.
  // "Tổng hợp tình hình kích hoạt định danh": that family of figures, not the whole briefing.
  const figureNamed = reading.metric.key !== undefined || [...reading.metric.aspects].some((aspect) => aspect !== "percent");
  // "Tóm tắt kết quả VNeID và định danh điện tử": several figures of a programme are that programme's summary.
  const programmeFigures = reading.metric.key !== undefined && index.metricEntryByKey.get(reading.metric.key)?.aspects.has("da06") && /(?<![\p{L}])(?:và|va|and)(?![\p{L}])|,/iu.test(text);
  if (reading.allCues.has("briefing") && programmeFigures) return say({ intent: "briefing", programme: "Đề án 06" });
  // ("Tóm tắt việc của Tam Kỳ" is that unit's tasks; "nhiệm vụ nào đang chậm cần chỉ đạo gấp" lists the late ones.)
  const tasksListed = cues.has("taskWords") && cues.has("listWords") && (cues.has("overdue") || cues.has("blocked") || cues.has("notStarted") || cues.has("doneLate"));
  if (reading.allCues.has("briefing") && !figureNamed && !cues.has("planMention") && !cues.has("planProgress") && !reading.allCues.has("programme") && reading.namedUnits.length === 0 && !tasksListed) return say({ intent: "briefing" });
  // ("Đơn vị tôi có việc nào hoàn thành chậm không": the asker's own tasks done late, no ranking.)
  if (reading.allCues.has("units") && reading.allCues.has("slowest") && !reading.metric.key && reading.namedUnits.length === 0 && !reading.allCues.has("doneLate") && !(reading.allCues.has("mine") || MINE.test(whole.padded))) {
    const level = rankingLevel(reading);
    return say({ intent: "unit_ranking", ...(level ? { leadLevel: level } : {}) });
  }

  // "Tỷ lệ hồ sơ trực tuyến của Hà Nội": another province's figure is not held, and this one's is no answer.
  // (Compared with it, "… so với cả nước", this province's figure is the answer, and the other one is said missing.)
  // A rank is the province's place in the country: "xếp hạng mấy cả nước" asks for it.
  const ranked = (reading.metric.key !== undefined && index.metricByKey.get(reading.metric.key)?.measure === "rank") || / (?:xep hang|hang|thu may|dung thu|top) /.test(whole.padded);
  const otherPlace = reading.otherPlaces.find(
    (place) => !/(?:so với|so voi|compared (?:to|with))\s*$/iu.test(text.slice(0, place.start)) && !(place.id === "cả nước" && ranked),
  );
  if (otherPlace && reading.namedUnits.length === 0 && (figureNamed || taskish || reading.allCues.has("domain"))) {
    return say({ intent: "unknown", reason: "other_province", name: otherPlace.id, ...(reading.metric.key ? { metric: reading.metric.key } : {}) });
  }
  // "64% đó là của cấp nào", "859 tỷ là tiền gì", "718.738 với 633.404 khác nhau thế nào": figures named by their
  // values and by nothing else are those figures, answered with what they measure, their period and source.
  if (reading.metric.key === undefined && reading.namedUnits.length === 0 && !cues.has("taskWords") && !cues.has("planMention")) {
    const quoted = quotedFigures(text, index.figures);
    const metrics = [...new Set(quoted.flat().map((figure) => figure.metric))];
    // "Còn bao nhiêu tk nữa mới đạt 738.291": a target quoted with what is missing to it asks for the gap.
    const figure = quoted.length === 1 && quoted[0]!.length === 1 ? quoted[0]![0]! : undefined;
    // ("Số tk đã cấp có đủ đạt chỉ tiêu kích hoạt 738.291 không": another figure named against it is no such gap.)
    const otherFigureNamed = index.metricNames.bestOfEach(text).some((match) => match.id !== figure?.metric && match.score >= 0.85);
    if (figure?.target && !otherFigureNamed && (cues.has("shortfall") || cues.has("gap") || cues.has("remaining") || / (?:moi|de) dat /.test(whole.padded))) return say({ intent: "kpi_gap", metric: figure.metric });
    if (figure) return say({ intent: "kpi_value", metric: figure.metric, scope: figure.scope });
    // "14/43 là gì em", "32,55% nghĩa là sao": a figure no KPI holds, asked what it is, may be the plan's own.
    const asked = quoted.length === 0 && ASKED_WHAT.test(whole.padded) ? PLAN_FIGURE.exec(text) : null;
    if (asked) {
      const typed = asked[0].trim();
      return say(asked[1] ? { intent: "plan_figure", done: Number(asked[1]), total: Number(asked[2]), typed } : { intent: "plan_figure", rate: Number(asked[3]!.replace(",", ".")), typed });
    }
    if (quoted.length >= 2 && quoted.every((figures) => figures.length === 1) && metrics.length >= 2) return say({ intent: "kpi_values", metrics });
  }
  const kpi = readKpiQuestion(reading, index, context);
  if (kpi) return say(readOverTime(kpi, reading) ?? kpi);
  const tasks = readTaskQuestion(reading, index, context, options.today);
  if (tasks) return say(tasks);

  const all = reading.allCues;
  // A place name alone ("hôm nay Tam Kỳ có mưa không") does not make a question about the plan.
  const domain = all.has("domain") || all.has("taskWords");
  if (all.has("thanks") && !domain) return say({ intent: "thanks" });
  if (all.has("greeting") && !domain) return say({ intent: "greeting" });
  if (all.has("help") && !domain) return say({ intent: "help" });
  // "Giải ngân vốn đầu tư công": words that may be a task's title, said alone. The title search answers,
  // and says it found nothing rather than guessing.
  // A figure asked of them ("tỷ lệ giải ngân … đạt bao nhiêu %") is not a title: no such figure is held.
  if (reading.leftover.length >= 3 && reading.contentWords.length >= 3 && !reading.metric.key && !all.has("percent") && !all.has("howMuch")) {
    // Titles are Vietnamese: English words of one ("who leads the task on digitising dossiers") find none, and
    // "none" would say no such task exists.
    if (locale === "en") return say({ intent: "unknown", reason: "english_title" });
    return say({ intent: "task_list", state: "all", titleWords: reading.contentWords, titleText: asTyped(text, reading.contentWords), titleOnly: true });
  }
  const shortHowMuch = all.has("howMuch") && whole.words.length <= 3;
  if (domain || all.has("vague") || shortHowMuch) return say({ intent: "unknown", reason: "vague" });
  return say({ intent: "out_of_domain" });
}

/** At most this many tasks named by their codes are shown whole in one answer. */
const MAX_TASKS_SHOWN = 5;

/**
 * A task pointed at from the last answer: "cái thứ 3 hạn bao giờ" after a list is the third task shown; "còn
 * 17?" right after one task was shown is the plan's task 17.
 */
function pointedTask(folded: FoldedText, index: UnderstandingIndex, context: ConversationContext | undefined): string | undefined {
  const shown = context?.tasks ?? [];
  const ordinal = / (?:cai|viec|nhiem vu|nv|muc|dong) thu (\d{1,2}) /.exec(folded.padded);
  if (ordinal && shown.length >= 2) return shown[Number(ordinal[1]) - 1];
  const next = /^ (?:con|the con|vay con|va|con nv|con viec|con nhiem vu) (\d{1,3}) $/.exec(folded.padded);
  if (next && context?.intent === "task_detail" && index.plans.length === 1) return `${index.plans[0]!.code}-${next[1]!.padStart(2, "0")}`;
  return undefined;
}

/** "14/43", "32,55%": a count of a total, or a percentage with decimals, as a plan's progress is printed. */
const PLAN_FIGURE = /(?<![\p{L}\p{N}.,/])(?:(\d{1,4})\s*\/\s*(\d{1,4})(?![\d/])|(\d{1,3}(?:,\d{1,2})?)\s*%)/u;
/** "Là gì", "nghĩa là sao", "là tỷ lệ gì", "là số gì", "ở đâu ra": what a figure is. */
const ASKED_WHAT = / (?:la gi|nghia la (?:sao|gi)|la (?:ty le|ti le|so|con so) gi|la sao|o dau ra|tu dau ra|la cua cai gi|what is|what does) /;

/** Words of figures' names that titles word otherwise ("số", "tổng", "đã"). */
const GENERIC_FIGURE_WORDS = new Set(["so", "tong", "da", "cua", "theo", "duoc"]);

/** "Nhiệm vụ này", "việc đó": a task pointed at, not named. */
const THAT_TASK = / (?:nhiem vu|viec|nv|cong viec) (?:nay|do|ay|kia) /;

const QUESTIONS_ANNOUNCED = /(?<![\p{L}])(?:hỏi|hoi)\s+(?:\d|hai|ba)\s+(?:việc|viec|câu|cau|ý|vấn đề|van de|điều|dieu)(?![\p{L}])/iu;

/**
 * "nv 19", "nhiệm vụ số 19", "việc 21 sao chậm vậy": a task of the only plan by its number. Not when the word after the number makes
 * it a quantity of a figure the data holds: "nhiệm vụ 10 kết nối với VPCP" counts connections in a title (8 of
 * 10), it does not name task 10. ("nhiệm vụ 17 gia hạn chưa" is task 17: any other word is no such sign.)
 */
function numberedTask(folded: FoldedText, index: UnderstandingIndex): string | undefined {
  if (index.plans.length !== 1) return undefined;
  const m = /\b(?:nv|nhiem vu|task|viec)\s*(?:so\s+)?(\d{1,3})\b(?!\s*(?:\/|nhiem|nv|viec|phan|ngay|thang|tuan))(?:\s+(\S+))?/.exec(folded.words.join(" "));
  if (!m) return undefined;
  const next = m[2];
  // "10 kết nối": the number is a figure the data holds for what the next word names (8 of 10 connections).
  const quantity = next !== undefined && index.metrics.some((entry) => entry.words.has(next) && entry.numbers.has(m[1]!));
  if (quantity) return undefined;
  return `${index.plans[0]!.code}-${m[1]!.padStart(2, "0")}`;
}
