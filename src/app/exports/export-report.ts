/**
 * Reports out (issue #11, item 5), as a use case the command line and the chat share: the plans asked for (or
 * every active plan) as of a day, written as an .xlsx workbook or a .docx report. Leaders, the secretariat and
 * admins may export; anyone else is refused before anything is read.
 */
import { summarise } from "../../core/exports/index.js";
import type { Locale } from "../../core/format.js";
import type { LocalDate } from "../../core/local-date.js";
import type { Role } from "../../core/model.js";
import { reply, type Reply } from "../../core/reply.js";
import type { Translate } from "../../infra/i18n.js";
import { writeDocument } from "./docx.js";
import { gatherReport } from "./gather.js";
import type { ExportStore } from "./ports.js";
import { reportWords } from "./words.js";
import { writeWorkbook } from "./xlsx.js";

export type ExportFormat = "xlsx" | "docx";

export const EXPORT_MIME: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const EXPORTERS: ReadonlySet<Role> = new Set(["leader", "secretariat", "admin"]);

export function mayExport(role: Role): boolean {
  return EXPORTERS.has(role);
}

export interface ExportRequest {
  format: ExportFormat;
  /** A plan's code or name; every active plan when absent. */
  plan?: string;
  asOf: LocalDate;
  locale: Locale;
  /** Who asks, in a chat; absent at the command line, where the operator exports. */
  requester?: { role: Role };
}

export type ExportResult =
  | { ok: true; file: { name: string; mime: string; bytes: Uint8Array }; summary: Reply; tasks: number }
  | { ok: false; reply: Reply };

export async function exportReport(store: ExportStore, translate: Translate, request: ExportRequest): Promise<ExportResult> {
  if (request.requester && !mayExport(request.requester.role)) return { ok: false, reply: reply("export-not-allowed") };
  const gathered = await gatherReport(store, { ...(request.plan === undefined ? {} : { plan: request.plan }), asOf: request.asOf });
  if (!gathered.ok) return gathered;
  const { data } = gathered;
  const words = reportWords(translate, request.locale);
  const bytes = request.format === "xlsx" ? await writeWorkbook(data, words) : await writeDocument(data, words);
  const summary = summarise(data.tasks, data.extensions, data.asOf);
  const plans = data.plans.map((p) => p.code).join("-");
  return {
    ok: true,
    file: { name: `${words.t("export-file-name", { plans, date: data.asOf })}.${request.format}`, mime: EXPORT_MIME[request.format], bytes },
    summary: reply("export-done", { format: request.format, plans: words.plans(data.plans), date: words.date(data.asOf), tasks: summary.total, overdue: summary.overdue, kpis: data.kpis.length, extensions: data.extensions.length }),
    tasks: summary.total,
  };
}
