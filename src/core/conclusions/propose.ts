import type { LocalDate } from "../local-date.js";
import { readAssignment } from "./assignment.js";
import { splitClauses } from "./clauses.js";
import { readDeadline } from "./deadline.js";
import { foldSameLength } from "./folded.js";
import { DIRECTIVE, DONE, FORMULA, PRAISE } from "./instruction.js";
import { splitSegments } from "./segments.js";
import { taskTitle } from "./title.js";
import type { AssignedUnit, KnownUnit, ProposedTask } from "./types.js";
import { createUnitReader, type UnitReader } from "./unit-reader.js";

/** A title shorter than this says nothing that could be done ("Thực hiện", "Báo cáo"). */
const MIN_TITLE_WORDS = 2;

/**
 * The tasks a conclusion notice (or a meeting article) gives, each cited by its sentence. Pure: the notice's
 * date and the province's units are passed in. Nothing is invented: a unit the text does not name is not
 * added (the list stays empty and the bot asks), a deadline it does not state stays null, and a unit name the
 * list does not hold is kept as written, as kind "unknown".
 */
export function proposeTasks(text: string, noticeDate: LocalDate, units: readonly KnownUnit[]): ProposedTask[] {
  const reader = createUnitReader(units, noticeDate);
  const tasks: ProposedTask[] = [];
  // Headings hand their units to the items under them, until an item at their depth or above.
  const headings: Array<{ level: number; units: AssignedUnit[] }> = [];
  for (const segment of splitSegments(text)) {
    while (headings.length > 0 && headings[headings.length - 1]!.level >= segment.level) headings.pop();
    const inherited = headings[headings.length - 1]?.units ?? [];
    const folded = foldSameLength(segment.text);
    if (segment.heading) {
      const own = readAssignment(segment.text, folded, reader, []);
      const headingUnits = own.named && !PRAISE.test(folded) ? own.units : inherited;
      headings.push({ level: segment.level, units: headingUnits });
      continue;
    }
    for (const [start, end] of splitClauses(segment.text, folded, reader)) {
      const task = readClause(segment.text.slice(start, end), noticeDate, reader, inherited);
      if (task) tasks.push({ ...task, sentence: segment.text });
    }
  }
  return tasks;
}

function readClause(text: string, noticeDate: LocalDate, reader: UnitReader, inherited: readonly AssignedUnit[]): Omit<ProposedTask, "sentence"> | undefined {
  const folded = foldSameLength(text);
  if (FORMULA.test(folded)) return undefined;
  const assignment = readAssignment(text, folded, reader, inherited);
  if (assignment.reportsResult) return undefined;
  if (PRAISE.test(folded) && !assignment.named) return undefined;
  const deadline = readDeadline(text, noticeDate);
  if (assignment.units.length === 0) {
    // No unit: an instruction only when it urges and sets a date ("Phấn đấu đến hết 31/7 toàn tỉnh kích hoạt …").
    if (!DIRECTIVE.test(folded) || deadline?.date == null || /(?<![\p{L}])da(?![\p{L}])/u.test(folded)) return undefined;
  } else if (!assignment.named && DONE.test(folded) && !DIRECTIVE.test(folded)) {
    return undefined;
  }
  const remove = deadline ? [[deadline.start, deadline.end] as const] : [];
  const title = taskTitle(text, assignment.spans, remove);
  if (title.split(/\s+/u).length < MIN_TITLE_WORDS) return undefined;
  return { units: assignment.units, title, deadline: deadline?.date ?? null, deadlineText: deadline?.text ?? null };
}
