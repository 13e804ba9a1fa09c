/** KPI updates with history (issue #12, item 1): recognising an update, the rules a figure meets, who may record it. */
export { parseKpiCommand } from "./parse.js";
export { carriedTarget, checkDraft, decimalText, draftFromExtracted, permissionFor, reportsMetric, sameFigure, type KpiContext } from "./rules.js";
export type { Checked, KpiCommand, KpiDraft, KpiPermission, KpiProblem } from "./types.js";
export { draftFromTyped, findMetric, parseScope, parseTypedDate, parseTypedNumber, type TypedFigure, type TypedProblem } from "./typed.js";
