/** Reading KPI values out of a pasted report (issue #12, item 3): `extractKpiValues(text, { metrics })`. */
export { extractKpiValues } from "./extract.js";
export type { ExtractOptions, ExtractedValue, FigureKind, FigureMeasure, MetricDefinition } from "./types.js";
