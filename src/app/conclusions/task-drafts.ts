import type { ProposedTask } from "../../core/conclusions/index.js";
import type { LocalDate } from "../../core/local-date.js";

/**
 * A task a confirmed proposal would become, not saved: the chat's confirmation flow (another part of the
 * bot) saves it once the secretariat has filled in what is missing. Groups and names outside the unit list
 * are carried as written, so that nothing is forced onto a unit the text did not name.
 */
export interface TaskDraft {
  readonly title: string;
  readonly leadUnitCode: string | null;
  readonly cooperatingUnitCodes: readonly string[];
  /** Units named as a group or not found in the unit list, as written. */
  readonly unresolvedUnits: readonly string[];
  readonly deadline: LocalDate | null;
  /** What the secretariat must still decide before the task can exist. */
  readonly missing: ReadonlyArray<"lead_unit" | "deadline">;
  /** Where the task came from: the sentence of the notice and the notice's date. */
  readonly source: { readonly sentence: string; readonly noticeDate: LocalDate };
}

/** The drafts of the proposals kept (by their 1-based numbers, as the list showed them). */
export function draftsFromProposals(tasks: readonly ProposedTask[], keep: readonly number[], noticeDate: LocalDate): TaskDraft[] {
  return keep
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= tasks.length)
    .map((n) => {
      const task = tasks[n - 1]!;
      const known = task.units.flatMap((u) => (u.kind === "unit" ? [u.code] : []));
      const lead = task.units[0]?.kind === "unit" ? task.units[0].code : null;
      const missing = [...(lead === null ? (["lead_unit"] as const) : []), ...(task.deadline === null ? (["deadline"] as const) : [])];
      return {
        title: task.title,
        leadUnitCode: lead,
        cooperatingUnitCodes: known.filter((c) => c !== lead),
        unresolvedUnits: task.units.filter((u) => u.kind !== "unit").map((u) => u.name),
        deadline: task.deadline,
        missing,
        source: { sentence: task.sentence, noticeDate },
      };
    });
}
