import { formatDate, formatDecimal, formatPercent, type Locale } from "../format.js";
import type { Metric, MetricValue } from "../model.js";
import { decimalDifference, truncatedPercent } from "../rates.js";
import { reply, type Reply } from "../reply.js";
import type { CueName } from "../understand/cues.js";
import { inSentence, metricAmount, metricName, sourceLine, whenOf } from "./kpi-text.js";

/**
 * Figures the data allows without holding them: one metric less another, of the same date, shown with the
 * working ("633.404 − 447.246 = 186.158"). Asked for by cue words; used only when both metrics exist.
 */
export interface DerivedFigure {
  key: string;
  from: string;
  minus: string;
  cues: readonly CueName[];
}

export const DERIVED_FIGURES: readonly DerivedFigure[] = [
  { key: "eid_accounts_not_activated", from: "eid_accounts_created", minus: "eid_accounts_activated", cues: ["notActivated"] },
  { key: "identity_profiles_without_account", from: "identity_profiles_created", minus: "eid_accounts_created", cues: ["withoutAccount"] },
];

/** "Số tài khoản chưa kích hoạt: 633.404 − 447.246 = 186.158", with the date and source of both figures. */
export function answerDerived(
  figure: DerivedFigure,
  from: { metric: Metric; value: MetricValue | undefined },
  minus: { metric: Metric; value: MetricValue | undefined },
  locale: Locale,
  /** "… chiếm bao nhiêu % số đã cấp": the result as a share of the figure it was taken from, too. */
  asShare = false,
): Reply[] {
  if (!from.value || !minus.value) return [reply("derived-no-data", { figure: figure.key })];
  const sameDay = whenKey(from.value) === whenKey(minus.value);
  if (!sameDay) return [reply("derived-different-dates", { figure: figure.key })];
  const when = whenOf(from.value, locale);
  const result = decimalDifference(from.value.value, minus.value.value);
  return [
    reply("derived-value", {
      figure: figure.key,
      when,
      result: formatDecimal(result, locale),
      from: formatDecimal(from.value.value, locale),
      fromName: inSentence(metricName(from.metric, locale)),
      minus: formatDecimal(minus.value.value, locale),
      minusName: inSentence(metricName(minus.metric, locale)),
    }),
    ...(asShare && Number(from.value.value) > 0
      ? [reply("derived-share", { share: formatPercent(truncatedPercent(result, Number(from.value.value)), locale), fromName: inSentence(metricName(from.metric, locale)) })]
      : []),
    sourceLine(from.value, when),
  ];
}

function whenKey(value: MetricValue): string {
  return `${value.asOf ?? ""}|${value.periodFrom ?? ""}|${value.periodTo ?? ""}`;
}

type Figure = { metric: Metric; value: MetricValue | undefined };

/** "718.738 − 633.404 = 85.334": one count less another of the same date. */
export function answerDifference(a: Figure, b: Figure, locale: Locale): Reply[] {
  return difference(a, b, a.value?.value, "difference-value", {}, locale);
}

/** "Chỉ tiêu kích hoạt 738.291 − số tài khoản đã cấp 633.404 = 104.887": a target less another figure of the same date. */
export function answerTargetDifference(targeted: Figure, other: Figure, locale: Locale): Reply[] {
  const targetDate = targeted.value?.targetDate ? formatDate(targeted.value.targetDate, locale) : "none";
  return difference(targeted, other, targeted.value?.target ?? undefined, "difference-target-value", { targetDate }, locale);
}

/** The first side's amount (its value, or its target) less the second's value, both of one date. */
function difference(a: Figure, b: Figure, first: string | undefined, key: string, extra: Record<string, string>, locale: Locale): Reply[] {
  if (!a.value || !b.value || !first) return [reply("share-no-data")];
  if (whenKey(a.value) !== whenKey(b.value)) return [reply("share-different-dates")];
  const when = whenOf(b.value, locale);
  return [
    reply(key, {
      when,
      aName: inSentence(metricName(a.metric, locale)),
      bName: inSentence(metricName(b.metric, locale)),
      a: formatDecimal(first, locale),
      b: formatDecimal(b.value.value, locale),
      result: formatDecimal(decimalDifference(first, b.value.value), locale),
      ...extra,
    }),
    sourceLine(b.value, when),
  ];
}

/** "Hơn 859 tỷ đồng / 3.048 lượt ≈ hơn 281,8 triệu đồng mỗi lượt": an amount per counted thing. */
export function answerPer(amount: { metric: Metric; value: MetricValue | undefined }, count: { metric: Metric; value: MetricValue | undefined }, locale: Locale): Reply[] {
  if (!amount.value || !count.value || Number(count.value.value) === 0) return [reply("share-no-data")];
  if (whenKey(amount.value) !== whenKey(count.value)) return [reply("share-different-dates")];
  const when = whenOf(amount.value, locale);
  const each = Math.trunc(Number(amount.value.value) / Number(count.value.value));
  return [
    reply("per-value", {
      when,
      amountName: inSentence(metricName(amount.metric, locale)),
      countName: inSentence(metricName(count.metric, locale)),
      amount: metricAmount(amount.metric, amount.value, locale),
      count: formatDecimal(count.value.value, locale),
      each: metricAmount(amount.metric, { value: String(each), qualifier: amount.value.qualifier, denominator: null }, locale),
    }),
    sourceLine(amount.value, when),
  ];
}

/** "447.246/633.404 = 70,61%": one figure as a share of another of the same date, or of its own total. */
export function answerShare(
  part: { metric: Metric; value: MetricValue | undefined },
  whole: { metric: Metric; value: MetricValue | undefined },
  locale: Locale,
): Reply[] {
  if (!part.value || !whole.value) return [reply("share-no-data")];
  const ofItself = part.metric.id === whole.metric.id;
  const total = ofItself ? part.value.denominator : whole.value.value;
  if (!total || Number(total) === 0) return [reply("share-no-data")];
  if (!ofItself && whenKey(part.value) !== whenKey(whole.value)) return [reply("share-different-dates")];
  const when = whenOf(part.value, locale);
  return [
    reply("share-value", {
      when,
      partName: inSentence(metricName(part.metric, locale)),
      wholeName: ofItself ? "none" : inSentence(metricName(whole.metric, locale)),
      part: formatDecimal(part.value.value, locale),
      whole: formatDecimal(total, locale),
      share: formatPercent(truncatedPercent(Number(part.value.value), Number(total)), locale),
    }),
    sourceLine(part.value, when),
  ];
}
