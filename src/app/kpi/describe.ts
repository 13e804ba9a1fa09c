import { metricAmount, metricName, whenOf } from "../../core/answer/kpi-text.js";
import type { Locale } from "../../core/format.js";
import type { KpiDraft } from "../../core/kpi-update/types.js";
import type { Metric, Unit } from "../../core/model.js";
import { reply, type Reply } from "../../core/reply.js";

/** A figure as the bot repeats it before recording: metric, scope, value, date and source. */
export function describeDraft(draft: KpiDraft & { sourceTitle: string; denominator?: string | null }, metric: Metric, units: readonly Unit[], locale: Locale): Reply {
  const unit = draft.unitId === null ? "" : (units.find((u) => u.id === draft.unitId)?.name ?? "");
  return reply("kpi-update-figure", {
    metric: metricName(metric, locale),
    scope: draft.scope,
    unit,
    value: metricAmount(metric, { value: draft.value, qualifier: draft.qualifier, denominator: draft.denominator ?? null }, locale),
    when: whenOf(draft, locale),
    source: draft.sourceTitle,
  });
}
