import { formatDate, formatDecimal, formatPercent, formatPeriod, formatVnd, type Locale } from "../format.js";
import type { Metric, MetricValue } from "../model.js";
import { reply, type Reply } from "../reply.js";

/** How a KPI value reads: "18,05%", "hơn 859 tỷ đồng", "8/10", "447.246". */
export function metricAmount(metric: Pick<Metric, "measure">, value: Pick<MetricValue, "value" | "qualifier" | "denominator">, locale: Locale): Reply {
  const core = formatAmount(metric.measure, value.value, locale);
  const amount = value.denominator ? `${core}/${formatDecimal(value.denominator, locale)}` : core;
  return reply("metric-amount", { qualifier: value.qualifier, amount });
}

export function formatAmount(measure: Metric["measure"], amount: string, locale: Locale): string {
  if (measure === "percent") return formatPercent(amount, locale);
  if (measure === "vnd") return formatVnd(amount, locale);
  return formatDecimal(amount, locale);
}

/** The period or as-of date of a value: every figure the bot gives carries one. */
export function whenOf(value: Pick<MetricValue, "periodFrom" | "periodTo" | "asOf">, locale: Locale): Reply {
  if (value.periodFrom && value.periodTo) return reply("when-period", { period: formatPeriod(value.periodFrom, value.periodTo, locale) });
  return reply("when-as-of", { date: formatDate(value.asOf!, locale) });
}

export function sourceLine(value: Pick<MetricValue, "sourceTitle">, when: Reply): Reply {
  return reply("source-line", { source: value.sourceTitle, when });
}

export function metricName(metric: Pick<Metric, "name" | "nameEn">, locale: Locale): string {
  return locale === "en" && metric.nameEn ? metric.nameEn : metric.name;
}

/** A name inside a sentence: "Số tài khoản …" becomes "số tài khoản …", but "VNeID …" stays as it is. */
export function inSentence(name: string): string {
  const [first = "", second = ""] = name;
  return second && second === second.toLocaleLowerCase("vi") && first !== first.toLocaleLowerCase("vi") ? first.toLocaleLowerCase("vi") + name.slice(1) : name;
}
