/**
 * "nv 19", "nhiệm vụ 19", "việc số 19": a number a unit means as the task's number in its plan (CCHC23-19),
 * not an item of a reminder. Read only when the chat's reminder has no such item.
 */
import { fold } from "../vi/index.js";

/** Does the text put a task word right before the number ("nv 19", "nhiệm vụ số 19", "nv19")? */
export function numberNamesTask(text: string, number: number): boolean {
  const folded = fold(text).toLowerCase();
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:nv|nhiem vu|viec|cong viec)\\s*(?:so\\s*)?0*${number}(?![\\p{N}/.,:-]\\d)(?!\\p{N})`, "u").test(folded);
}

/** The codes a task numbered so would have in each plan: "CCHC23" and 19 → "CCHC23-19". */
export function codesForNumber(planCodes: readonly string[], number: number): string[] {
  return planCodes.map((code) => `${code}-${String(number).padStart(2, "0")}`);
}
