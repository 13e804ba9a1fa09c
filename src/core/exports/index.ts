/**
 * Reports out (issue #11, item 5): what an export says, worked out without any file format. The app writes it
 * as an .xlsx workbook or a .docx report (src/app/exports).
 */
export type { ReportData, ReportExtension, ReportKpi, ReportTask } from "./types.js";
export { extensionsAsOf, taskAsOf } from "./as-of.js";
export { type ReportSummary, type StatusGroup, type UnitOverdue, STATUS_GROUPS, statusGroup, summarise } from "./summary.js";
export { findings, proposals } from "./findings.js";
// A day typed "25/7/2023" or "2023-07-25": the same reader as a KPI value's date.
export { parseTypedDate as parseDay } from "../kpi-update/typed.js";
