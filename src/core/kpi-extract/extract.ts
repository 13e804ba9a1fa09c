import type { LocalDate } from "../local-date.js";
import type { Scope } from "../model.js";
import { isChange, qualifierOf, targetCueBefore } from "./cues.js";
import { mergeRepeated } from "./repeated.js";
import { findFigures, type Figure } from "./figures.js";
import { layOut, type Sentence } from "./layout.js";
import { createMetricMatcher } from "./metric-match.js";
import { nameOf } from "./naming.js";
import { scopeBefore } from "./scopes.js";
import { findTimes, type TimeExpression } from "./times.js";
import type { ExtractOptions, ExtractedValue, FigureMeasure } from "./types.js";

/** Metrics the provincial police report for the whole province: "Công an tỉnh đã thu nhận … hồ sơ" is the province's figure. */
const PROVINCE_WIDE_BY_POLICE = /dinh danh|tai khoan|can cuoc|cccd|vneid|kich hoat|ho so de nghi/;

interface Previous {
  windowStart: number;
  consumedEnd: number;
  metric: string | null;
  measure: FigureMeasure;
  scope: Scope;
  unit: string | null;
}

/**
 * The KPI values a Vietnamese report states, each with the sentence it came from. Pure: the same text and
 * catalogue give the same values. A number becomes a value only when its own words make it one (see
 * figures.ts); its kind, metric, scope, qualifier and time come from the words of its sentence, or for time
 * from the sentences before it in its paragraph.
 */
export function extractKpiValues(raw: string, options: ExtractOptions): ExtractedValue[] {
  const layout = layOut(raw);
  const { text, folded } = layout;
  const times = findTimes(layout, options.referenceDate ? Number(options.referenceDate.slice(0, 4)) : undefined);
  const figures = findFigures(layout).filter((f) => !times.some((t) => t.role !== "now" && f.start < t.end && f.end > t.start));
  const matcher = createMetricMatcher(options.metrics);
  const names = new Map(options.metrics.map((m) => [m.key, m.name]));
  const eventDate = times.find((t) => t.role === "event")?.asOf ?? null;
  const values: Array<ExtractedValue & { heading: boolean }> = [];
  let carry: { paragraph: number; time: TimeExpression } | undefined;
  let lastOfParagraph: { paragraph: number; measure: FigureMeasure; metric: string } | undefined;

  for (const sentence of layout.sentences) {
    const inside = (x: { start: number }) => x.start >= sentence.start && x.start < sentence.end;
    const sentenceTimes = times.filter((t) => inside(t) && (t.role === "time" || t.role === "now"));
    const planTimes = times.filter((t) => inside(t) && t.role === "plan");
    const sentenceFolded = folded.slice(sentence.start, sentence.end);
    const ownFigures = figures.filter(inside);
    const inherited = carry && carry.paragraph === sentence.paragraph ? carry.time : undefined;
    let previous: Previous | undefined;
    const earlier: Previous[] = [];
    ownFigures.forEach((figure, i) => {
      const leftStart = previous?.consumedEnd ?? sentence.start;
      const rightEnd = clauseEnd(folded, figure.end, Math.min(ownFigures[i + 1]?.start ?? sentence.end, sentence.end));
      const left = folded.slice(leftStart, figure.start);
      const own = folded.slice(figure.start, figure.end);
      const right = folded.slice(figure.end, rightEnd);
      const near = folded.slice(Math.max(leftStart, figure.start - 40), figure.start);
      const change = figure.changeUnit || isChange(near);
      const cue = targetCueBefore(sentenceFolded, figure.start - sentence.start);
      const kind = change ? "change" : cue !== undefined ? "target" : "result";
      const measure = figure.measure ?? bareCount(left, right, matcher.match(`${left} ${right}`, "count") !== undefined);
      if (!measure || notAValue(figure, near, left, right, previous)) return;
      const words = `${left} ${own} ${right}`;
      const wide = folded.slice(previous?.windowStart ?? sentence.start, rightEnd);
      const leftNames = matcher.names(left) || (figure.noun !== undefined && matcher.names(right));
      const sameMeasure = earlier.filter((p) => p.measure === measure).at(-1);
      // The words before may name the figure only when nothing after it does ("100% cơ quan … kết nối" names its own).
      const namedAfter = /\p{L}/u.test(right.replace(/^\s*(?:so(?: voi)?|chi tieu|ke hoach|tro len|tro xuong)\b.*$/, ""));
      let metric = matcher.match(words, measure, (leftNames || kind !== "change") && !namedAfter ? wide : undefined)?.key ?? null;
      // A list goes on with the same figure ("cấp huyện: 18,05%"), unless the figure names what it counts ("14/43 nhiệm vụ").
      if (!metric && !leftNames && sameMeasure && (figure.noun === undefined || kind === "change")) metric = sameMeasure.metric;
      // "Thành phố Hoa Lư đạt 51,3%" after a sentence listing units' online rates: the same figure, for another unit.
      const listed = lastOfParagraph?.paragraph === sentence.paragraph && lastOfParagraph.measure === measure ? lastOfParagraph.metric : null;
      if (!metric && !leftNames && !namedAfter && !sameMeasure && listed && scopeBefore(text, folded, leftStart, figure.start)?.scope === "unit") metric = listed;
      let scoped = scopeBefore(text, folded, leftStart, figure.start);
      if (!scoped && previous) scoped = { scope: previous.scope, unit: previous.unit, at: leftStart };
      if (scoped?.unit && /^c[oô]ng an/i.test(scoped.unit) && PROVINCE_WIDE_BY_POLICE.test(words)) scoped = { scope: "province", unit: null, at: scoped.at };
      const time = timeOf(figure, kind, cue === undefined ? undefined : sentence.start + cue, sentenceTimes, kind === "target" ? planTimes[0] : inherited);
      values.push({
        metric,
        name: metric ? names.get(metric)! : nameOf(text, leftStart, figure, rightEnd),
        scope: scoped?.scope ?? "province",
        unit: scoped?.unit ?? null,
        value: figure.value,
        measure,
        kind,
        qualifier: qualifierOf(folded.slice(Math.max(leftStart, figure.start - 20), figure.start), folded.slice(figure.end, figure.end + 12)),
        periodFrom: time?.periodFrom ?? null,
        periodTo: time?.periodTo ?? null,
        asOf: time?.role === "now" ? eventDate : (time?.asOf ?? null),
        sentence: text.slice(sentence.start, sentence.end),
        heading: sentence.heading,
      });
      previous = { windowStart: leftStart, consumedEnd: figure.noun ? rightEnd : figure.end, metric, measure, scope: scoped?.scope ?? "province", unit: scoped?.unit ?? null };
      earlier.push(previous);
      if (metric) lastOfParagraph = { paragraph: sentence.paragraph, measure, metric };
    });
    carry = nextCarry(carry, sentence, sentenceTimes, sentenceFolded);
  }
  return mergeRepeated(values).map(({ heading: _heading, ...value }) => value);
}

/**
 * Numbers that look like figures and are not: the tasks a plan is made of ("gồm 42 nhiệm vụ") rather than those
 * done or under way; the remainder of a fraction just given ("9/10 kết nối, còn 01 kết nối"); a threshold that
 * counts units ("7 đơn vị đạt tỷ lệ … trên 90%").
 */
function notAValue(figure: Figure, near: string, left: string, right: string, previous: Previous | undefined): boolean {
  if (figure.noun === "nhiem vu" && !/(?:hoan thanh|trien khai|thuc hien xong|dang thuc hien|cham|qua han|tre han|dung han|da xong)/.test(`${near} ${right}`)) return true;
  if (/\bcon $/.test(near) && previous !== undefined && figure.measure === "count") return true;
  if (/\b\d+ (?:don vi|dia phuong|xa|huyen|so|co quan|tinh)\b.*\b(?:tren|duoi|tu|hon)\s?$/.test(left)) return true;
  return false;
}

/** A number without a unit is a count only when a counted metric names it just before: "số tài khoản đã kích hoạt là 845.210". */
function bareCount(left: string, right: string, namesCount: boolean): FigureMeasure | undefined {
  return namesCount && /(?:\bla|\bdat|:|\bdat duoc|\bcon)\s?$/.test(left) && !/^\s?(?:\p{L})/u.test(right.replace(/^[,;.)]/, "x")) ? "count" : undefined;
}

/** The figure's words after it stop at punctuation, the next figure or the end of the sentence. */
function clauseEnd(folded: string, from: number, limit: number): number {
  const stop = folded.slice(from, limit).search(/[,;.:()"“”]|\s(?:va|voi|dat|tang|giam|trong do)\s/);
  return stop < 0 ? limit : from + stop;
}

function timeOf(figure: Figure, kind: string, cueAt: number | undefined, times: TimeExpression[], inherited: TimeExpression | undefined): TimeExpression | undefined {
  if (kind === "target" && cueAt !== undefined) {
    const afterCue = times.find((t) => t.start >= cueAt && t.role === "time");
    if (afterCue) return afterCue;
  }
  const before = times.filter((t) => t.end <= figure.start).at(-1);
  return before ?? times.find((t) => t.start >= figure.end) ?? inherited;
}

function nextCarry(
  carry: { paragraph: number; time: TimeExpression } | undefined,
  sentence: Sentence,
  times: TimeExpression[],
  foldedSentence: string,
): { paragraph: number; time: TimeExpression } | undefined {
  const kept = carry && carry.paragraph === sentence.paragraph ? carry : undefined;
  if (targetCueBefore(foldedSentence, foldedSentence.length) !== undefined) return kept;
  const last = times.at(-1);
  return last ? { paragraph: sentence.paragraph, time: last } : kept;
}

export type { LocalDate };
