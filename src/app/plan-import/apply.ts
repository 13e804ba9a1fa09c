/**
 * Importing a plan, step two: write what the preview showed, in one transaction. Nothing is written when the
 * file has errors, unless the caller asks to skip the broken rows (which the preview already left out); a
 * problem with the file as a whole is never skipped. When the plan changed between the preview and now, the
 * write is refused ("stale") and the preview must be made again.
 */
import type { PlanImportStore, PlanImportWrite } from "./ports.js";
import type { PlanImportPreview } from "./preview.js";

export type PlanImportResult =
  | { ok: true; planId: number; planCode: string; created: number; updated: number; unchanged: number; skippedRows: number }
  | { ok: false; reason: "file-problem" | "has-errors" | "stale" | "not-allowed"; errors: number };

export async function applyPlanImport(
  store: PlanImportStore,
  preview: PlanImportPreview,
  options: { skipErrors?: boolean; at: Date },
): Promise<PlanImportResult> {
  const errors = preview.problems.filter((p) => p.severity === "error");
  if (preview.problems.some((p) => p.code === "not-allowed")) return { ok: false, reason: "not-allowed", errors: errors.length };
  const plan = preview.plan;
  // A problem without a row (the file, its header, the plan's year) concerns everything: it cannot be skipped.
  if (plan === null || errors.some((p) => p.where === undefined || p.code === "no-header")) return { ok: false, reason: "file-problem", errors: errors.length };
  if (errors.length > 0 && !options.skipErrors) return { ok: false, reason: "has-errors", errors: errors.length };
  const { id: planId, ...newPlan } = plan;
  const write: PlanImportWrite = {
    plan: planId !== null ? { id: planId } : { create: newPlan },
    create: preview.changes.flatMap((c) => (c.action === "new" ? [{ ...c.draft, code: c.draft.code!, row: c.row }] : [])),
    update: preview.changes.flatMap((c) => (c.action === "changed" ? [{ taskId: c.taskId, draft: c.draft, fields: c.fields.map((f) => f.field), row: c.row }] : [])),
    renumber: preview.changes.flatMap((c) => (c.action === "unchanged" && c.renumbered ? [{ taskId: c.taskId, sourceRef: c.draft.sourceRef, rowKey: c.draft.rowKey }] : [])),
    groups: preview.groups,
    expectedSignature: preview.signature,
    source: { file: preview.file, personId: preview.requester?.personId ?? null, at: options.at },
  };
  const applied = await store.apply(write);
  if (!applied.ok) return { ok: false, reason: "stale", errors: 0 };
  return {
    ok: true,
    planId: applied.planId,
    planCode: applied.planCode,
    created: applied.created,
    updated: applied.updated,
    unchanged: preview.changes.filter((c) => c.action === "unchanged").length,
    skippedRows: preview.rejectedRows.length,
  };
}
