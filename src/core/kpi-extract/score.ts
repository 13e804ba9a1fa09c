import { foldSameLength } from "./layout.js";
import type { ExtractedValue } from "./types.js";

/**
 * Precision and recall of extracted values against a reader's expectations, at two levels: the figure
 * (value, measure and kind right) and every field (also metric, scope, unit, qualifier and dates).
 * An expected line leaves out what is default: metric null, scope province, result, exact, no dates.
 */
export type ExpectedValue = Partial<Omit<ExtractedValue, "name" | "sentence">> & Pick<ExtractedValue, "value" | "measure">;

export interface Score {
  expected: number;
  found: number;
  figureHits: number;
  fullHits: number;
  /** Expected values not found at the figure level, and found values nobody expected. */
  missed: ExpectedValue[];
  extra: ExtractedValue[];
  /** Figures found whose other fields differ: the field names that differ. */
  wrongFields: Array<{ expected: ExpectedValue; found: ExtractedValue; fields: string[] }>;
}

type Filled = Omit<ExtractedValue, "name" | "sentence">;
const DEFAULTS: Omit<Filled, "value" | "measure"> = { metric: null, scope: "province", unit: null, kind: "result", qualifier: "exact", periodFrom: null, periodTo: null, asOf: null };
const FIELDS = ["metric", "scope", "unit", "qualifier", "periodFrom", "periodTo", "asOf"] as const;

export function scoreExtraction(expectedLines: readonly ExpectedValue[], found: readonly ExtractedValue[]): Score {
  const expected: Filled[] = expectedLines.map((e) => ({ ...DEFAULTS, ...e }));
  const free = new Set(found.map((_, i) => i));
  const pairs: Array<[number, number]> = [];
  // Full matches first, so that a figure stated twice pairs with its right twin.
  for (const full of [true, false]) {
    expected.forEach((e, i) => {
      if (pairs.some(([p]) => p === i)) return;
      const j = [...free].find((k) => sameFigure(e, found[k]!) && (!full || differing(e, found[k]!).length === 0));
      if (j === undefined) return;
      free.delete(j);
      pairs.push([i, j]);
    });
  }
  const wrongFields = pairs
    .map(([i, j]) => ({ expected: expectedLines[i]!, found: found[j]!, fields: differing(expected[i]!, found[j]!) }))
    .filter((w) => w.fields.length > 0);
  return {
    expected: expected.length,
    found: found.length,
    figureHits: pairs.length,
    fullHits: pairs.length - wrongFields.length,
    missed: expectedLines.filter((_, i) => !pairs.some(([p]) => p === i)),
    extra: [...free].map((j) => found[j]!),
    wrongFields,
  };
}

function sameFigure(e: Filled, f: ExtractedValue): boolean {
  return Math.abs(e.value - f.value) < 1e-9 && e.measure === f.measure && e.kind === f.kind;
}

function differing(e: Filled, f: ExtractedValue): string[] {
  return FIELDS.filter((field) => (field === "unit" ? !sameUnit(e.unit, f.unit) : e[field] !== f[field]));
}

/** Unit names compare folded and by containment: "Sở Tư pháp" is "Sở Tư pháp tỉnh". */
function sameUnit(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = foldSameLength(a).trim();
  const y = foldSameLength(b).trim();
  return x.includes(y) || y.includes(x);
}

export function ratio(hits: number, total: number): number {
  return total === 0 ? 1 : hits / total;
}
