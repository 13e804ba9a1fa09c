import { formatDecimal, formatPercent, type Locale } from "../format.js";
import type { Metric, MetricValue } from "../model.js";
import { decimalDifference, truncatedPercent } from "../rates.js";
import { reply, type Reply } from "../reply.js";
import type { CueName } from "../understand/cues.js";
import { inSentence, metricName, sourceLine, whenOf } from "./kpi-text.js";

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
    sourceLine(from.value, when),
  ];
}

function whenKey(value: MetricValue): string {
  return `${value.asOf ?? ""}|${value.periodFrom ?? ""}|${value.periodTo ?? ""}`;
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
