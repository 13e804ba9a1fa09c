import type { LocalDate } from "../local-date.js";
import { isInOffice, type Scope, type TaskArea } from "../model.js";
import { fold, type Match } from "../vi/index.js";
import type { Span } from "./aspects.js";
import { detectCues, type CueName } from "./cues.js";
import type { UnderstandingIndex } from "./index-build.js";
import { leftoverWords, searchWords } from "./leftover.js";
import { pickMetric, type MetricChoice } from "./pick-metric.js";
import { otherProvinces } from "./places.js";
import { findTimeExpressions, type TimeExpression } from "./time-expressions.js";
import { foldWords, type FoldedText } from "./words.js";

/**
 * Everything a message names, each with where: task codes, a metric, levels, units, areas, time
 * expressions; then the cue words of what is left, and the words nothing explains. The understanding is
 * decided from this reading, and a word nobody took is never silently dropped.
 */
export interface Reading {
  text: string;
  whole: FoldedText;
  codes: string[];
  metric: MetricChoice;
  units: Match<string>[];
  /** Named units other than the province itself. */
  namedUnits: Match<string>[];
  levels: Scope[];
  areas: Match<TaskArea>[];
  times: TimeExpression[];
  /** Cue words of the whole message and of what is left once names are taken out. */
  allCues: Set<CueName>;
  cues: Set<CueName>;
  /** Words no name, figure, date, cue or filler explains, folded, in order. */
  leftover: string[];
  /** Every content word but unit names, dates and codes: what a task's title would be searched by. */
  titleWords: string[];
  /** Every content word but unit names, dates and codes, names of areas and levels included. */
  contentWords: string[];
  /** Left-over words written with a capital inside the sentence ("Quảng Ngãi"): names of something unknown. */
  names: string[];
  /** Other provinces named ("của Hà Nội", "thua thien hue"), by their usual name: their figures are not held. */
  otherPlaces: Match<string>[];
}

/** Words that a date names when it follows them: a meeting, a notice, a conclusion. */
const MEETING_BEFORE = /(?:họp|hop|hội nghị|hoi nghi|kết luận|ket luan|thông báo|thong bao|phiên|phien)\s+(?:ngày\s+|ngay\s+)?$/iu;

export function readMessage(text: string, index: UnderstandingIndex, today: LocalDate): Reading {
  const whole = foldWords(text);
  const codeHits = index.taskCodes.find(text);
  const codes = [...new Set(codeHits.map((hit) => hit.code))];
  // Codes, and a plan's code named alone ("KL23 việc nào giao Công an tỉnh": the plan is named, see
  // plan-scope.ts), are neither words left over nor words of a title.
  const codeSpans: Span[] = [...codeHits, ...index.taskCodes.plans(text)];
  // "Chủ tịch chỉ đạo gì tại cuộc họp 25/7": the date of a meeting or a notice names it; it is no deadline.
  const allTimes = withBareYears(text, findTimeExpressions(text, today));
  const times = allTimes.filter((time) => !MEETING_BEFORE.test(text.slice(0, time.start)));
  // Understood, though no filter: not left over ("việc giao cho công an trong kết luận 25/7").
  const meetingDays = allTimes.filter((time) => !times.includes(time));
  const metric = pickMetric(blank(text, times), index);
  const taken: Span[] = [...metric.matches, ...metric.setAside, ...times];
  const allUnits = wholeNames(index.units.find(text)).filter((u) => !overlapsAny(u, taken));
  // "Trung tâm Phục vụ hành chính công" is a unit, not the area "tài chính công": the longer name wins.
  const areas = index.areas.find(text).filter((a) => !overlapsAny(a, taken) && !allUnits.some((u) => overlapsAny(u, [a]) && u.end - u.start > a.end - a.start));
  // "các số liệu", "cac so luong" typed without accents are not "các sở".
  const numberWord = (s: Span) => /s[ởo]$/iu.test(text.slice(s.start, s.end)) && /^\s+(?:liệu|lieu|lượng|luong|hóa|hoá|hoa|tiền|tien|lượt|luot)(?![\p{L}])/iu.test(text.slice(s.end));
  const scopesFound = index.scopes.find(text).filter((s) => !overlapsAny(s, taken) && !numberWord(s));
  // "ca tinh" typed without accents is "cả tỉnh" in a question about a figure, "CA tỉnh" (the police) otherwise;
  // leading or cooperating ("nv kích hoạt tk định danh do CA tinh chủ trì") it is the police.
  const leads = (u: Span) => /^\s*(?:chủ trì|chu tri|phối hợp|phoi hop)(?![\p{L}])/iu.test(text.slice(u.end));
  const units = allUnits.filter((u) => !insideAny(u, areas) && !(metric.key !== undefined && !leads(u) && scopesFound.some((s) => s.start === u.start && s.end === u.end))).map((u) => (index.unitByCode.get(u.id)?.kind === "district" ? withLevelBefore(u, text) : u));
  const scopes = scopesFound.filter((s) => !overlapsAny(s, units));
  // "Có việc nào hoàn thành trễ hạn ko, trễ bn ngày": the "ko" ending a question asks; read with what follows the
  // comma it would be "không trễ". Cue words are read without such particles.
  const clauseEnds = [...text.matchAll(ASKING_PARTICLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const cues = detectCues(foldWords(blank(text, [...taken, ...units, ...scopes, ...areas, ...clauseEnds])));
  // The province the data speaks for is the one in office today; another (Đà Nẵng before the 2025 merger)
  // is a unit like any other, whose figures the bot does not hold.
  const isOurProvince = (code: string) => {
    const unit = index.unitByCode.get(code);
    return unit?.kind === "province" && isInOffice(unit, today);
  };
  const provinceNamed = units.some((u) => isOurProvince(u.id));
  const namedUnits = units.filter((u) => !isOurProvince(u.id));
  const ourNames = new Set(units.filter((u) => isOurProvince(u.id)).map((u) => fold(text.slice(u.start, u.end))));
  for (const unit of index.provinceUnits) if (isInOffice(unit, today)) for (const name of [unit.name, ...unit.shortNames]) ourNames.add(fold(name));
  const otherPlaces = otherProvinces(index.places, text, [...taken, ...allUnits, ...scopesFound, ...areas], (name) => [...ourNames].some((ours) => ours.endsWith(fold(name))));
  // "Không tính huyện", "trừ cấp xã": a level set aside is not the level asked about.
  // (For a figure, "trừ" subtracts: "tỷ lệ cấp xã trừ cấp huyện" is a difference.)
  const setAsideBy = (s: { start: number }) => (metric.key !== undefined ? null : setAsideBefore(text, s.start));
  const levelsSetAside: Span[] = scopes.flatMap((s) => {
    const by = setAsideBy(s);
    return by ? [{ start: by.index, end: s.end }] : [];
  });
  const levels = [...new Set<Scope>([...scopes.filter((s) => !setAsideBy(s)).map((s) => s.id), ...(provinceNamed ? (["province"] as const) : [])])];
  const leftover = leftoverWords(blank(text, [...taken, ...meetingDays, ...units, ...scopes, ...areas, ...codeSpans]));
  const titleWords = leftoverWords(blank(text, [...times, ...units, ...scopes, ...areas, ...codeSpans]));
  // A year stays among a title's words ("Chỉ số CCHC năm 2022"), unless it is the plan's own; other dates are filters.
  const planYears = new Set(index.plans.map((p) => p.year));
  const titleYear = (t: TimeExpression) => t.kind === "year" && !planYears.has(Number(t.window.from.slice(0, 4)));
  // "…của lĩnh vực chính quyền điện tử": an area announced as one is a filter, not words of a title.
  // So is one that follows it in a list ("lĩnh vực chính quyền điện tử, chính quyền số").
  const announcedAreas: Span[] = [];
  for (const area of [...areas].sort((a, b) => a.start - b.start)) {
    const before = text.slice(0, area.start);
    const announcing = /(?:lĩnh vực|linh vuc|mảng|mang|nhóm(?:\s+(?:nhiệm vụ|nhiem vu|việc|viec))?|nhom(?:\s+(?:nhiem vu|viec))?)\s*$/iu.exec(before);
    const previous = announcedAreas[announcedAreas.length - 1];
    if (announcing) announcedAreas.push({ start: announcing.index, end: area.end });
    else if (previous && /^\s*(?:,|và|va|hoặc|hoac)\s*$/iu.test(text.slice(previous.end, area.start))) announcedAreas.push({ start: previous.end, end: area.end });
  }
  const contentWords = searchWords(blank(text, [...times.filter((t) => !titleYear(t)), ...units, ...announcedAreas, ...levelsSetAside, ...metric.setAside, ...codeSpans]));
  return { text, whole, codes, metric, units, namedUnits, levels, areas, times, allCues: detectCues(foldWords(blank(text, clauseEnds))), cues, leftover, titleWords, contentWords, names: capitalised(text, leftover), otherPlaces };
}

/**
 * A partial unit name ("Trà My") is kept only when it fits several units, so the bot can ask which one;
 * alone it is too weak to decide whose tasks to show ("so nv" is not "Sở Nội vụ").
 */
function wholeNames(units: Match<string>[]): Match<string>[] {
  const PARTIAL = 0.75;
  return units.filter((u) => u.score >= PARTIAL || units.some((o) => o !== u && o.start === u.start && o.end === u.end));
}

/**
 * Left-over words that start with a capital after the first word, in a message that is not shouted in
 * capitals: proper names the bot does not know ("Quảng Ngãi đã kích hoạt bao nhiêu").
 */
function capitalised(text: string, leftover: readonly string[]): string[] {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitals > words.length / 2) return [];
  const wanted = new Set(leftover);
  // A capital after ".", "?", "!" or ":" (or at the start) begins a sentence: "Chính xác là bao nhiêu?".
  const startsSentence = new Set<number>();
  for (const m of text.matchAll(/(?:^|[.?!:;]\s*)(\p{L}+)/gu)) startsSentence.add(m.index + m[0].length - m[1]!.length);
  const names: string[] = [];
  for (const m of text.matchAll(/\p{Lu}\p{Ll}+/gu)) {
    if (startsSentence.has(m.index) || !wanted.has(fold(m[0]))) continue;
    names.push(fold(m[0]));
  }
  return names;
}

/**
 * "Tỷ lệ hồ sơ trực tuyến 2019": a year written alone is a year all the same (the time reader wants "năm
 * 2019"), so that the answer says there is no figure for 2019 rather than not understanding.
 */
function withBareYears(text: string, times: TimeExpression[]): TimeExpression[] {
  const years: TimeExpression[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}/.-])(20\d\d)(?![\p{L}\p{N}/.-])/gu)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (times.some((t) => t.start < span.end && span.start < t.end)) continue;
    years.push({ kind: "year", window: { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` }, ...span, text: m[0] });
  }
  return years.length === 0 ? times : [...times, ...years].sort((a, b) => a.start - b.start);
}

/**
 * "ngoài", "trừ", "không kể", "không tính" just before a name (with "của", "các", "cấp" between): the unit or
 * level named is set aside, not asked about. The match, so that its words can be taken with the name.
 */
export function setAsideBefore(text: string, start: number): RegExpExecArray | null {
  return /(?<![\p{L}])(?:không tính|khong tinh|không kể|khong ke|loại trừ|loai tru|trừ|tru|ngoài|ngoai|except|excluding|besides|other than)\s+(?:(?:của|cua|các|cac|cấp|cap)\s+)?$/iu.exec(text.slice(0, start));
}

/**
 * A district-level unit's kind typed before its name ("tp tam ky", "thanh pho Tam Ky", "huyện Núi Thành"): part of
 * naming it, no word of a title. Only for such units, and not where the word is a level's ("cấp huyện", "các huyện",
 * "huyện, thị xã, thành phố": a list of levels).
 */
const LEVEL_BEFORE = /(?<![\p{L}])(?<!,\s*)(?<!(?:cấp|cap|các|cac)\s+)(?:thành phố|thanh pho|thị xã|thi xa|huyện|huyen|ủy ban nhân dân|uy ban nhan dan|ubnd)\s+$/iu;

function withLevelBefore(unit: Match<string>, text: string): Match<string> {
  const level = LEVEL_BEFORE.exec(text.slice(0, unit.start));
  return level ? { ...unit, start: level.index } : unit;
}

/** "không", "ko" closing a question before a comma or a question mark ("chưa" is kept: "chưa xong" is a cue). */
const ASKING_PARTICLE = /(?<![\p{L}])(?:không|khong|ko|k|hông|hok)(?=\s*[,;?])/giu;

export function blank(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

export function overlapsAny(m: Span, others: readonly Span[]): boolean {
  return others.some((o) => m.start < o.end && o.start < m.end);
}

function insideAny(m: Span, others: readonly Span[]): boolean {
  return others.some((o) => o.start <= m.start && m.end <= o.end);
}
