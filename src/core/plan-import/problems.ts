/**
 * What can be wrong with a file or one of its rows, as values: the app layer puts them into words (and into
 * JSON lines). An error stops the import (unless its rows are skipped on request); a warning is only said.
 */
export type ProblemCode =
  // the file as a whole
  | "file-too-large"
  | "file-empty"
  | "wrong-format"
  | "unsupported-format"
  | "password-protected"
  | "legacy-format"
  | "unreadable"
  | "not-utf8"
  | "too-many-rows"
  | "no-table"
  | "sheet-empty"
  | "no-header"
  | "needs-year"
  | "no-secretariat"
  | "not-allowed"
  // one row
  | "missing-title"
  | "missing-lead"
  | "missing-deadline"
  | "unknown-unit"
  | "ambiguous-unit"
  | "invalid-date"
  | "unrecognised-deadline"
  | "range-reversed"
  | "duplicate-code"
  | "code-of-other-plan"
  // warnings
  | "several-leads"
  | "several-deadlines"
  | "unit-retired"
  | "duplicate-title";

export type Severity = "error" | "warning";

export interface ProblemPlace {
  /** The grid's name (sheet, table). */
  table: string;
  /** The row's number in its file. */
  row: number;
  /** The column's index from 0, when the problem is in one cell. */
  column?: number;
  /** That column's header as the file wrote it. */
  header?: string;
}

export type ProblemArg = string | number | readonly string[];

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  where?: ProblemPlace;
  /** What the message needs: the cell's text ("text"), the closest units ("closest"), limits… */
  args: Readonly<Record<string, ProblemArg>>;
}

const WARNINGS: ReadonlySet<ProblemCode> = new Set(["several-leads", "several-deadlines", "unit-retired", "duplicate-title"]);

export function problem(code: ProblemCode, args: Record<string, ProblemArg> = {}, where?: ProblemPlace): Problem {
  return { severity: WARNINGS.has(code) ? "warning" : "error", code, ...(where ? { where } : {}), args };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
