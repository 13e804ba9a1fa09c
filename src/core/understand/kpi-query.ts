import type { Scope } from "../model.js";
import type { CompareMode } from "../answer/kpi.js";
import { DERIVED_FIGURES } from "../answer/derived.js";
import type { ConversationContext } from "./context.js";
import type { CueName } from "./cues.js";
import type { MetricEntry, UnderstandingIndex } from "./index-build.js";
import { pickMetric } from "./pick-metric.js";
import { fitsAspects } from "./aspects.js";
import { blank, type Reading } from "./reading.js";
import { asTyped } from "./typed-words.js";
import { MINE } from "./asker-unit.js";
import { assignedToUnit, directedAbout } from "./task-title.js";
import { isPrecise, leftoverWords } from "./leftover.js";
import { isEnglishWord } from "./locale.js";
import { foldWords } from "./words.js";
import { negatedNameWords } from "./negated-name.js";
import { readHowTo } from "./how-to.js";
import { withinOneEdit } from "../vi/edit-distance.js";
import type { TimeFilter, Understanding } from "./types.js";

/** Time words that set a deadline or a goal's date ("đến cuối năm", "trước 31/8"), not the period of a figure. */
const NOT_A_PERIOD = new Set(["year_end", "month_end", "before", "next_days", "after"]);

/**
 * A question about a figure: which metric (named, or in a fragment the previous one's family), at which
 * level or unit, for which period, and what is asked of it (the value, a comparison of levels, the gap to
 * its target, a rank, a figure derived from two others). Undefined when the message is about tasks.
 */
export function readKpiQuestion(reading: Reading, index: UnderstandingIndex, context: ConversationContext | undefined): Understanding | undefined {
  const { cues } = reading;
  // "Tỷ lệ hoàn thành kết nối VPCP": a figure's completion, not the plan's.
  const figureNamed = (reading.metric.key !== undefined || reading.metric.ruledOut !== undefined) && !cues.has("taskWords") && !cues.has("planMention");
  // "Tỷ lệ … 64% là tính trong khoảng thời gian nào", "28/63 là số liệu thời điểm nào, ai nêu": the figure's
  // period and source, which its answer gives; no task is meant by "thời gian" or "ai" there.
  const periodAsked = reading.metric.key !== undefined && !cues.has("taskWords") && PERIOD_ASKED.test(reading.whole.padded);
  const taskish =
    !periodAsked && (cues.has("taskWords") || cues.has("planMention") || (cues.has("planProgress") && !figureNamed) || cues.has("overdue") || cues.has("dueWord") || cues.has("dueSoon") ||
    cues.has("blocked") || cues.has("doneLate") || cues.has("notStarted") || (cues.has("programme") && !reading.metric.key) ||
    // "Ai phối hợp … kích hoạt tài khoản", "nhiệm vụ … 10 kết nối tiến độ bao nhiêu": a task, not a figure.
    cues.has("who") || cues.has("lead") || cues.has("cooperating") || cues.has("evidence") || cues.has("status") || reading.allCues.has("topic") || (cues.has("when") && cues.has("taskWords")));
  const howTo = readHowTo(reading);
  if (howTo !== "not_asked") return howTo;
  const derived = DERIVED_FIGURES.find((d) => d.cues.some((cue) => reading.allCues.has(cue)) && index.metricByKey.has(d.from) && index.metricByKey.has(d.minus));
  if (derived && !taskish && (reading.metric.key === undefined || [derived.from, derived.minus].includes(reading.metric.key) || sameFamily(reading.metric.key, derived.from, index))) {
    return { intent: "kpi_derived", derived: derived.key, ...(reading.allCues.has("percent") ? { share: true } : {}) };
  }
  const share = taskish ? undefined : readShare(reading, index);
  if (share) return share;
  const family = taskish ? undefined : familyAsked(reading, index);
  if (family) return family;

  // "Số tài khoản đã kích hoạt và tỷ lệ so với chỉ tiêu": each part names its own figure.
  // "Mấy số Đề án 06: hồ sơ tạo lập, tài khoản được cấp, đã kích hoạt": the programme's figures, each named.
  const programmeFigures = cues.has("programme") && !cues.has("taskWords") && !cues.has("who") && !cues.has("lead") && !cues.has("cooperating");
  if ((!taskish || programmeFigures) && JOINS_TEST.test(reading.text)) {
    const several = readSeveral(reading, index, programmeFigures && taskish);
    if (several?.intent === "kpi_values") return several;
  }
  let key = reading.metric.key;
  let fromContext = false;
  if (!key && context?.metric && !taskish) {
    key = pickMetric(blank(reading.text, reading.times), index, context.metric).key ?? (reading.metric.aspects.size === 0 ? context.metric : undefined);
    fromContext = key !== undefined;
  }
  const comparing = isComparison(cues, reading.levels, context);
  if (!key && reading.metric.ruledOut && !taskish) {
    return readSeveral(reading, index) ?? { intent: "unknown", reason: "unknown_metric", name: reading.text.slice(reading.metric.ruledOut.start, reading.metric.ruledOut.end) };
  }
  if (!key && !taskish && comparing && (reading.allCues.has("percent") || reading.allCues.has("howMuch") || cues.has("compare"))) key = defaultMetric(reading.levels, index);
  // "Mục tiêu cuối năm?": the figure whose target falls due then (the ranking's top 20 by 31/12), named or not.
  if (!key && cues.has("gap") && !taskish) key = targetDueIn(reading, index) ?? (reading.allCues.has("domain") ? onlyCountTarget(index) : undefined);
  // "Số liệu định danh điện tử": every figure of that family, when a few fit and none is named.
  if (!key && !taskish && reading.metric.aspects.size > 0) {
    const fitting = index.metrics.filter((m) => m.metric.measure !== "rank" && m.requires.length === 0 && fitsAspects(m.aspects, reading.metric.aspects));
    if (fitting.length >= 2 && fitting.length <= 4) return { intent: "kpi_values", metrics: fitting.map((m) => m.metric.key) };
    // "Số tiền nộp phí, lệ phí qua mạng": money and payments name one figure, though no name was typed.
    const telling = [...reading.metric.aspects].filter((a) => a !== "percent");
    if (fitting.length === 1 && telling.length >= 2) key = fitting[0]!.metric.key;
  }
  if (!key) return undefined;
  if (taskish && !reading.metric.key) return undefined;
  // "Ai phối hợp … kích hoạt tài khoản", "nhiệm vụ nào về VNeID": about a task, whatever figure it names.
  // "Chỉ tiêu kích hoạt định danh đơn vị mình phụ trách đạt bao nhiêu": the figure the asker's unit answers for,
  // not the list of its tasks.
  const ownedFigure = (cues.has("mine") || MINE.test(reading.whole.padded)) && !cues.has("taskWords") && (cues.has("gap") || reading.allCues.has("howMuch") || cues.has("planProgress"));
  const aboutTask = !periodAsked && !ownedFigure && (cues.has("who") || cues.has("lead") || cues.has("cooperating") || cues.has("evidence") || cues.has("status") || reading.allCues.has("topic") ||
    (cues.has("taskWords") && (cues.has("listWords") || cues.has("planProgress") || cues.has("when"))) ||
    // "Nhiệm vụ nâng tỷ lệ hồ sơ trực tuyến … ở Tam Kỳ được bao nhiêu %": that unit's task, not a figure it lacks.
    (cues.has("taskWords") && reading.namedUnits.length > 0 && / (?:nhiem vu|nv|viec) /.test(reading.whole.padded.slice(0, 16))) ||
    // "Việc nâng tỷ lệ hồ sơ trực tuyến của tp mình được bao nhiêu % rồi": the asker's unit's task, the same way.
    (cues.has("taskWords") && (cues.has("mine") || MINE.test(reading.whole.padded)) && /^ (?:nhiem vu|nv|viec|cong viec) /.test(reading.whole.padded)) ||
    // "Nâng tỷ lệ hồ sơ trực tuyến … ở Tam Kỳ — tiến độ, hạn?": a unit's progress and deadline are its task's.
    (reading.namedUnits.length > 0 && (cues.has("planProgress") || cues.has("dueWord"))) ||
    // "Lãnh đạo tỉnh chỉ đạo gì về tăng tỷ lệ hồ sơ trực tuyến": what the conclusions ask about the figure, not the figure.
    directedAbout(reading) || assignedToUnit(reading));
  // "Nhiệm vụ … kích hoạt tài khoản định danh còn mấy ngày nữa là đến hạn", "kết luận … kích hoạt 738.291 tài
  // khoản có hạn đến ngày nào": a task's deadline, named by the figure it is about ("ngày nào" asks no period here).
  // So is "hạn chót kích hoạt 738.291 tk định danh là ngày nào": a figure has no deadline, the task about it has.
  // The figure is quoted as the target ("738.291"): the task that sets it; a figure named by its words keeps its
  // own target date ("hạn phấn đấu vào top 20 VNeID"). Asked of the asker's unit ("bên em còn mấy kết nối VPCP
  // chưa xong, hạn là ngày nào"), the date is that unit's task's, as it is of a unit named.
  const dateAsked = cues.has("dueWord") && / (?:ngay nao|ngay may|khi nao|bao gio|luc nao|thoi han) /.test(reading.whole.padded);
  const askersOwn = cues.has("mine") || MINE.test(reading.whole.padded);
  const deadlineAsked = dateAsked && (askersOwn ? !cues.has("gap") : / \d{3,} /.test(reading.whole.padded));
  const taskDeadline = (cues.has("taskWords") || / ket luan /.test(reading.whole.padded) || deadlineAsked) && reading.allCues.has("dueWord") && !cues.has("gap");
  if (aboutTask || taskDeadline) return undefined;

  // "Tỷ lệ kích hoạt 60,58% là tính trên chỉ tiêu bao nhiêu tài khoản": a rate's target counted in the family's
  // own things is the target of the count it is measured by.
  const countedTarget = / chi tieu (?:la )?(?:bao nhieu|may|bn) (\S+(?: \S+)?) /.exec(reading.whole.padded)?.[1];
  if (countedTarget && index.metricByKey.get(key)?.measure === "percent") {
    const counts = index.metrics.filter((m) => m.metric.measure === "count" && m.hasTarget && sameFamily(m.metric.key, key!, index) && foldWords(m.metric.name).words.join(" ").includes(countedTarget));
    if (counts.length === 1) key = counts[0]!.metric.key;
  }
  const entry = index.metricEntryByKey.get(key)!;
  // "Bao nhiêu hồ sơ (số lượng, không phải tỷ lệ)": a number of dossiers, which a rate is not; none is held.
  const rateRefused = /(?:khong phai|ko phai|k phai|not the|not a) (?:ty le|ti le|rate|percentage|phan tram)/.test(reading.whole.padded);
  const countOfDossiers = / (?:tong so|bao nhieu|so luong|may|bn) ho so /.test(reading.whole.padded) && !reading.allCues.has("percent") && !/ ty le | ti le /.test(reading.whole.padded);
  if (entry.metric.measure === "percent" && (rateRefused || countOfDossiers)) return { intent: "unknown", reason: "unknown_metric", name: dossiersAsTyped(reading.text) };
  // Only what names something precise blocks the answer: a number or date nobody took, or a word of another
  // figure ("tỷ lệ hồ sơ … có thanh toán"). Other unknown words ("kéo tụt", "để đưa vào báo cáo") are talk.
  // "3 cấp: sở ngành, huyện, xã": a count of the levels asked about.
  const quotedCounts = new Set([
    ...[...reading.whole.padded.matchAll(/ (\d{1,2}) (?:cap|muc|loai|chi so|so lieu) /g)].map((m) => m[1]!),
    // "từ 18/7 đến 31/7 (13 ngày)": the length of the period just named, said again.
    ...(reading.times.length > 0 ? [...reading.text.matchAll(/\((\d{1,3})\s*(?:ngày|ngay|days?)\)/giu)].map((m) => m[1]!) : []),
    // "Đã đạt 1.000 tỷ chưa", "vượt 500 nghìn chưa": a threshold the asker sets, which the figure answers.
    ...[...reading.whole.padded.matchAll(/ (?:dat|duoc|vuot|qua|len|toi|tren|hon)(?: (?:noi|duoc|toi|den|muc|len|tren))? (\d+) (?:\S+ ){0,5}(?:chua|khong|ko|hay chua)\b/g)].map((m) => m[1]!),
  ]);
  const unexplained = reading.leftover.filter((word) => !entry.words.has(word) && !quotesFigure(word, entry, index) && !quotedCounts.has(word));
  const otherFigure = unexplained.length > 0 && index.metricNames.bestOfEach(unexplained.join(" ")).some((m) => m.id !== key && m.score >= 0.85);
  const left = unexplained.filter((word) => isPrecise(word) || (otherFigure && index.figureWords.has(word)) || reading.names.includes(word));
  if (left.length > 0) return readSeveral(reading, index) ?? { intent: "unknown", reason: "leftover", leftover: asTyped(reading.text, left), name: entry.metric.name, metric: key };
  // "Tỷ lệ ăn sáng trực tuyến cấp huyện": a word in place of a word of the figure's name, which no figure's name
  // has, puts something else in its place; the name around it is no reason to give the figure.
  const foreign = [...foreignInsideName(reading, entry, index), ...strangerSubject(reading, entry, index)];
  if (foreign.length > 0) return { intent: "unknown", reason: "leftover", leftover: asTyped(reading.text, foreign), name: entry.metric.name, metric: key };

  // "Tỷ lệ hồ sơ trực tuyến cấp thôn, tổ dân phố": a level below the commune, of which no figure is reported.
  const belowCommune = [...reading.whole.padded.matchAll(BELOW_COMMUNE)].map((m) => asTyped(reading.text, m[0]!.trim().split(" ")));
  if (belowCommune.length > 0) return { intent: "unknown", reason: "level_not_held", leftover: belowCommune.join(", "), name: entry.metric.name, metric: key };
  // "Bao nhiêu lượt thanh toán bị lỗi, không thành công": what the figure leaves out, which no figure held is
  // (what is left of a stated total is: "còn mấy kết nối chưa hoàn thành", below).
  const remainderOfStatedTotal = entry.hasDenominator && !entry.hasTarget;
  const negated = remainderOfStatedTotal ? undefined : negatedNameWords(reading.text, [entry.metric.name, ...(entry.metric.nameEn ? [entry.metric.nameEn] : []), ...entry.metric.aliases], reading.metric.matches, reading.metric.setAside);
  if (negated) return { intent: "unknown", reason: "unknown_metric", name: negated };
  const period = periodOf(reading);
  // A unit's own figure (or another province's: "Đà Nẵng xếp hạng mấy") is that unit's, whatever is asked of it.
  if (reading.namedUnits.length > 0) return { intent: "kpi_value", metric: key, scope: "unit", unit: reading.namedUnits[0]!.id, ...(period ? { period } : {}) };
  // "VNeID kích hoạt được bao nhiêu": a quantity asked of the words a rank's name shares with a count is that count.
  if (entry.metric.measure === "rank" && reading.allCues.has("howMuch") && !reading.allCues.has("ranking")) {
    const typed = [...reading.metric.aspects].filter((aspect) => aspect !== "rank");
    const counts = index.metrics.filter((other) => other.metric.measure === "count" && other.requires.length === 0 && typed.length >= 2 && typed.every((aspect) => other.aspects.has(aspect)));
    if (counts.length === 1) return { intent: "kpi_value", metric: counts[0]!.metric.key, scope: "province" };
  }
  if (entry.metric.measure === "rank") return { intent: "ranking", metric: key, ...(period ? { period } : {}) };
  // "Còn mấy kết nối chưa hoàn thành", "còn thiếu mấy kết nối": what is left of a stated total.
  if (entry.hasDenominator && !entry.hasTarget && (cues.has("notDone") || cues.has("remaining") || cues.has("shortfall"))) return { intent: "kpi_value", metric: key, scope: "province", remaining: true };

  // "Còn thiếu bao nhiêu", "mỗi ngày cần bao nhiêu": the gap. "Đạt bao nhiêu % chỉ tiêu" of a rate measured
  // against its target is the rate itself; "chỉ tiêu" alone of a count is its gap.
  const percentAsked = reading.allCues.has("percent") || reading.metric.aspects.has("percent");
  if (cues.has("shortfall") || (cues.has("gap") && !(entry.metric.measure === "percent" && percentAsked && entry.hasTarget))) {
    const target = targetedMetric(key, index, percentAsked);
    if (target) return index.metricByKey.get(target)?.measure === "rank" ? { intent: "ranking", metric: target } : { intent: "kpi_gap", metric: target };
  }
  // "31/7 đã kích hoạt được 738.291 tài khoản chưa?": the target quoted by its value or its date asks whether it
  // is met, which the gap answers from the latest figure; no figure is held for that date itself.
  const targetQuoted = entry.hasTarget && !comparing &&
    (reading.whole.words.some((word) => entry.targets.has(word)) || reading.times.some((time) => time.window.from === time.window.to && entry.targetDates.has(time.window.from)));
  if (targetQuoted) {
    const target = targetedMetric(key, index, percentAsked);
    if (target && index.metricByKey.get(target)?.measure !== "rank") return { intent: "kpi_gap", metric: target };
  }
  // "Năm 2022 … bn để so sánh vs năm nay": two periods compared, not the levels; the first period's figure is
  // asked, which is said missing when it is not held (a comparison of this year's levels answers another question).
  // ("Quý 1 và quý 2, cấp nào cao nhất" compares levels: not this.)
  const periodsCompared = comparing && period !== undefined && reading.times.filter((t) => !NOT_A_PERIOD.has(t.kind)).length >= 2 && !cues.has("highest") && !cues.has("lowest") && reading.levels.length < 2;
  if (periodsCompared) return { intent: "kpi_value", metric: key, scope: reading.levels[0] ?? "province", period };
  if (comparing && entry.metric.measure === "percent" && entry.levels.size >= 2) return comparison(key, cues, reading.levels, context);

  // "Tỷ lệ hồ sơ trực tuyến được tính như thế nào": the figure with what it counts.
  const explain = reading.allCues.has("definition") ? { explain: true } : {};
  // "Chuẩn bị số liệu thanh toán trực tuyến": every figure of that family, when the family name alone was typed.
  if (reading.allCues.has("dataOf") && !cues.has("countWords") && !cues.has("howMuch") && reading.levels.length === 0) {
    const siblings = index.metrics.filter((m) => m.metric.measure !== "rank" && m.requires.length === 0 && sameFamily(m.metric.key, key, index) && fitsAspects(m.aspects, reading.metric.aspects));
    if (siblings.length >= 2 && siblings.length <= 4 && siblings.every((m) => m.metric.measure !== "percent")) return { intent: "kpi_values", metrics: siblings.map((m) => m.metric.key) };
    // "Tóm tắt kết quả hồ sơ trực tuyến": a rate held by level is summed up by all its levels.
    if (entry.metric.measure === "percent" && entry.levels.size >= 2 && reading.allCues.has("briefing")) return { intent: "kpi_compare", metric: key, mode: "all" };
  }
  const scope: Scope = cues.has("combined") ? "province" : reading.levels[0] ?? (fromContext || (context?.metric === key && context.scope) ? context?.scope ?? "province" : "province");
  // "Tỷ lệ hồ sơ trực tuyến 3 cấp", "các cấp", "từng cấp": every level.
  if (entry.metric.measure === "percent" && entry.levels.size >= 2 && reading.levels.length === 0 && / (?:3|ba|ca 3|ca ba|cac|moi|tung) cap /.test(reading.whole.padded)) return { intent: "kpi_compare", metric: key, mode: "all" };
  // "… so với cả nước": the province's figure, and a plain word that the country's is not held.
  const nationAsked = / so(?: voi)? (?:(?:muc |binh quan |trung binh )?(?:ca nuoc|toan quoc)|cac tinh(?: khac)?|national average) /.test(reading.whole.padded) ? { nationAsked: true } : {};
  return { intent: "kpi_value", metric: key, scope, ...(period ? { period } : {}), ...explain, ...nationAsked };
}

/** A number in the question that is one the data holds for the metric ("chỉ tiêu 738.291", "top 20", "trên 63 tỉnh"). */
function quotesFigure(word: string, entry: MetricEntry, index: UnderstandingIndex): boolean {
  // "Đạt 100% chỉ tiêu" is the target itself; "đã kích hoạt 447.246 tài khoản đạt bao nhiêu %" quotes another figure.
  // "Đã kích hoạt được 60% rồi à, cụ thể bao nhiêu tài khoản": the rate of the same family, quoted rounded.
  return /^\d[\d/]*$/.test(word) && word.split("/").every((part) => entry.numbers.has(part) || part === "100" ||
    index.metrics.some((m) => m.numbers.has(part) && m.numbers.size > 0 && (part.length >= 3 || sameFamily(m.metric.key, entry.metric.key, index))));
}

/** Where a question asks for several figures or relates two: "số lượt và số tiền", "A chiếm bao nhiêu % B". */
// "So với" compares; it does not join two questions.
// (A comma between digits is a decimal one: "60,58%" is one figure.)
const JOINS = /\s*(?:(?<!\d),|,(?!\d)|;|(?<![\p{L}\p{N}])(?:và|va|(?<!so )với|(?<!so )voi|and|cùng)(?![\p{L}\p{N}]))\s*/giu;
const DIFFERS = /\s*(?<![\p{L}\p{N}])(?:nhiều hơn|nhieu hon|ít hơn|it hon|lớn hơn|lon hon|nhỏ hơn|nho hon|chênh lệch với|chenh lech voi|chênh với|hơn|hon|more than|fewer than)(?![\p{L}\p{N}])\s*/iu;
const JOINS_TEST = /(?<!\d),|,(?!\d)|;|(?<![\p{L}\p{N}])(?:và|va|and)(?![\p{L}\p{N}])/iu;
const SETS_ASIDE = /^\s*(?:chưa tính|chua tinh|không tính|khong tinh|không kể|khong ke|tính cả|tinh ca|kể cả|ke ca|bao gồm|bao gom|not counting|excluding|including)(?![\p{L}])/iu;
const THEN = /\s*(?<![\p{L}\p{N}])(?:thì|thi)(?![\p{L}\p{N}])\s*/iu;
const ASKS = /(?<![\p{L}\p{N}])(?:bao nhiêu|bao nhieu|mấy|may|bn|là gì|how many|how much)(?![\p{L}\p{N}])|\?/iu;
/** Asking when a figure was measured, or who reported it. */
const PERIOD_ASKED = / (?:khoang thoi gian|thoi gian|thoi diem|ky|giai doan) nao | (?:tu|den|tinh den) ngay nao | so lieu (?:ngay|luc) nao | ai neu | ai bao cao | nguon (?:nao|tu dau|o dau|cua) | la van ban nao /;

const APART = /(?<![\p{L}])(?:chênh nhau|chenh nhau|khác nhau|khac nhau|cách nhau|cach nhau|lệch nhau|lech nhau)(?![\p{L}])(?:\s+(?:bao nhiêu|bao nhieu|mấy|may|bn))?/iu;
// ("Trong số tk đã cấp thì bao nhiêu % đã kích hoạt": "thì" closes the whole as a comma does.)
const WITHIN = /^\s*(?:trong số|trong so|trên tổng số|tren tong so|trong tổng số|trong tong so)\s+(.+?)\s*(?:[,;:]|\s(?:thì|thi)\s)\s*(.+)$/iu;
const ASKED_TAIL = /(?<![\p{L}])(?:là\s+|la\s+)?(?:bao nhiêu|bao nhieu|bn|mấy|may)(?:\s+\p{L}+){0,2}\s*\??\s*$/iu;
const ASKS_ONLY = /^\s*(?:bao nhiêu|bao nhieu|mấy|may|bn|được|duoc|đạt|dat|khoảng|khoang|\s)*\s*$/iu;
const RELATES = /\s*(?<![\p{L}\p{N}])(?:chiếm|chiem|bằng|bang|so với|so voi|trên|tren|of)(?![\p{L}\p{N}])\s*/iu;

/** `eachNamed`: every part must name a figure of its own (no two parts read as one figure), or none is read. */
function readSeveral(reading: Reading, index: UnderstandingIndex, eachNamed = false): Understanding | undefined {
  const parts = reading.text.split(JOINS).filter((p) => p.trim().length > 0);
  // "Từ số hồ sơ tạo lập thì ra được bao nhiêu tài khoản": one part sets the scene, the other asks.
  const clauses = reading.text.split(THEN).filter((p) => p.trim().length > 0);
  if (clauses.length === 2) {
    const asking = clauses.filter((c) => ASKS.test(c));
    if (asking.length === 1) {
      const key = pickMetric(asking[0]!, index).key;
      if (key) return { intent: "kpi_value", metric: key, scope: "province" };
    }
  }
  if (parts.length < 2) return undefined;
  const keys: string[] = [];
  const scopes: Record<string, Scope> = {};
  for (const part of parts) {
    const choice = pickMetric(part, index, keys[keys.length - 1]);
    // "(tạo lập, cấp, kích hoạt)": a word or two that names no figure is read with its neighbour; "chưa tính
    // kích hoạt" sets a figure aside and asks for none.
    if (SETS_ASIDE.test(part)) continue;
    if (!choice.key && part.trim().split(/\s+/).length <= 2) continue;
    // "Chiều nay anh phải lên họp mà chưa kịp đọc báo cáo, …": a part that names no figure and holds no number
    // is talk around the questions.
    if (!choice.key && !choice.ruledOut && choice.aspects.size === 0 && !/\d/.test(part)) continue;
    if (!choice.key) return undefined;
    if (keys.includes(choice.key) && eachNamed) return undefined;
    if (!keys.includes(choice.key)) keys.push(choice.key);
    // "Tỷ lệ hồ sơ trực tuyến cấp huyện …, với lại tài khoản …": each figure at the level its own part names.
    const levels = [...new Set(index.scopes.find(part).map((found) => found.id))];
    if (levels.length > 1) return undefined;
    if (levels.length === 1 && levels[0] !== "province") {
      if (!index.metricEntryByKey.get(choice.key)?.levels.has(levels[0]!)) return undefined;
      scopes[choice.key] = levels[0]!;
    }
  }
  return keys.length >= 2 ? { intent: "kpi_values", metrics: keys, ...(Object.keys(scopes).length > 0 ? { scopes } : {}) } : undefined;
}

/** "Đã kích hoạt chiếm bao nhiêu % số tài khoản đã cấp"; "kết nối VPCP đạt bao nhiêu %" (8 of 10). */
function readShare(reading: Reading, index: UnderstandingIndex): Understanding | undefined {
  const isCount = (key?: string) => key !== undefined && index.metricByKey.get(key)?.measure === "count";
  // "Hồ sơ tạo lập nhiều hơn số tài khoản đã cấp bao nhiêu": the difference of two counts.
  const differs = reading.text.split(DIFFERS);
  if (differs.length === 2 && !reading.allCues.has("percent")) {
    const a = pickMetric(differs[0]!, index);
    // "… nhiều hơn số tk được cấp là bn hồ sơ": the question's own noun at the end names the difference's things.
    const b = pickMetric(differs[1]!.replace(ASKED_TAIL, (tail) => " ".repeat(tail.length)), index, a.key);
    // "Chỉ tiêu (kích hoạt) hơn số tài khoản đã cấp bao nhiêu": the target of the one figure that has one.
    if (/(?<![\p{L}])(?:chỉ tiêu|chi tieu|mục tiêu|muc tieu|target)(?![\p{L}])/iu.test(differs[0]!) && isCount(b.key)) {
      const targeted = isCount(a.key) && index.metricEntryByKey.get(a.key!)?.hasTarget ? [a.key!] : index.metrics.filter((m) => m.metric.measure === "count" && m.hasTarget).map((m) => m.metric.key);
      if (targeted.length === 1 && targeted[0] !== b.key) return { intent: "kpi_difference", a: targeted[0]!, b: b.key!, aTarget: true };
    }
    if (isCount(a.key) && isCount(b.key) && a.key !== b.key) return { intent: "kpi_difference", a: a.key!, b: b.key! };
  }
  // "Số hồ sơ tạo lập với số tk đã kích hoạt chênh nhau bao nhiêu": the difference of the two counts named.
  if (APART.test(reading.text) && !reading.allCues.has("percent")) {
    const sides = reading.text.replace(APART, " ").split(JOINS).filter((part) => part.trim().length > 0);
    if (sides.length === 2) {
      const a = pickMetric(sides[0]!, index);
      const b = pickMetric(sides[1]!, index, a.key);
      if (isCount(a.key) && isCount(b.key) && a.key !== b.key) return { intent: "kpi_difference", a: a.key!, b: b.key! };
    }
  }
  // "Trong số hồ sơ định danh đã tạo lập, bao nhiêu % đã được cấp tài khoản": the second as a share of the first.
  const within = WITHIN.exec(reading.text);
  if (within && reading.allCues.has("percent")) {
    const whole = pickMetric(within[1]!, index);
    const part = pickMetric(within[2]!.replace(/%|(?<![\p{L}])(?:phần trăm|phan tram|tỷ lệ|tỉ lệ|ty le|ti le)(?![\p{L}])/giu, (m) => " ".repeat(m.length)), index);
    if (isCount(whole.key) && isCount(part.key) && whole.key !== part.key) return { intent: "kpi_share", part: part.key!, whole: whole.key! };
  }
  // "Trung bình mỗi lượt thanh toán bao nhiêu tiền": the amount over the number, in the amount's unit.
  if (reading.allCues.has("perEach")) {
    const money = index.metrics.find((m) => m.metric.measure === "vnd" && m.aspects.has("payments"));
    const count = index.metrics.find((m) => m.metric.measure === "count" && m.aspects.has("payments"));
    if (money && count && reading.metric.aspects.has("money")) return { intent: "kpi_share", part: money.metric.key, whole: count.metric.key, per: true };
  }
  if (!reading.allCues.has("percent")) return undefined;
  // The percentage is what is asked of the two figures, not an aspect of either.
  const withoutRate = (text: string) => text.replace(/%|(?<![\p{L}])(?:phần trăm|phan tram|tỷ lệ|tỉ lệ|ty le|ti le)(?![\p{L}])/giu, (m) => " ".repeat(m.length));
  // "A chiếm bao nhiêu % so với B": two relating words around the question itself, which names nothing.
  // ("… so với số tk đã cấp (ko phải so với chỉ tiêu nhé)": what is set aside relates nothing.)
  const parts = blank(reading.text, reading.metric.setAside).split(RELATES).filter((part, i, all) => !(all.length === 3 && i === 1 && ASKS_ONLY.test(withoutRate(part))));
  if (parts.length === 2) {
    const part = pickMetric(withoutRate(parts[0]!), index);
    const whole = pickMetric(withoutRate(parts[1]!), index, part.key);
    const ok = (key?: string) => key !== undefined && index.metricByKey.get(key)?.measure === "count";
    if (ok(part.key) && ok(whole.key) && part.key !== whole.key) return { intent: "kpi_share", part: part.key!, whole: whole.key! };
  }
  // A count out of a stated total: its share is the answer to "đạt bao nhiêu %".
  const ruledOut = reading.metric.ruledOut?.id;
  if (!reading.metric.key && ruledOut && index.metricByKey.get(ruledOut)?.measure === "count" && index.metricEntryByKey.get(ruledOut)?.hasDenominator) {
    return { intent: "kpi_share", part: ruledOut, whole: ruledOut };
  }
  return undefined;
}

function periodOf(reading: Reading): TimeFilter | undefined {
  // "Phải đạt bao nhiêu % vào 31/7": the date of a target, not the period of a figure.
  if (reading.cues.has("gap") || reading.cues.has("shortfall")) return undefined;
  const time = reading.times.find((t) => !NOT_A_PERIOD.has(t.kind));
  if (time) return { from: time.window.from, to: time.window.to, text: time.text };
  // "Tính đến 30/6/2023, kích hoạt được bao nhiêu": the figure as of a day already past (its window runs back from
  // today); a day still ahead ("đến 31/7") is the target's, not the figure's.
  const upTo = reading.times.find((t) => t.kind === "before" && t.window.to < t.window.from);
  return upTo ? { from: upTo.window.to, to: upTo.window.to, text: upTo.text, upTo: true } : undefined;
}

function sameFamily(a: string, b: string, index: UnderstandingIndex): boolean {
  const left = index.metricEntryByKey.get(a)?.aspects;
  const right = index.metricEntryByKey.get(b)?.aspects;
  if (!left || !right) return false;
  for (const aspect of left) if (aspect !== "percent" && right.has(aspect)) return true;
  return false;
}

function isComparison(cues: Set<CueName>, levels: readonly Scope[], context?: ConversationContext): boolean {
  if (cues.has("combined")) return false;
  const named = levels.filter((l) => l !== "province").length;
  return cues.has("compare") || cues.has("highest") || cues.has("lowest") || levels.length >= 2 || (cues.has("compareWeak") && named >= 1 && context?.scope !== undefined && context.scope !== levels[0]);
}

/** "So với cấp xã?" after a question about cấp huyện compares the two. */
function comparison(metric: string, cues: Set<CueName>, levels: readonly Scope[], context?: ConversationContext): Understanding {
  // Three levels or more named ("toàn tỉnh, cấp huyện, cấp xã") ask for all of them.
  if (levels.length >= 3) return { intent: "kpi_compare", metric, mode: "all" };
  const named = levels.length === 2 ? [...levels] : levels.filter((l) => l !== "province");
  const pair: Scope[] | undefined =
    named.length === 2 ? named
    : named.length === 1 && context?.metric === metric && context.scope && context.scope !== named[0] ? [context.scope, named[0]!]
    // "Chênh nhau bao nhiêu" after "sở ngành" then "cấp huyện": those two.
    : named.length === 0 && context?.metric === metric && context.scope && context.previousScope ? [context.previousScope, context.scope]
    : undefined;
  const mode: CompareMode = cues.has("highest") ? "highest" : cues.has("lowest") ? "lowest" : pair ? "pair" : "all";
  return { intent: "kpi_compare", metric, mode, ...(pair && mode === "pair" ? { scopes: pair } : {}) };
}

/** "Còn thiếu bao nhiêu để đạt chỉ tiêu?" with nothing named: the one counted figure that has a target. */
/** The only figure with a target due within the time the message names, if there is one. */
function targetDueIn(reading: Reading, index: UnderstandingIndex): string | undefined {
  const windows = reading.times.map((time) => time.window);
  if (windows.length === 0) return undefined;
  const dueWhere = (within: (date: string) => boolean) => index.metrics.filter((entry) => entry.hasTarget && [...entry.targetDates].some(within));
  // "Cuối năm" is its last day first: the window from today to it also holds the targets of the days before.
  const onLastDay = dueWhere((date) => windows.some((window) => date === window.to));
  const due = onLastDay.length > 0 ? onLastDay : dueWhere((date) => windows.some((window) => window.from <= date && date <= window.to));
  return due.length === 1 ? due[0]!.metric.key : undefined;
}

function onlyCountTarget(index: UnderstandingIndex): string | undefined {
  const targeted = index.metrics.filter((m) => m.hasTarget && m.metric.measure === "count");
  return targeted.length === 1 ? targeted[0]!.metric.key : undefined;
}

/** When a message names levels but no metric, the metric measured at those levels, if there is only one. */
function defaultMetric(levels: readonly Scope[], index: UnderstandingIndex): string | undefined {
  const specific = levels.filter((l) => l !== "province");
  if (specific.length === 0) return undefined;
  const fitting = index.metrics.filter((m) => specific.every((l) => m.levels.has(l)));
  return fitting.length === 1 ? fitting[0]!.metric.key : undefined;
}

/**
 * "Còn thiếu bao nhiêu tài khoản định danh": the gap is measured on a metric that has a target. A rate
 * asked "so với chỉ tiêu" is itself the answer, so it is not redirected.
 */
function targetedMetric(subject: string, index: UnderstandingIndex, rateAsked: boolean): string | undefined {
  const entry = index.metricEntryByKey.get(subject);
  if (!entry) return undefined;
  const isRate = entry.metric.measure === "percent";
  // A rate measured against a target: "còn thiếu bao nhiêu %" is its own gap in points; "chỉ tiêu là bao
  // nhiêu" asks for the target of the counted figure behind it (738.291 accounts, not 100%).
  if (entry.hasTarget && (!isRate || rateAsked)) return subject;
  // A rate with no target of its own, asked "so với chỉ tiêu": the answer says there is none.
  if (isRate && rateAsked) return subject;
  // A close relative only: accounts created → accounts activated (they share "accounts" besides the family's
  // "vneid"); identity profiles are not accounts, and their question gets no accounts' target.
  const shared = (m: MetricEntry) => [...m.aspects].filter((a) => entry.aspects.has(a)).length;
  const related = index.metrics.filter((m) => m.hasTarget && m.metric.key !== subject && m.metric.measure === "count" && shared(m) >= 3);
  // Without a related target the answer says there is no target, rather than giving some other figure.
  return related.length === 1 ? related[0]!.metric.key : subject;
}

/** "Tổng số hồ sơ", "so ho so", "hồ sơ" as the asker typed it: what has no figure in the data. */
function dossiersAsTyped(text: string): string {
  return (/(?:(?:tổng|tong)\s+)?(?:số|so)\s+(?:hồ sơ|ho so)|(?:hồ sơ|ho so)/iu.exec(text)?.[0] ?? "hồ sơ").trim();
}

/** "Tình hình", "kết quả", "thế nào": how a family of figures goes, not one figure of it. */
const HOW_IT_GOES = / (?:tinh hinh|ket qua|the nao|ra sao|sao roi|how is|how are) /;

/**
 * "Kết quả thanh toán trực tuyến thế nào", "tình hình VNeID": a family of figures named only by what its figures
 * share, asked how it goes, is every figure of it (the payments' count and their money), or the summary of the
 * programme it belongs to (VNeID is Đề án 06's: accounts, activations against the target, the ranking). One
 * figure of it chosen for the words would hide the others. Not when the level, a unit or a period narrows it.
 */
function familyAsked(reading: Reading, index: UnderstandingIndex): Understanding | undefined {
  const typed = [...reading.metric.aspects];
  if (!HOW_IT_GOES.test(reading.whole.padded) || typed.length !== 1 || reading.namedUnits.length > 0 || reading.levels.some((level) => level !== "province")) return undefined;
  const fitting = index.metrics.filter((entry) => entry.requires.length === 0 && entry.aspects.has(typed[0]!));
  if (fitting.length < 2) return undefined;
  if (fitting.every((entry) => entry.aspects.has("da06"))) return { intent: "briefing", programme: "Đề án 06" };
  return fitting.length <= 3 ? { intent: "kpi_values", metrics: fitting.map((entry) => entry.metric.key) } : undefined;
}

/**
 * Words no figure is named with that fill a gap of one or two words between the words that named the figure ("tỷ
 * lệ [ăn sáng] trực tuyến cấp huyện"), folded: a word put in place of a word of the name. A slip keeps its first
 * letter ("truc tuyenn"; "sáng" is no slip for "mạng"); English words are the question's, not the name's.
 */
function foreignInsideName(reading: Reading, entry: MetricEntry, index: UnderstandingIndex): string[] {
  const spans = [...reading.metric.matches].sort((a, b) => a.start - b.start);
  const foreign: string[] = [];
  if (reading.whole.words.filter(isEnglishWord).length * 2 > reading.whole.words.length) return [];
  const names = [entry.metric.name, ...entry.metric.aliases].map((name) => foldWords(name).words);
  for (let i = 0; i + 1 < spans.length; i++) {
    const gap = reading.text.slice(spans[i]!.end, spans[i + 1]!.start);
    if (gap.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length > 2) continue;
    // Only where a name of the figure has words of its own between the two ("tỷ lệ [hồ sơ] trực tuyến").
    const before = foldWords(reading.text.slice(spans[i]!.start, spans[i]!.end)).words.at(-1);
    const after = foldWords(reading.text.slice(spans[i + 1]!.start, spans[i + 1]!.end)).words[0];
    if (!names.some((name) => { const at = name.indexOf(before ?? ""); return at >= 0 && name.indexOf(after ?? "", at + 1) > at + 1; })) continue;
    foreign.push(...leftoverWords(gap).filter(
      (word) => word.length >= 2 && namesNoFigure(word, entry, index),
    ));
  }
  return foreign;
}

/**
 * "Con mèo kích hoạt bao nhiêu tài khoản định danh": words before the figure's name that nothing explains (no
 * unit, level, time, asker or word of talk) are its subject, someone or something whose figure the bot does
 * not hold; the province's figure would answer another question. Only where every such word is unknown.
 */
function strangerSubject(reading: Reading, entry: MetricEntry, index: UnderstandingIndex): string[] {
  const first = Math.min(...reading.metric.matches.map((span) => span.start));
  if (!Number.isFinite(first) || reading.namedUnits.length > 0) return [];
  // The message opens with them: no word of talk before or among them ("anh muốn biết … kích hoạt" is talk).
  const opening = reading.text.slice(0, first);
  const subject = leftoverWords(opening);
  // ("Con mèo", "cái máy": a classifier may come first.)
  const openingWords = foldWords(opening).words;
  const named = CLASSIFIERS.has(openingWords[0] ?? "") ? openingWords.slice(1) : openingWords;
  if (subject.length === 0 || subject.length > 3 || subject.join(" ") !== named.join(" ")) return [];
  const unknown = (word: string) => reading.leftover.includes(word) && word.length >= 3 && namesNoFigure(word, entry, index);
  return subject.every(unknown) ? subject : [];
}

/** The levels below the commune, folded ("thôn", "tổ dân phố", "khu phố", "cấp ấp"): no figure is reported at them. */
const BELOW_COMMUNE = / (?:cap |cac |tung |moi )?(?:thon|to dan pho|khu pho|xom|khoi pho|villages?|hamlets?)(?= )| cap (?:ap|ban|lang)(?= )/g;

/**
 * A word that is no word of any figure's name, nor one slip from one, nor a level, a number or English: something
 * the bot holds no figure of (the test of "tỷ lệ ăn sáng trực tuyến" and "con mèo kích hoạt").
 */
function namesNoFigure(word: string, entry: MetricEntry, index: UnderstandingIndex): boolean {
  return !isPrecise(word) && !isEnglishWord(word) && !entry.words.has(word) && !index.figureWords.has(word) && !LEVEL_WORDS.has(word) &&
    ![...index.figureWords].some((name) => name.length >= 3 && name[0] === word[0] && withinOneEdit(name, word));
}

/** The classifiers of animals and things, which come before a noun ("con mèo", "cái máy", "chiếc xe"). */
const CLASSIFIERS = new Set(["con", "cai", "chiec"]);

/** Words of the levels and the province inside a figure's name ("… cấp huyện", "toàn tỉnh"): no foreign words. */
const LEVEL_WORDS = new Set(["cap", "huyen", "xa", "tinh", "so", "nganh", "khoi", "toan", "thanh", "pho", "thi", "phuong", "tran"]);
