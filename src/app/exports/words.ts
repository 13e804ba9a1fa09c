/**
 * The words of a report, from the locales: column headers, states, deadlines and figures as the answers write
 * them (31/7/2023; 18,05%; "quá hạn 5 ngày làm việc"), shared by the workbook and the document.
 */
import { formatAmount, metricAmount, metricName, whenOf } from "../../core/answer/kpi-text.js";
import { deadlineShown, taskStateReply } from "../../core/answer/tasks.js";
import type { ReportKpi, ReportTask } from "../../core/exports/index.js";
import { formatDate, type Locale } from "../../core/format.js";
import type { LocalDate } from "../../core/local-date.js";
import { issuedDeadline, wasExtended } from "../../core/model.js";
import { reply, type Reply, type ReplyArgs } from "../../core/reply.js";
import type { Translate } from "../../infra/i18n.js";

export interface ReportWords {
  locale: Locale;
  t(key: string, args?: ReplyArgs): string;
  say(r: Reply): string;
  col(name: string): string;
  date(day: LocalDate): string;
  state(task: ReportTask, asOf: LocalDate): string;
  deadline(task: ReportTask): string;
  /** The deadline the plan issued, when an extension moved it; "" otherwise. */
  issued(task: ReportTask): string;
  lead(task: ReportTask): string;
  area(task: ReportTask): string;
  kpiName(kpi: ReportKpi): string;
  kpiScope(kpi: ReportKpi): string;
  kpiValue(kpi: ReportKpi): string;
  kpiTarget(kpi: ReportKpi): string;
  kpiWhen(kpi: ReportKpi): string;
  plans(plans: ReadonlyArray<{ name: string }>): string;
}

export function reportWords(translate: Translate, locale: Locale): ReportWords {
  const say = (r: Reply) => translate(locale, r);
  const t = (key: string, args?: ReplyArgs) => say(reply(key, args));
  // Column headers repeat on every export: put into words once.
  const columns = new Map<string, string>();
  const areas = new Map<string, string>();
  const text = (value: string | Reply) => (typeof value === "string" ? value : say(value));
  return {
    locale,
    t,
    say,
    col(name) {
      let word = columns.get(name);
      if (word === undefined) columns.set(name, (word = t("export-col", { col: name })));
      return word;
    },
    date: (day) => formatDate(day, locale),
    state: (task, asOf) => say(taskStateReply(task, asOf)),
    deadline: (task) => text(deadlineShown(task, locale)),
    issued: (task) => (wasExtended(task) ? formatDate(issuedDeadline(task), locale) : ""),
    lead: (task) => task.leadGroupName ?? task.leadUnitName,
    area(task) {
      let word = areas.get(task.area);
      if (word === undefined) areas.set(task.area, (word = t("area", { area: task.area })));
      return word;
    },
    kpiName: (kpi) => metricName(kpi.metric, locale),
    kpiScope: (kpi) => t("export-scope", { scope: kpi.value.scope, unit: kpi.unitName ?? "" }),
    kpiValue: (kpi) => say(metricAmount(kpi.metric, kpi.value, locale)),
    kpiTarget: (kpi) =>
      kpi.value.target === null ? "" : t("export-target", { target: formatAmount(kpi.metric.measure, kpi.value.target, locale), date: kpi.value.targetDate ? formatDate(kpi.value.targetDate, locale) : "none" }),
    kpiWhen: (kpi) => (kpi.value.asOf || (kpi.value.periodFrom && kpi.value.periodTo) ? say(whenOf(kpi.value, locale)) : ""),
    plans: (plans) => plans.map((p) => p.name).join("; "),
  };
}
