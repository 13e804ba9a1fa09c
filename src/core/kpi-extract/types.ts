import type { LocalDate } from "../local-date.js";
import type { Metric, Qualifier, Scope } from "../model.js";

/** What a figure measures. The catalogue's measures, plus "score" (PAR INDEX, SIPAS points), which it has none of yet. */
export type FigureMeasure = "percent" | "count" | "vnd" | "rank" | "score";
/** A result reached, a goal set, or a change against an earlier figure ("tăng 5,43% so với cùng kỳ"). */
export type FigureKind = "result" | "target" | "change";

/** The part of a catalogue metric the extractor reads: its key, names and the words that rule it in or out. */
export type MetricDefinition = Pick<Metric, "key" | "name" | "aliases" | "excludes" | "requires" | "measure">;

/** One KPI value a report states, with the sentence it came from, for a person to confirm before anything is recorded. */
export interface ExtractedValue {
  /** Key of a known metric, or null for a figure the catalogue has no metric for. */
  metric: string | null;
  /** The metric's name, or the words of the text that name the figure. */
  name: string;
  scope: Scope;
  /** The organisational unit as the text names it, when the scope is a unit. */
  unit: string | null;
  /** A plain number: 63.86 for "63,86%", 859000000000 for "859 tỷ đồng", 28 for "28/63". */
  value: number;
  measure: FigureMeasure;
  kind: FigureKind;
  qualifier: Qualifier;
  periodFrom: LocalDate | null;
  periodTo: LocalDate | null;
  asOf: LocalDate | null;
  sentence: string;
}

export interface ExtractOptions {
  metrics: readonly MetricDefinition[];
  /** The year of dates the text writes without one, when the text names no year at all (the caller's today). */
  referenceDate?: LocalDate;
}
