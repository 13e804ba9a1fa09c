import type { ExtractedValue } from "./types.js";

/**
 * A figure stated twice (a headline and the body, a summary and its paragraph) is one value. When one mention
 * is a target the figure is a target (a headline "31/7: Kích hoạt 738.291 tài khoản" repeats the goal), and the
 * mention that says more (dates, the target's cue) is kept. Figures no metric names merge only with a headline,
 * since two different unnamed figures may share a value ("100% cơ quan", "100% hồ sơ").
 */
export function mergeRepeated<T extends ExtractedValue & { heading: boolean }>(values: T[]): T[] {
  const kept: T[] = [];
  for (const value of values) {
    const twin = kept.findIndex((k) => sameFigure(k, value));
    if (twin < 0) {
      kept.push(value);
      continue;
    }
    const other = kept[twin]!;
    kept[twin] = better(other, value);
  }
  return kept;
}

function sameFigure(a: ExtractedValue & { heading: boolean }, b: ExtractedValue & { heading: boolean }): boolean {
  if (a.value !== b.value || a.measure !== b.measure || a.kind === "change" || b.kind === "change") return false;
  if (a.metric !== null || b.metric !== null) {
    return a.metric === b.metric && a.scope === b.scope && a.unit === b.unit && (a.heading || b.heading || a.kind !== b.kind || sameTime(a, b));
  }
  return (a.heading || b.heading) && a.scope === b.scope;
}

function sameTime(a: ExtractedValue, b: ExtractedValue): boolean {
  return a.periodFrom === b.periodFrom && a.periodTo === b.periodTo && a.asOf === b.asOf;
}

function better<T extends ExtractedValue & { heading: boolean }>(a: T, b: T): T {
  const score = (v: T) => (v.kind === "target" ? 4 : 0) + (v.heading ? 0 : 2) + (v.periodTo || v.asOf ? 1 : 0);
  return score(b) > score(a) ? b : a;
}
