import { formatDecimal, type Locale } from "../format.js";
import type { Metric, MetricValue } from "../model.js";
import { decimalDifference } from "../rates.js";
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
