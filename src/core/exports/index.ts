/**
 * Reports out (issue #11, item 5): what an export says, worked out without any file format. The app writes it
 * as an .xlsx workbook or a .docx report (src/app/exports).
 */
export type { ReportData, ReportExtension, ReportKpi, ReportTask } from "./types.js";
export { extensionsAsOf, taskAsOf } from "./as-of.js";
export { type ReportSummary, type StatusGroup, type UnitOverdue, STATUS_GROUPS, statusGroup, summarise } from "./summary.js";
export { findings, proposals } from "./findings.js";
export { parseDay } from "./day.js";
