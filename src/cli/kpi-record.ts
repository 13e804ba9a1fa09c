import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatAmount, whenOf } from "../core/answer/kpi-text.js";
import { draftFromTyped, findMetric, parseScope, type KpiContext, type TypedFigure } from "../core/kpi-update/index.js";
import type { KpiDraft } from "../core/kpi-update/types.js";
import { createUnitResolver } from "../core/plan-import/unit-names.js";
import { vnDate } from "../core/local-date.js";
import type { Reply } from "../core/reply.js";
import { describeDraft } from "../app/kpi/describe.js";
import { toRecord } from "../app/kpi/record.js";
import type { KpiRecord } from "../app/kpi/ports.js";
import { createKpiStore } from "../db/stores/kpi-store.js";
import type { Runtime } from "../composition/runtime.js";
import { readFigureRows } from "./kpi-rows.js";

/**
 * `kpi set <metric> <scope> <value> --as-of <date> [--unit] [--source] [--from --to]`, `kpi import <file.xlsx|.csv>
 * [--dry-run]` and `kpi history <metric> <scope> [--unit]` (issue #12, item 1): the same checks as a chat update;
 * a value for the same figure supersedes the one before, which stays in the history. Run by the operator, so
 * recorded at once (origin "cli" / "import", no person).
 */
type Say = (key: string | Reply, params?: Record<string, string | number>) => string;

export async function kpiContext(runtime: Runtime): Promise<KpiContext & { unitOf: (name: string) => number | undefined }> {
  const catalog = await runtime.stores.catalog.loadCatalog();
  const resolver = createUnitResolver(catalog.units);
  return {
    metrics: catalog.metrics, units: catalog.units, values: catalog.metricValues, today: vnDate(runtime.clock.now()),
    unitOf: (name) => {
      const r = resolver.resolve(name);
      return r.units.length === 1 && r.unknown.length === 0 ? r.units[0]!.id : undefined;
    },
  };
}

function problemText(result: Exclude<ReturnType<typeof draftFromTyped>, { ok: true }>, ctx: KpiContext, say: Say): string {
  if ("typed" in result) {
    const { field, text } = result.typed;
    if (field === "metric") return say("kpi-set-unknown-metric", { metric: text, keys: ctx.metrics.map((m) => m.key).join(", ") });
    if (field === "scope") return say("kpi-set-unknown-scope", { scope: text });
    if (field === "unit") return say("kpi-update-problem", { problem: "unknown_unit", detail: text });
    if (field === "value") return say("kpi-set-bad-value", { value: text });
    return say("kpi-set-bad-date", { date: text });
  }
  return say("kpi-update-problem", { problem: result.problem, detail: result.detail ?? "" });
}

const sourceOf = (draft: KpiDraft, fallback: string) => draft.source ?? fallback;

export async function runSet(runtime: Runtime, args: string[], say: Say): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { "as-of": { type: "string" }, from: { type: "string" }, to: { type: "string" }, unit: { type: "string" }, source: { type: "string" }, now: { type: "string" } },
  });
  if (positionals.length !== 3) {
    console.error(say("kpi-usage"));
    return 2;
  }
  const ctx = await kpiContext(runtime);
  const figure: TypedFigure = {
    metric: positionals[0]!, scope: positionals[1]!, value: positionals[2]!, unit: values.unit ?? null,
    asOf: values["as-of"] ?? null, periodFrom: values.from ?? null, periodTo: values.to ?? null, source: values.source ?? null,
  };
  const checked = draftFromTyped(figure, ctx, ctx.unitOf);
  if (!checked.ok) {
    console.error(problemText(checked, ctx, say));
    return 1;
  }
  const sourceTitle = sourceOf(checked.draft, say("kpi-cli-source"));
  const record = toRecord(checked.draft, ctx, sourceTitle, "current", { origin: "cli", at: runtime.clock.now(), personId: null });
  const { id, superseded } = await createKpiStore(runtime.database.db).record(record);
  const metric = ctx.metrics.find((m) => m.id === checked.draft.metricId)!;
  process.stdout.write(`${say("kpi-set-recorded", { id: String(id), superseded: superseded.length, figure: say(describeDraft({ ...checked.draft, sourceTitle }, metric, ctx.units, "vi")).replace(/^• /, "") })}\n`);
  return 0;
}

export async function runImport(runtime: Runtime, args: string[], say: Say): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { "dry-run": { type: "boolean", default: false }, now: { type: "string" } } });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    console.error(say("kpi-usage"));
    return 2;
  }
  if (!existsSync(file)) {
    console.error(say("kpi-extract-missing-file", { file }));
    return 1;
  }
  const rows = await readFigureRows(file);
  if ("missing" in rows) {
    console.error(say("kpi-import-column-missing", { file: path.basename(file), column: rows.missing }));
    return 1;
  }
  const ctx = await kpiContext(runtime);
  const records: KpiRecord[] = [];
  const errors: string[] = [];
  const lines: string[] = [];
  const fallback = say("kpi-import-source", { file: path.basename(file) });
  for (const { row, figure } of rows.rows) {
    const checked = draftFromTyped(figure, ctx, ctx.unitOf);
    if (!checked.ok) {
      errors.push(say("kpi-import-row-error", { row, problem: problemText(checked, ctx, say) }));
      continue;
    }
    const sourceTitle = sourceOf(checked.draft, fallback);
    records.push(toRecord(checked.draft, ctx, sourceTitle, "current", { origin: "import", at: runtime.clock.now(), personId: null, channel: "file", chatId: path.basename(file), messageId: String(row) }));
    const metric = ctx.metrics.find((m) => m.id === checked.draft.metricId)!;
    lines.push(say(describeDraft({ ...checked.draft, sourceTitle }, metric, ctx.units, "vi")));
  }
  process.stdout.write([...lines, ...errors, say("kpi-import-summary", { count: records.length, errors: errors.length })].join("\n") + "\n");
  if (errors.length > 0) {
    console.error(say("kpi-import-not-written"));
    return 1;
  }
  if (values["dry-run"]) return 0;
  const written = await createKpiStore(runtime.database.db).recordAll(records);
  process.stdout.write(`${say("kpi-import-done", { count: written.length, file: path.basename(file), superseded: written.reduce((n, w) => n + w.superseded.length, 0) })}\n`);
  return 0;
}

export async function runHistory(runtime: Runtime, args: string[], say: Say): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { unit: { type: "string" }, now: { type: "string" } } });
  const ctx = await kpiContext(runtime);
  const metric = positionals[0] === undefined ? undefined : findMetric(ctx.metrics, positionals[0]);
  const scope = positionals[1] === undefined ? undefined : parseScope(positionals[1]);
  if (!metric || !scope) {
    console.error(say("kpi-usage"));
    return 2;
  }
  const unitId = values.unit === undefined ? null : (ctx.unitOf(values.unit) ?? -1);
  const entries = await createKpiStore(runtime.database.db).history(metric.id, scope, unitId);
  if (entries.length === 0) process.stdout.write(`${say("kpi-history-none")}\n`);
  entries.forEach((e, i) => {
    process.stdout.write(`${say("kpi-history-line", { n: i + 1, value: formatAmount(metric.measure, e.value, "vi"), when: say(whenOf(e, "vi")), status: e.status, source: e.sourceTitle, by: e.recordedBy ?? "none" })}\n`);
  });
  return 0;
}
