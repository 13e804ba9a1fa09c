/**
 * Codes for plans and tasks imported from files without codes, in the form units already type in chat: a
 * plan "CCHC24" (programme, two-digit year), its tasks "CCHC24-01", "CCHC24-02"… (see core/vi/task-codes.ts).
 */
import type { PlanKind, Programme } from "./plan-meta.js";

const PREFIX: Readonly<Record<Programme, string>> = { cchc: "CCHC", cds: "CDS", da06: "DA06-" };

/** A new plan's code: "CCHC24", "CDS25", "KL23" for conclusions, "KH24" otherwise; "-2", "-3"… when taken. */
export function newPlanCode(kind: PlanKind, programme: Programme | null, year: number, taken: ReadonlySet<string>): string {
  const prefix = kind === "conclusion" ? "KL" : programme ? PREFIX[programme] : "KH";
  const base = `${prefix}${String(year % 100).padStart(2, "0")}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The code of a year's plan of assignments made in chat ("GV23": giao việc), by which the assignments find it
 * again whatever language its name was written in.
 */
export function assignmentPlanCode(year: number): string {
  return `GV${String(year % 100).padStart(2, "0")}`;
}

/** `count` new task codes of a plan, after the highest number its tasks already use and skipping any code taken. */
export function newTaskCodes(planCode: string, count: number, taken: ReadonlySet<string>): string[] {
  const prefix = `${planCode}-`;
  let next = 1;
  for (const code of taken) {
    if (!code.startsWith(prefix)) continue;
    const n = Number(code.slice(prefix.length));
    if (Number.isInteger(n) && n >= next) next = n + 1;
  }
  const codes: string[] = [];
  for (; codes.length < count; next++) {
    const code = `${prefix}${String(next).padStart(2, "0")}`;
    if (!taken.has(code)) codes.push(code);
  }
  return codes;
}
