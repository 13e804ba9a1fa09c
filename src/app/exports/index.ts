export { EXPORT_MIME, type ExportFormat, type ExportRequest, type ExportResult, exportReport, mayExport } from "./export-report.js";
export type { ExportPlan, ExportStore } from "./ports.js";
