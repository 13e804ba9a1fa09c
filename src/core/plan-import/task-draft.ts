/**
 * What a row makes of a task: every field the plan's file decides, in the shape stored. Status, progress,
 * evidence and the units' notes are the units' own and never come from a file.
 */
import type { LocalDate } from "../local-date.js";
import type { TaskArea } from "../model.js";
import type { DeadlineKind, Recurrence } from "../reminders/recurrence.js";
import type { PlanRow } from "./plan-rows.js";

export interface TaskDraft {
  /** The file's code; null for a new task of a file without codes (one is assigned). */
  code: string | null;
  title: string;
  area: TaskArea;
  areaText: string | null;
  /** The lead unit, or for a task led by a group the unit that follows it up (the plan's secretariat). */
  leadUnitId: number;
  leadGroup: string | null;
  /** Ascending. */
  cooperatingUnitIds: number[];
  /** Sorted. */
  cooperatingGroups: string[];
  deadline: LocalDate;
  deadlineText: string;
  deadlineKind: DeadlineKind;
  recurrence: Recurrence | null;
  deadlineFrom: LocalDate | null;
  product: string | null;
  planNote: string | null;
  sourceRef: string;
  rowKey: string;
}

export function draftOf(row: PlanRow, followUpUnitId: number): TaskDraft {
  const d = row.deadline;
  const from = d.kind === "range" ? d.from : d.kind === "recurring" ? d.from : row.startFrom;
  return {
    code: row.code,
    title: row.title,
    area: row.area,
    areaText: row.areaText,
    leadUnitId: row.leadUnitId ?? followUpUnitId,
    leadGroup: row.leadGroup,
    cooperatingUnitIds: [...row.cooperatingUnitIds].sort((a, b) => a - b),
    cooperatingGroups: [...row.cooperatingGroups].sort(),
    deadline: d.date,
    deadlineText: row.deadlineText,
    // A one-day deadline with a start ("Bắt đầu" column) is a range.
    deadlineKind: d.kind === "fixed" && row.startFrom !== null && row.startFrom < d.date ? "range" : d.kind,
    recurrence: d.kind === "recurring" ? d.recurrence : null,
    deadlineFrom: from !== null && from < d.date ? from : null,
    product: row.product,
    planNote: row.planNote,
    sourceRef: row.sourceRef,
    rowKey: row.rowKey,
  };
}
