/**
 * A figure quoted by its value ("64% đó là của cấp nào", "859 tỷ là tiền gì", "8/10 là chỉ tiêu gì", "số
 * 738.291 ở đâu ra"): the data's own values, each with the metric and level it belongs to, so that a leader who
 * remembers a number but not what it measured gets the figure it is, with its period and source.
 */
import { parseTypedNumber } from "../kpi-update/typed.js";
import type { Metric, MetricValue, Scope } from "../model.js";

export interface QuotedFigure {
  metric: string;
  scope: Scope;
  /** The number is the target set for the figure ("738.291"), not a value of it. */
  target?: true;
}

/** Every value, denominator-qualified value and target the data holds, keyed by its plain number ("63.46", "8/10"). */
export type FigureIndex = ReadonlyMap<string, readonly QuotedFigure[]>;

export function buildFigureIndex(metrics: readonly Metric[], values: readonly MetricValue[]): FigureIndex {
  const keyOf = new Map(metrics.map((m) => [m.id, m]));
  const index = new Map<string, QuotedFigure[]>();
  const add = (number: string, figure: QuotedFigure) => {
    const list = index.get(number) ?? [];
    if (!list.some((f) => f.metric === figure.metric && f.scope === figure.scope && f.target === figure.target)) list.push(figure);
    index.set(number, list);
  };
  for (const value of values) {
    const metric = keyOf.get(value.metricId);
    // A unit's own figure is asked by its unit's name; a quoted number is the province's or a level's.
    if (!metric || value.scope === "unit") continue;
    const figure = { metric: metric.key, scope: value.scope };
    add(plain(value.value), figure);
    if (value.denominator !== null) add(`${plain(value.value)}/${plain(value.denominator)}`, figure);
    if (value.target !== null && metric.measure !== "percent") add(plain(value.target), { ...figure, target: true });
  }
  return index;
}

/** "63.46" → "63.46", "447246" → "447246", "64.00" → "64": the number, whatever zeros it was printed with. */
function plain(decimal: string): string {
  return String(Number(decimal));
}

const NUMBER = /(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*\/\s*(\d+))?\s*(%|tỷ|tỉ|ty|ti|triệu|trieu)?(?![\p{L}\p{N}])/giu;

/** The figures of the data quoted in a message, by value: none when a number matches nothing held. */
export function quotedFigures(text: string, figures: FigureIndex): QuotedFigure[][] {
  const found: QuotedFigure[][] = [];
  for (const m of text.matchAll(NUMBER)) {
    const number = parseTypedNumber(m[2] ? `${m[1]},${m[2]}` : m[1]!);
    if (number === undefined) continue;
    const whole = m[1]!.replace(/\./g, "");
    const unit = (m[4] ?? "").toLowerCase();
    const scaled = /^(?:tỷ|tỉ|ty|ti)$/.test(unit) ? number * 1e9 : /^(?:triệu|trieu)$/.test(unit) ? number * 1e6 : number;
    const key = m[3] ? `${number}/${m[3]}` : String(scaled);
    const matches = figures.get(key);
    // Small bare numbers ("2 việc", "6 tháng") are everywhere: only a percentage, a share, money or a number
    // of four digits or more names a figure by itself.
    const telling = unit !== "" || m[3] !== undefined || whole.length >= 4 || m[2] !== undefined;
    if (matches && telling) found.push([...matches]);
  }
  return found;
}
