import { carriedTarget, type KpiContext } from "../../core/kpi-update/rules.js";
import type { KpiDraft } from "../../core/kpi-update/types.js";
import type { KpiRecord } from "./ports.js";

/** Where a value came from, for its history. */
export interface Provenance {
  origin: KpiRecord["origin"];
  at: Date;
  personId: number | null;
  channel?: string | null;
  chatId?: string | null;
  messageId?: string | null;
}

/** Source keys: values recorded here are grouped by how they came in (the title says from whom). */
const SOURCE_KEY: Record<KpiRecord["origin"], string> = { chat: "NV-CHAT", cli: "NV-CLI", import: "NV-IMPORT" };

/** A checked draft as the row to write: its source title, the series' target carried on, and its provenance. */
export function toRecord(draft: KpiDraft, ctx: KpiContext, sourceTitle: string, status: KpiRecord["status"], from: Provenance): KpiRecord {
  const measure = ctx.metrics.find((m) => m.id === draft.metricId)!.measure;
  return {
    ...draft,
    ...carriedTarget(draft, measure, ctx.values),
    status,
    sourceKey: SOURCE_KEY[from.origin],
    sourceTitle,
    origin: from.origin,
    recordedAt: from.at,
    recordedById: from.personId,
    channel: from.channel ?? null,
    chatId: from.chatId ?? null,
    messageId: from.messageId ?? null,
  };
}
