/**
 * Importing a plan from .xlsx, .csv or the task table of a .docx, as a use case any front end can drive:
 * previewPlanImport (read, match, compare; writes nothing) → applyPlanImport (one transaction). The command
 * line (src/cli/import-plan.ts) prints the preview or applies it; a chat handler shows the preview and applies
 * it when the secretariat confirms.
 */
export { type PlanImportRequest, type PlanImportPreview, type PlanTarget, previewPlanImport } from "./preview.js";
export { type PlanImportResult, applyPlanImport } from "./apply.js";
export type { NewPlan, PlanImportApplied, PlanImportStore, PlanImportWrite, PlanSummary } from "./ports.js";
export { type ImportFormat, MAX_IMPORT_BYTES, checkFile, contentOf, formatOfName } from "./file-kind.js";
export { type Counts, type DescribeOptions, changeJson, countsOf, describeChange, describeOptions, describeProblem, placeText, problemJson, summaryLines } from "./describe.js";
export { TEMPLATE_HEADERS, planTemplate } from "./template.js";
export { readTaskTables } from "./read-table.js";
