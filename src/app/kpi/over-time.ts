import { answerKpiChange } from "../../core/answer/kpi-change.js";
import { inSentence, metricName, whenOf } from "../../core/answer/kpi-text.js";
import type { Locale } from "../../core/format.js";
import { changeOverTime, dateOf } from "../../core/kpi-history/index.js";
import type { LocalDate } from "../../core/local-date.js";
import { formatPeriod, readsWellAsTyped } from "../../core/format.js";
import { reply, type Reply } from "../../core/reply.js";
import type { Understanding } from "../../core/understand/types.js";
import type { CatalogView } from "../catalog-view.js";

/**
 * A figure over time from the current values the catalogue holds (issue #12, item 2): "so với tháng trước",
 * "tăng hay giảm", "mỗi tuần tăng bao nhiêu". A period named besides the reference bounds the latest value.
 */
export function answerOverTime(u: Extract<Understanding, { intent: "kpi_change" }>, view: CatalogView, today: LocalDate, locale: Locale): Reply[] {
  const metric = view.index.metricByKey.get(u.metric)!;
  const unit = u.unit ? view.index.unitByCode.get(u.unit) : undefined;
  const all = view.valuesOf(metric.id, u.scope, unit?.id ?? null);
  const values = u.period ? all.filter((v) => dateOf(v) <= u.period!.to) : all;
  const outcome = changeOverTime(values, metric, u.against, u.ask, today);
  // "Tháng 7 so với tháng 6" with no value dated in July: that is the answer, not June's value as July's.
  // "Năm 2022 … so sánh với năm nay" with nothing held until then: that period is missing, said with what is held.
  const held = u.period && outcome.kind === "no_data" ? changeOverTime(all, metric, u.against, u.ask, today) : outcome;
  if (u.period && held.kind !== "no_data" && (outcome.kind === "no_data" || dateOf(held.latest) < u.period.from)) {
    const asked = readsWellAsTyped(u.period.text, locale) ? inSentence(u.period.text) : formatPeriod(u.period.from, u.period.to, locale);
    return [reply("kpi-no-data-for-period", { metric: inSentence(metricName(metric, locale)), asked, when: whenOf(held.latest, locale) })];
  }
  return answerKpiChange(metric, outcome, { scope: u.scope, ...(unit ? { unitName: unit.name } : {}) }, u.against, locale);
}
